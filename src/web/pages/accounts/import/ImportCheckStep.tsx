import { Alert, Descriptions, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DuplicateChoice, ImportAnswer, ImportTarget } from '../../../api/import.ts';
import { ImportReport } from './ImportReport.tsx';
import { IMPORT_FIELDS, importFieldLabel, mappingRows, type MappingRow } from './importFields.ts';

type Props = {
  target: ImportTarget;
  result: ImportAnswer;
  choices: Record<string, DuplicateChoice>;
  onChoice: (row: number, choice: DuplicateChoice) => void;
  onField: (header: string, field: string | null) => void;
};

const IGNORE = '';

// Step 2: what the dry run found — the file, the column mapping (editable) and the row report.
export function ImportCheckStep({ target, result, choices, onChoice, onField }: Props) {
  const { t } = useTranslation();
  const fieldOptions = [
    { value: IGNORE, label: t('import.ignoreColumn') },
    ...IMPORT_FIELDS[target].map((field) => ({ value: field, label: importFieldLabel(t, target, field) })),
  ];
  const confidence = result.encodingConfidence;
  const encoding = result.encoding
    ? confidence !== undefined
      ? t('import.encodingDetected', { encoding: result.encoding, percent: Math.round(confidence * (confidence <= 1 ? 100 : 1)) })
      : result.encoding
    : '—';

  return (
    <>
      <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('import.format')}>{result.format.toUpperCase()}</Descriptions.Item>
        <Descriptions.Item label={t('import.encoding')}>{encoding}</Descriptions.Item>
      </Descriptions>
      {result.mapping.missingRequired.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('import.missingRequired', {
            fields: result.mapping.missingRequired.map((field) => importFieldLabel(t, target, field)).join(t('common.listSeparator')),
          })}
        />
      )}
      <Typography.Title level={5}>{t('import.mapping')}</Typography.Title>
      <Table<MappingRow>
        size="small"
        rowKey="column"
        pagination={false}
        style={{ marginBottom: 24 }}
        dataSource={mappingRows(result.mapping)}
        columns={[
          { title: t('import.col.header'), dataIndex: 'header', render: (header: string) => <Typography.Text strong>{header}</Typography.Text> },
          {
            title: t('import.col.field'),
            dataIndex: 'field',
            width: 260,
            render: (field: string | null, row) => (
              <Select
                value={field ?? IGNORE}
                style={{ width: 240 }}
                showSearch={{ optionFilterProp: 'label' }}
                options={fieldOptions}
                onChange={(value: string) => onField(row.header, value === IGNORE ? null : value)}
              />
            ),
          },
          {
            title: t('import.col.matchedBy'),
            dataIndex: 'matchedBy',
            width: 140,
            render: (matchedBy: string | null) =>
              matchedBy === 'ambiguous' ? (
                <Tag color="warning">{t('import.match.ambiguous')}</Tag>
              ) : matchedBy ? (
                <Tag>{t(`import.match.${matchedBy}`, { defaultValue: matchedBy })}</Tag>
              ) : (
                <Tag color="default">{t('import.match.none')}</Tag>
              ),
          },
        ]}
      />
      <ImportReport target={target} report={result.report} choices={choices} onChoice={onChoice} />
    </>
  );
}
