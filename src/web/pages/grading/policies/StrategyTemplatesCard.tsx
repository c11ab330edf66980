import { Badge, Card, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StrategyTemplate } from '../../../api/gradingPolicies.queries.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { replaceAt } from './policyDraft.ts';
import { hasIssuesUnder, type PolicyIssue } from './policyIssues.ts';
import { StrategyTemplateEditor } from './StrategyTemplateEditor.tsx';

type Props = { templates: StrategyTemplate[]; onChange: (templates: StrategyTemplate[]) => void; issues: readonly PolicyIssue[]; readOnly: boolean };

// GRD-3: the four quadrants of the screening matrix, one tab each ("核心客户 → 巩固"); a tab with a
// problem is marked so the administrator finds it.
export function StrategyTemplatesCard({ templates, onChange, issues, readOnly }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Card title={t('gradingPolicies.strategies')}>
      <Typography.Paragraph type="secondary">{t(readOnly ? 'gradingPolicies.strategiesHelpReadOnly' : 'gradingPolicies.strategiesHelp')}</Typography.Paragraph>
      <Tabs
        items={templates.map((template, index) => ({
          key: template.quadrant,
          label: (
            <Badge dot={hasIssuesUnder(issues, `strategyTemplates.${index}`)} offset={[6, 0]}>
              {t('gradingPolicies.strategyArrow', { quadrant: template.quadrantName[locale], strategy: template.strategyName[locale] })}
            </Badge>
          ),
          children: (
            <StrategyTemplateEditor
              template={template}
              path={`strategyTemplates.${index}`}
              issues={issues}
              readOnly={readOnly}
              onChange={(next) => onChange(replaceAt(templates, index, next))}
            />
          ),
        }))}
      />
    </Card>
  );
}
