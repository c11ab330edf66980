import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LifecycleStage } from '../../../domain/accounts/lists.ts';
import { codeLabel } from '../../components/codeLabels.ts';

// Lifecycle stages from cold to hot and back: prospect → developing → key → maintaining → at risk → lost.
const STAGE_COLORS: Record<LifecycleStage, string> = {
  prospect: 'default',
  developing: 'blue',
  key: 'purple',
  maintaining: 'green',
  at_risk: 'orange',
  lost: 'red',
};

export function StageTag({ stage }: { stage: string | null | undefined }) {
  const { t } = useTranslation();
  if (!stage) return <>—</>;
  return (
    <Tag color={STAGE_COLORS[stage as LifecycleStage] ?? 'default'} style={{ marginInlineEnd: 0 }}>
      {codeLabel(t, 'account.stage', stage)}
    </Tag>
  );
}
