import { Card, Descriptions, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useArchiveSettings } from '../../api/archiveSettings.queries.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { customFieldLabel, formatCustomValue, type CustomValues } from './customFieldValues.ts';

type Props = { values: CustomValues };

const isFilled = (value: unknown) => value !== null && value !== undefined && value !== '';

// The archive's custom fields (ARC-1): every active one, and retired ones that still hold a value
// (history stays readable), marked as retired.
export function CustomValuesCard({ values }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const definitions = useArchiveSettings().data?.customFields ?? [];
  const defined = new Set(definitions.map((field) => field.key));
  const rows = [
    ...definitions
      .filter((field) => field.active || isFilled(values[field.key]))
      .map((field) => ({ key: field.key, label: customFieldLabel(field, locale), isRetired: !field.active, text: formatCustomValue(t, locale, field, values[field.key]) })),
    // A value whose field was removed from the settings altogether: shown by its key.
    ...Object.keys(values)
      .filter((key) => !defined.has(key) && isFilled(values[key]))
      .map((key) => ({ key, label: key, isRetired: true, text: formatCustomValue(t, locale, undefined, values[key]) })),
  ];
  if (rows.length === 0) return null;

  return (
    <Card size="small" title={t('accounts.group.custom')}>
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        size="small"
        styles={{ label: { width: 150 } }}
        items={rows.map((row) => ({
          key: row.key,
          label: row.label,
          children: (
            <Flex gap={8} align="start" wrap>
              {row.text === '—' ? <Typography.Text type="secondary">—</Typography.Text> : <span style={{ whiteSpace: 'pre-wrap' }}>{row.text}</span>}
              {row.isRetired && (
                <Tooltip title={t('accounts.customRetiredHint')}>
                  <Tag style={{ marginInlineEnd: 0 }}>{t('archiveSettings.retired')}</Tag>
                </Tooltip>
              )}
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}
