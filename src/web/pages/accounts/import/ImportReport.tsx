import { Alert, Select, Space, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DuplicateChoice, ImportAnswer, ImportDuplicate, ImportRowError, ImportTarget } from '../../../api/import.ts';
import { importFieldLabel, importReasonText } from './importFields.ts';

type Props = {
  target: ImportTarget;
  report: ImportAnswer['report'];
  choices: Record<string, DuplicateChoice>;
  onChoice: (row: number, choice: DuplicateChoice) => void;
};

// The dry run's report: counts, the rows that cannot be imported and why, and the duplicates with
// what to do with each (accounts only).
export function ImportReport({ target, report, choices, onChoice }: Props) {
  const { t } = useTranslation();
  const duplicates: ImportDuplicate[] = 'duplicates' in report && Array.isArray(report.duplicates) ? report.duplicates : [];

  return (
    <>
      <Space size="large" style={{ marginBottom: 16 }}>
        <Statistic title={t('import.count.rows')} value={report.rows} />
        <Statistic title={t('import.count.valid')} value={report.valid} styles={{ content: { color: '#389e0d' } }} />
        <Statistic title={t('import.count.invalid')} value={report.invalid} styles={{ content: report.invalid > 0 ? { color: '#cf1322' } : {} }} />
        <Statistic title={t('import.count.errors')} value={report.errorCount} />
      </Space>
      {report.errorCount === 0 ? (
        <Alert type="success" showIcon title={t('import.noErrors')} style={{ marginBottom: 16 }} />
      ) : (
        <>
          <Typography.Title level={5}>{t('import.errors')}</Typography.Title>
          {report.isTruncated && <Alert type="warning" showIcon title={t('import.truncated', { shown: report.errors.length, total: report.errorCount })} style={{ marginBottom: 8 }} />}
          <Table<ImportRowError>
            size="small"
            rowKey={(error) => `${error.row}-${error.columnLetter}-${error.code}`}
            dataSource={report.errors}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            style={{ marginBottom: 24 }}
            columns={[
              { title: t('import.col.row'), dataIndex: 'row', width: 70 },
              { title: t('import.col.column'), key: 'column', width: 160, render: (_, error) => `${error.columnLetter} · ${error.column}` },
              { title: t('import.col.field'), dataIndex: 'field', width: 140, render: (field?: string) => (field ? importFieldLabel(t, target, field) : '—') },
              { title: t('import.col.value'), dataIndex: 'value', width: 180, ellipsis: true, render: (value?: string) => <Typography.Text code>{value || '∅'}</Typography.Text> },
              { title: t('import.col.reason'), key: 'reason', render: (_, error) => importReasonText(t, error.code, error.message) },
            ]}
          />
        </>
      )}
      {duplicates.length > 0 && (
        <>
          <Typography.Title level={5}>{t('import.duplicates')}</Typography.Title>
          <Table<ImportDuplicate>
            size="small"
            rowKey="row"
            dataSource={duplicates}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: t('import.col.row'), dataIndex: 'row', width: 70 },
              {
                title: t('import.col.matchedBy'),
                key: 'matchedBy',
                render: (_, dup) => (
                  <>
                    {dup.matchedBy === 'creditCode' ? t('import.dup.byCreditCode') : t('import.dup.byName')}
                    {'：'}
                    <Typography.Text strong>{dup.key}</Typography.Text>
                    <Typography.Text type="secondary">
                      {' '}
                      {dup.firstRow !== undefined ? t('import.dup.inFile', { row: dup.firstRow }) : t('import.dup.existing')}
                    </Typography.Text>
                  </>
                ),
              },
              {
                title: t('import.col.choice'),
                key: 'choice',
                width: 180,
                render: (_, dup) => (
                  <Select
                    value={choices[String(dup.row)] ?? (dup.choice as DuplicateChoice)}
                    style={{ width: 160 }}
                    onChange={(value: DuplicateChoice) => onChoice(dup.row, value)}
                    options={dup.allowed.map((choice) => ({ value: choice, label: t(`import.choice.${choice}`, { defaultValue: choice }) }))}
                  />
                ),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
