import { Card, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccountServiceLevel } from '../../api/gradingPolicies.queries.ts';
import type { AccountDetail } from '../../api/types.ts';
import { useAccess } from '../../hooks/useAccess.ts';

type Props = { account: Pick<AccountDetail, 'id' | 'executiveSponsorId'> };

// GRD-4 on the account: what its grade asks of the account manager (grade A: 6 visits a quarter,
// full plan, executive sponsor, monthly review). Visits done come with visit records.
export function ServiceLevelCard({ account }: Props) {
  const { t } = useTranslation();
  const { canManageGrading } = useAccess();
  const level = useAccountServiceLevel(account.id);
  const policy = level.data?.servicePolicy;
  const grade = level.data?.grade;
  const title = grade ? t('gradingPolicies.card.serviceLevelOf', { grade }) : t('gradingPolicies.card.serviceLevel');
  const settingsLink = canManageGrading && <Link to="/grading/policies">{t('gradingPolicies.card.editPolicies')}</Link>;

  if (level.isPending) return <Card size="small" title={title}><Skeleton active paragraph={{ rows: 2 }} title={false} /></Card>;
  if (level.isError) return null;
  if (!grade) return <Card size="small" title={title}><Typography.Text type="secondary">{t('gradingPolicies.card.notGraded')}</Typography.Text></Card>;
  if (!policy) {
    return (
      <Card size="small" title={title} extra={settingsLink}>
        <Typography.Text type="secondary">{t('gradingPolicies.card.noPolicy', { grade })}</Typography.Text>
      </Card>
    );
  }

  const isSponsorMissing = policy.isExecutiveSponsorRequired && !account.executiveSponsorId;
  return (
    <Card size="small" title={title} extra={settingsLink}>
      <Descriptions
        column={1}
        size="small"
        styles={{ label: { width: 110 } }}
        items={[
          {
            key: 'visits',
            label: t('gradingPolicies.column.visitsPerQuarter'),
            children: policy.visitsPerQuarter > 0 ? t('gradingPolicies.card.visits', { count: policy.visitsPerQuarter }) : t('gradingPolicies.card.noVisits'),
          },
          { key: 'plan', label: t('gradingPolicies.column.planDepth'), children: t(`gradingPolicies.planDepthDetail.${policy.planDepth}`) },
          {
            key: 'sponsor',
            label: t('gradingPolicies.column.executiveSponsor'),
            children: (
              <Flex gap={8} wrap>
                {t(policy.isExecutiveSponsorRequired ? 'gradingPolicies.sponsorRequired' : 'gradingPolicies.sponsorNotRequired')}
                {isSponsorMissing && <Tag color="orange">{t('gradingPolicies.card.sponsorMissing')}</Tag>}
              </Flex>
            ),
          },
          { key: 'review', label: t('gradingPolicies.column.reviewCadence'), children: t(`gradingPolicies.reviewCadence.${policy.reviewCadence}`) },
          { key: 'contact', label: t('gradingPolicies.column.contactMode'), children: t(`gradingPolicies.contactModeDetail.${policy.contactMode}`) },
        ]}
      />
    </Card>
  );
}
