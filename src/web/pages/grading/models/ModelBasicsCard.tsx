import { Card, Col, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_TYPES } from '../../../../domain/accounts/lists.ts';
import { AXES, type Axis } from '../../../../domain/grading/index.ts';
import { codeLabel, codeOptions } from '../../../components/codeLabels.ts';
import { IssueField } from './FieldIssues.tsx';
import type { ModelDraft } from './modelDraft.ts';
import { issuesAt, type ModelIssue } from './modelIssues.ts';

type Props = { draft: ModelDraft; onChange: (draft: ModelDraft) => void; issues: readonly ModelIssue[]; readOnly: boolean };

// The model's names, the customer type it is meant for, whether it is the default, and for a
// matrix where each axis splits low from high.
export function ModelBasicsCard({ draft, onChange, issues, readOnly }: Props) {
  const { t } = useTranslation();
  const { definition } = draft;
  const setName = (locale: 'zh-CN' | 'en-US', value: string) => onChange({ ...draft, definition: { ...definition, name: { ...definition.name, [locale]: value } } });
  const setSplit = (axis: Axis, value: number | null) =>
    definition.kind === 'matrix' && onChange({ ...draft, definition: { ...definition, split: { ...definition.split, [axis]: value ?? Number.NaN } } });

  if (readOnly) {
    return (
      <Card title={t('scoringModels.basics')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph style={{ margin: 0 }}>
          {definition.name['zh-CN']} / {definition.name['en-US']} · {t(`scoringModels.kind.${definition.kind}`)} ·{' '}
          {draft.customerType ? codeLabel(t, 'account.customerType', draft.customerType) : t('scoringModels.anyCustomerType')}
          {definition.kind === 'matrix' && ` · ${t('scoringModels.split')}: ${AXES.map((axis) => `${t(`scoringModels.axis.${axis}`)} ${definition.split[axis]}`).join(', ')}`}
        </Typography.Paragraph>
      </Card>
    );
  }

  return (
    <Card title={t('scoringModels.basics')} style={{ marginBottom: 16 }}>
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <IssueField label={t('scoringModels.nameZh')} htmlFor="model-name-zh" issues={issuesAt(issues, 'name.zh-CN')}>
              <Input id="model-name-zh" value={definition.name['zh-CN']} maxLength={200} onChange={(e) => setName('zh-CN', e.target.value)} />
            </IssueField>
          </Col>
          <Col xs={24} md={12}>
            <IssueField label={t('scoringModels.nameEn')} htmlFor="model-name-en" issues={issuesAt(issues, 'name.en-US')}>
              <Input id="model-name-en" value={definition.name['en-US']} maxLength={200} onChange={(e) => setName('en-US', e.target.value)} />
            </IssueField>
          </Col>
          <Col xs={24} md={12}>
            <IssueField label={t('scoringModels.customerType')} htmlFor="model-customer-type" issues={issuesAt(issues, 'customerType')} help={t('scoringModels.customerTypeHelp')}>
              <Select
                id="model-customer-type"
                allowClear
                placeholder={t('scoringModels.anyCustomerType')}
                value={draft.customerType ?? undefined}
                options={codeOptions(t, 'account.customerType', CUSTOMER_TYPES)}
                onChange={(value?: string) => onChange({ ...draft, customerType: value ?? null })}
              />
            </IssueField>
          </Col>
          <Col xs={24} md={12}>
            <IssueField label={t('scoringModels.isDefaultLabel')} htmlFor="model-default" issues={[]} help={t('scoringModels.isDefaultHelp')}>
              <Switch id="model-default" checked={draft.isDefault} onChange={(isDefault) => onChange({ ...draft, isDefault })} />
            </IssueField>
          </Col>
          {definition.kind === 'matrix' &&
            AXES.map((axis) => (
              <Col xs={24} md={12} key={axis}>
                <IssueField label={`${t('scoringModels.split')} · ${t(`scoringModels.axis.${axis}`)}`} htmlFor={`model-split-${axis}`} issues={issuesAt(issues, `split.${axis}`)} help={t('scoringModels.splitHelp')}>
                  <InputNumber id={`model-split-${axis}`} min={0} max={100} value={definition.split[axis]} onChange={(value) => setSplit(axis, value)} style={{ width: '100%' }} />
                </IssueField>
              </Col>
            ))}
        </Row>
      </Form>
    </Card>
  );
}
