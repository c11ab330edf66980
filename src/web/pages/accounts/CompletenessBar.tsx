import { Progress, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMissingItemLabel } from './useMissingItemLabel.ts';

type Props = { value: number; missing?: readonly string[]; width?: number };

// ARC-4 archive completeness as a small bar; the missing checklist items in a tooltip.
export function CompletenessBar({ value, missing = [], width = 96 }: Props) {
  const { t } = useTranslation();
  const labelOf = useMissingItemLabel();
  const color = value < 60 ? '#ff4d4f' : value < 80 ? '#faad14' : '#52c41a';
  const bar = (
    <Progress
      percent={value}
      size={{ width, height: 6 }}
      strokeColor={color}
      format={(percent) => `${percent ?? 0}%`}
      aria-label={t('accounts.completenessOf', { value })}
      style={{ margin: 0, width: width + 48 }}
    />
  );
  if (missing.length === 0) return bar;
  return <Tooltip title={t('accounts.missingList', { items: missing.map(labelOf).join(t('common.listSeparator')) })}>{bar}</Tooltip>;
}
