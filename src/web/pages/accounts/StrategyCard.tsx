import { Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAccountServiceLevel } from '../../api/gradingPolicies.queries.ts';
import { useLocale } from '../../hooks/useLocale.ts';

type Props = { accountId: string };

// GRD-3 on the account: its quadrant of the screening matrix, the recommended strategy, and the
// template's actions and reasons (核心客户 → 巩固: help the customer succeed …).
export function StrategyCard({ accountId }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const level = useAccountServiceLevel(accountId);
  const template = level.data?.strategyTemplate;
  const title = t('gradingPolicies.card.strategy');

  if (level.isPending) return <Card size="small" title={title}><Skeleton active paragraph={{ rows: 2 }} title={false} /></Card>;
  if (level.isError) return null;
  if (!template) {
    return (
      <Card size="small" title={title}>
        <Typography.Text type="secondary">{t('gradingPolicies.card.notScreened')}</Typography.Text>
      </Card>
    );
  }

  return (
    <Card size="small" title={title}>
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap>
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>{template.quadrantName[locale]}</Tag>
          <Typography.Text>→</Typography.Text>
          <Typography.Text strong>{template.strategyName[locale]}</Typography.Text>
        </Flex>
        {(['actions', 'reasons'] as const)
          .filter((list) => template[list].length > 0)
          .map((list) => (
            <div key={list}>
              <Typography.Text type="secondary">{t(`gradingPolicies.${list}`)}</Typography.Text>
              <ol style={{ margin: '2px 0 0', paddingInlineStart: 20 }}>
                {template[list].map((item, i) => (
                  <li key={i}>{item[locale]}</li>
                ))}
              </ol>
            </div>
          ))}
      </Flex>
    </Card>
  );
}
