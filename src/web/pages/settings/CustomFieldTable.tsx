import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, ExclamationCircleOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDefinition } from '../../api/archiveSettings.queries.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { customFieldLabel } from '../accounts/customFieldValues.ts';
import type { SettingsErrors } from './settingsErrors.ts';

export type CustomFieldActions = {
  onEdit: (index: number) => void;
  onSetActive: (index: number, isActive: boolean) => void;
  onRemove: (index: number) => void;
  onMove: (index: number, by: -1 | 1) => void;
};

type Props = {
  fields: readonly CustomFieldDefinition[];
  // Keys of the fields the server has stored (the others are new in this draft).
  savedKeys: ReadonlySet<string>;
  errors: SettingsErrors['fields'];
  actions: CustomFieldActions;
};

type Row = CustomFieldDefinition & { index: number };

// The column an error's input belongs to (`name` is the path inside the definition).
const COLUMN_OF: Record<string, string> = { key: 'key', 'label.zh-CN': 'labelZh', 'label.en-US': 'labelEn', type: 'type', options: 'options', required: 'required' };

// The archive's custom fields in the order the form shows them. A stored field is retired rather
// than deleted; a field added in this draft may simply be removed again.
export function CustomFieldTable({ fields, savedKeys, errors, actions }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const rows: Row[] = fields.map((field, index) => ({ ...field, index }));
  const last = fields.length - 1;

  return (
    <Table<Row>
      rowKey="index"
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('archiveSettings.noFields') }}
      columns={[
        {
          key: 'key',
          title: t('archiveSettings.column.key'),
          render: (_, row) => (
            <Flex vertical gap={2}>
              <Flex gap={4} align="center">
                <Typography.Text code>{row.key}</Typography.Text>
                {!savedKeys.has(row.key) && <Tag color="blue">{t('archiveSettings.new')}</Tag>}
              </Flex>
              {(errors[row.index] ?? []).map((error) => (
                <Typography.Text key={`${error.name.join('.')}:${error.message}`} type="danger" style={{ fontSize: 12 }}>
                  <ExclamationCircleOutlined /> {t(`archiveSettings.column.${COLUMN_OF[error.name.join('.')] ?? 'key'}`)}
                  {t('common.colon')}
                  {error.message}
                </Typography.Text>
              ))}
            </Flex>
          ),
        },
        { key: 'zh', title: t('archiveSettings.column.labelZh'), render: (_, row) => row.label['zh-CN'] },
        { key: 'en', title: t('archiveSettings.column.labelEn'), render: (_, row) => row.label['en-US'] },
        {
          key: 'type',
          title: t('archiveSettings.column.type'),
          render: (_, row) => (
            <Flex vertical gap={4}>
              {t(`archiveSettings.type.${row.type}`)}
              {row.options.length > 0 && (
                <Flex gap={4} wrap style={{ maxWidth: 280 }}>
                  {row.options.map((option) => (
                    <Tag key={option} style={{ marginInlineEnd: 0 }}>
                      {option}
                    </Tag>
                  ))}
                </Flex>
              )}
            </Flex>
          ),
        },
        { key: 'required', title: t('archiveSettings.column.required'), render: (_, row) => (row.required ? t('common.yes') : t('common.no')) },
        {
          key: 'status',
          title: t('archiveSettings.column.status'),
          render: (_, row) => (row.active ? <Tag color="green">{t('archiveSettings.active')}</Tag> : <Tag>{t('archiveSettings.retired')}</Tag>),
        },
        {
          key: 'actions',
          title: t('common.actions'),
          render: (_, row) => (
            <Flex gap={4} wrap={false}>
              <Tooltip title={t('archiveSettings.moveUp')}>
                <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={t('archiveSettings.moveUp')} disabled={row.index === 0} onClick={() => actions.onMove(row.index, -1)} />
              </Tooltip>
              <Tooltip title={t('archiveSettings.moveDown')}>
                <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={t('archiveSettings.moveDown')} disabled={row.index === last} onClick={() => actions.onMove(row.index, 1)} />
              </Tooltip>
              <Button size="small" type="link" icon={<EditOutlined />} onClick={() => actions.onEdit(row.index)}>
                {t('common.edit')}
              </Button>
              {!savedKeys.has(row.key) ? (
                <Button size="small" type="link" danger icon={<DeleteOutlined />} onClick={() => actions.onRemove(row.index)}>
                  {t('common.remove')}
                </Button>
              ) : row.active ? (
                <Popconfirm
                  title={t('archiveSettings.retireConfirm', { label: customFieldLabel(row, locale) })}
                  description={t('archiveSettings.retireEffect')}
                  okText={t('archiveSettings.retire')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => actions.onSetActive(row.index, false)}
                >
                  <Button size="small" type="link" danger icon={<StopOutlined />}>
                    {t('archiveSettings.retire')}
                  </Button>
                </Popconfirm>
              ) : (
                <Button size="small" type="link" icon={<RollbackOutlined />} onClick={() => actions.onSetActive(row.index, true)}>
                  {t('archiveSettings.reactivate')}
                </Button>
              )}
            </Flex>
          ),
        },
      ]}
    />
  );
}
