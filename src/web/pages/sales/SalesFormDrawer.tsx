import { App, Col, DatePicker, Form, Input, InputNumber, Row, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateSale, useUpdateSale, type SalesRecord } from '../../api/sales.queries.ts';
import { AccountSelect } from '../../components/AccountSelect.tsx';
import { FormDrawer } from '../../components/FormDrawer.tsx';
import { UserSelect } from '../../components/UserSelect.tsx';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { ProductSelect } from '../products/ProductSelect.tsx';
import { productText } from '../products/productText.ts';
import { formatYuan } from './salesFormat.ts';
import { computedAmountFen, salesFormDefaults, toCreateSaleBody, toSalesFormValues, toUpdateSaleBody, type SalesFormValues } from './salesFormValues.ts';

// `record` set: change it; otherwise a new record, for `accountId` or for an account chosen here.
type Props = { isOpen: boolean; record: SalesRecord | null; accountId?: string; onClose: () => void };

const YuanInput = (props: { id?: string; value?: number | null; onChange?: (value: number | null) => void; placeholder?: string }) => (
  <InputNumber<number> {...props} min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
);

// One 购货记录: date, product and spec, quantity, price and amount, cost, payment; or a return.
export function SalesFormDrawer({ isOpen, record, accountId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SalesFormValues>();
  const create = useCreateSale();
  const update = useUpdateSale();
  const handleError = useApiErrorHandler();
  const unitPrice = Form.useWatch('unitPrice', form);
  const quantity = Form.useWatch('quantity', form);
  const isReturn = Form.useWatch('isReturn', form);
  const computed = computedAmountFen({ unitPrice, quantity });

  useEffect(() => {
    if (isOpen) form.setFieldsValue(record ? toSalesFormValues(record) : { ...salesFormDefaults(), accountId: accountId ?? null });
  }, [isOpen, record, accountId, form]);

  const submit = async (values: SalesFormValues) => {
    try {
      if (record) await update.mutateAsync({ id: record.id, body: toUpdateSaleBody(record, values) });
      else await create.mutateAsync({ accountId: accountId ?? values.accountId ?? '', body: toCreateSaleBody(values) });
      void message.success(record ? t('sales.saved') : t('sales.created'));
      onClose();
    } catch (error) {
      handleError(error, form);
    }
  };

  const half = { xs: 24, md: 12 };
  const required = [{ required: true, message: t('validation.required') }];
  return (
    <FormDrawer
      title={record ? t('sales.editTitle') : t('sales.createTitle')}
      isOpen={isOpen}
      onClose={onClose}
      form={form}
      width={680}
      submitLabel={record ? t('common.save') : t('sales.create')}
      isSaving={create.isPending || update.isPending}
      isLoading={false}
    >
      <Form<SalesFormValues> form={form} layout="vertical" onFinish={(values) => void submit(values)} scrollToFirstError>
        <Row gutter={16}>
          {!accountId && !record && (
            <Col span={24}>
              <Form.Item name="accountId" label={t('sales.field.account')} rules={required}>
                <AccountSelect />
              </Form.Item>
            </Col>
          )}
          <Col span={24}>
            <Form.Item name="productId" label={t('sales.field.product')} rules={required}>
              <ProductSelect initialOption={record ? { value: record.productId, label: productText({ name: record.productName, spec: record.productSpec }) } : null} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="soldOn" label={t('sales.field.soldOn')} rules={required}>
              <DatePicker style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="isReturn" label={t('sales.field.isReturn')} valuePropName="checked" extra={t('sales.returnHint')}>
              <Switch />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="quantity" label={isReturn ? t('sales.field.returnedQuantity') : t('sales.field.quantity')} rules={required}>
              <InputNumber<number> min={0.001} precision={3} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="unitPrice" label={t('sales.field.unitPrice')}>
              <YuanInput />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="amount"
              label={t('sales.field.amount')}
              extra={computed !== null ? t('sales.amountHint', { amount: formatYuan(computed) }) : t('sales.amountNeeded')}
            >
              <YuanInput placeholder={computed !== null ? formatYuan(computed) : undefined} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="cost" label={t('sales.field.cost')} extra={t('sales.costHint')}>
              <YuanInput />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="paid" label={isReturn ? t('sales.field.refunded') : t('sales.field.paid')} extra={t('sales.paidHint')}>
              <YuanInput />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="salespersonId" label={t('sales.field.salesperson')} extra={record ? undefined : t('sales.salespersonHint')}>
              <UserSelect isActiveOnly={false} initialOption={record?.salespersonId ? { value: record.salespersonId, label: record.salespersonName ?? '' } : null} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label={t('sales.field.note')} rules={[{ max: 1000 }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
          </Col>
        </Row>
        {record?.source === 'import' && <Typography.Text type="secondary">{t('sales.fromImport')}</Typography.Text>}
      </Form>
    </FormDrawer>
  );
}
