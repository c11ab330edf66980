import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, InputNumber, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { APPROVER_RELATIONS, DEFAULT_FLOWS, MAX_FLOW_STEPS, type ApproverRelation } from '../../../domain/approvals/flow.ts';
import { useApprovalFlow, useSaveApprovalFlow, type ApprovalKind } from '../../api/approvals.queries.ts';
import { errorText } from '../../i18n/errorText.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { fenToYuan, yuanToFen } from './approvalFormat.ts';

type StepValues = { relation: ApproverRelation; minAmountYuan: number | null };
type Values = { steps: StepValues[] };

const toValues = (steps: readonly { relation: ApproverRelation; minAmountFen: number | null }[]): Values => ({
  steps: steps.map((s) => ({ relation: s.relation, minAmountYuan: fenToYuan(s.minAmountFen) })),
});

// The steps of one kind's flow, in order: who approves, and from which amount (empty: always).
export function FlowEditor({ kind }: { kind: ApprovalKind }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const flow = useApprovalFlow(kind);
  const save = useSaveApprovalFlow();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    if (flow.data) form.setFieldsValue(toValues(flow.data.steps));
  }, [flow.data, form]);

  if (flow.error) return <Alert type="error" showIcon title={errorText(t, flow.error)} />;
  if (!flow.data) return <Skeleton active />;
  const { version, isDefault } = flow.data;

  const submit = (values: Values) =>
    save.mutate(
      { kind, version, steps: values.steps.map((s) => ({ relation: s.relation, minAmountFen: yuanToFen(s.minAmountYuan) })) },
      { onSuccess: () => void message.success(t('approvals.flows.saved')), onError: (error) => handleError(error, form) },
    );

  return (
    <Card
      size="small"
      title={
        <Space>
          {t(`approvals.kinds.${kind}`)}
          {isDefault && <Tag>{t('approvals.flows.ready')}</Tag>}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t(`approvals.flows.about.${kind}`)}</Typography.Paragraph>
      <Form form={form} onFinish={submit} layout="vertical">
        <Form.List name="steps">
          {(fields, { add, remove, move }) => (
            <Flex vertical gap={8}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start" wrap data-testid="flow-step">
                  <Typography.Text strong style={{ width: 24, lineHeight: '32px' }}>
                    {index + 1}.
                  </Typography.Text>
                  <Form.Item name={[field.name, 'relation']} rules={[{ required: true }]} style={{ margin: 0, flex: '1 1 160px' }}>
                    <Select aria-label={t('approvals.flows.approver')} options={APPROVER_RELATIONS.map((r) => ({ value: r, label: t(`approvals.relations.${r}`) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'minAmountYuan']} style={{ margin: 0, flex: '1 1 160px' }}>
                    <InputNumber<number> aria-label={t('approvals.flows.threshold')} min={0} max={100_000_000_000} prefix={t('approvals.flows.from')} suffix={t('approvals.yuan')} placeholder={t('approvals.flows.always')} style={{ width: '100%' }} />
                  </Form.Item>
                  <Space size={0}>
                    <Button type="text" icon={<ArrowUpOutlined />} aria-label={t('approvals.flows.up')} disabled={index === 0} onClick={() => move(index, index - 1)} />
                    <Button type="text" icon={<ArrowDownOutlined />} aria-label={t('approvals.flows.down')} disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} />
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} disabled={fields.length === 1} onClick={() => remove(field.name)} />
                  </Space>
                </Flex>
              ))}
              <Flex gap={8} wrap justify="space-between">
                <Space wrap>
                  <Button icon={<PlusOutlined />} disabled={fields.length >= MAX_FLOW_STEPS} onClick={() => add({ relation: 'director', minAmountYuan: null })}>
                    {t('approvals.flows.addStep')}
                  </Button>
                  <Button onClick={() => form.setFieldsValue(toValues(DEFAULT_FLOWS[kind]))}>{t('approvals.flows.useReady')}</Button>
                </Space>
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  {t('common.save')}
                </Button>
              </Flex>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
