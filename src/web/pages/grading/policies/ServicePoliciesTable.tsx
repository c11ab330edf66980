import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_MODES, POLICY_LIMITS } from '../../../../domain/grading/grading-policies.ts';
import { PLAN_DEPTHS, REVIEW_CADENCES } from '../../../../domain/grading/service-levels.ts';
import type { ServicePolicy } from '../../../api/gradingPolicies.queries.ts';
import { newGradeRow, replaceAt } from './policyDraft.ts';
import { issuesAt, type PolicyIssue } from './policyIssues.ts';

type Props = { policies: ServicePolicy[]; onChange: (policies: ServicePolicy[]) => void; issues: readonly PolicyIssue[]; readOnly: boolean };
type Row = { policy: ServicePolicy; index: number };

// Red lines under a cell's input.
function CellIssues({ texts }: { texts: string[] }) {
  if (texts.length === 0) return null;
  return (
    <div role="alert" style={{ color: 'var(--ant-color-error, #ff4d4f)', fontSize: 12, maxWidth: 220 }}>
      {texts.join(' ')}
    </div>
  );
}

// GRD-4: one row per grade — visits a quarter, the depth of the account plan, whether an
// executive sponsor is required, how often the account is reviewed, and how it is served.
export function ServicePoliciesTable({ policies, onChange, issues, readOnly }: Props) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<ServicePolicy>) => onChange(replaceAt(policies, index, { ...policies[index], ...patch }));
  const labelOf = (index: number) => policies[index].grade || String(index + 1);
  const at = (index: number, field: keyof ServicePolicy) => issuesAt(issues, `servicePolicies.${index}.${field}`);
  const cell = (index: number, field: keyof ServicePolicy, input: ReactNode) => (
    <>
      {input}
      <CellIssues texts={at(index, field)} />
    </>
  );
  const aria = (column: string, index: number) => `${t(`gradingPolicies.column.${column}`)}：${labelOf(index)}`;
  const options = (list: readonly string[], prefix: string) => list.map((value) => ({ value, label: t(`gradingPolicies.${prefix}.${value}`) }));

  const columns: TableColumnsType<Row> = [
    {
      key: 'grade',
      title: t('gradingPolicies.column.grade'),
      width: 110,
      render: (_, { policy, index }) =>
        readOnly ? (
          <Typography.Text strong>{policy.grade}</Typography.Text>
        ) : (
          cell(
            index,
            'grade',
            <Input
              aria-label={`${t('gradingPolicies.column.grade')} ${index + 1}`}
              value={policy.grade}
              maxLength={POLICY_LIMITS.gradeName}
              status={at(index, 'grade').length > 0 ? 'error' : undefined}
              onChange={(e) => set(index, { grade: e.target.value })}
              style={{ width: 90 }}
            />,
          )
        ),
    },
    {
      key: 'visitsPerQuarter',
      title: t('gradingPolicies.column.visitsPerQuarter'),
      width: 130,
      render: (_, { policy, index }) =>
        readOnly
          ? policy.visitsPerQuarter > 0 ? t('gradingPolicies.visitsValue', { count: policy.visitsPerQuarter }) : t('gradingPolicies.card.noVisits')
          : cell(
              index,
              'visitsPerQuarter',
              <InputNumber
                aria-label={aria('visitsPerQuarter', index)}
                value={Number.isFinite(policy.visitsPerQuarter) ? policy.visitsPerQuarter : null}
                min={0}
                max={POLICY_LIMITS.visitsPerQuarter}
                precision={0}
                status={at(index, 'visitsPerQuarter').length > 0 ? 'error' : undefined}
                onChange={(value) => set(index, { visitsPerQuarter: value ?? Number.NaN })}
                style={{ width: 90 }}
              />,
            ),
    },
    {
      key: 'planDepth',
      title: t('gradingPolicies.column.planDepth'),
      render: (_, { policy, index }) =>
        readOnly
          ? t(`gradingPolicies.planDepth.${policy.planDepth}`)
          : cell(index, 'planDepth', <Select aria-label={aria('planDepth', index)} value={policy.planDepth} options={options(PLAN_DEPTHS, 'planDepth')} onChange={(planDepth) => set(index, { planDepth })} style={{ width: 130 }} />),
    },
    {
      key: 'isExecutiveSponsorRequired',
      title: t('gradingPolicies.column.executiveSponsor'),
      width: 120,
      render: (_, { policy, index }) =>
        readOnly ? (
          policy.isExecutiveSponsorRequired ? <Tag color="blue">{t('gradingPolicies.sponsorRequired')}</Tag> : t('gradingPolicies.sponsorNotRequired')
        ) : (
          <Switch
            aria-label={aria('executiveSponsor', index)}
            checked={policy.isExecutiveSponsorRequired}
            checkedChildren={t('gradingPolicies.sponsorRequired')}
            unCheckedChildren={t('gradingPolicies.sponsorNotRequired')}
            onChange={(isExecutiveSponsorRequired) => set(index, { isExecutiveSponsorRequired })}
          />
        ),
    },
    {
      key: 'reviewCadence',
      title: t('gradingPolicies.column.reviewCadence'),
      render: (_, { policy, index }) =>
        readOnly
          ? t(`gradingPolicies.reviewCadence.${policy.reviewCadence}`)
          : cell(index, 'reviewCadence', <Select aria-label={aria('reviewCadence', index)} value={policy.reviewCadence} options={options(REVIEW_CADENCES, 'reviewCadence')} onChange={(reviewCadence) => set(index, { reviewCadence })} style={{ width: 130 }} />),
    },
    {
      key: 'contactMode',
      title: t('gradingPolicies.column.contactMode'),
      render: (_, { policy, index }) =>
        readOnly
          ? t(`gradingPolicies.contactMode.${policy.contactMode}`)
          : cell(index, 'contactMode', <Select aria-label={aria('contactMode', index)} value={policy.contactMode} options={options(CONTACT_MODES, 'contactMode')} onChange={(contactMode) => set(index, { contactMode })} style={{ width: 120 }} />),
    },
  ];
  if (!readOnly) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 70,
      render: (_, { index }) => (
        <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={`${t('gradingPolicies.removeGrade')}：${labelOf(index)}`} onClick={() => onChange(policies.filter((_, i) => i !== index))} />
      ),
    });
  }

  return (
    <>
      <Table<Row>
        rowKey="index"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={columns}
        dataSource={policies.map((policy, index) => ({ policy, index }))}
        locale={{ emptyText: t('gradingPolicies.noGrades') }}
      />
      {!readOnly && policies.length < POLICY_LIMITS.grades && (
        <Button icon={<PlusOutlined />} style={{ marginTop: 12 }} onClick={() => onChange([...policies, newGradeRow(policies)])}>
          {t('gradingPolicies.addGrade')}
        </Button>
      )}
    </>
  );
}
