import { App, Col, Form, Input, InputNumber, Row, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateProduct, useUpdateProduct, type Product } from '../../api/products.queries.ts';
import { FormDrawer } from '../../components/FormDrawer.tsx';
import { requiredText } from '../../components/formRules.ts';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler.ts';
import { fenToYuan, yuanToFen } from '../sales/salesFormat.ts';

type Values = { code?: string; name: string; spec?: string; unit: string; category?: string; isHighMargin: boolean; standardPrice?: number | null };

type Props = { isOpen: boolean; product: Product | null; onClose: () => void };

const toValues = (p: Product): Values => ({
  code: p.code ?? undefined,
  name: p.name,
  spec: p.spec ?? undefined,
  unit: p.unit,
  category: p.category ?? undefined,
  isHighMargin: p.isHighMargin,
  standardPrice: fenToYuan(p.standardPriceFen),
});

const toBody = (v: Values) => ({
  code: v.code?.trim() || null,
  name: v.name,
  spec: v.spec?.trim() || null,
  unit: v.unit,
  category: v.category?.trim() || null,
  isHighMargin: v.isHighMargin,
  standardPriceFen: yuanToFen(v.standardPrice),
});

// Add or change a catalogue entry (品名, 规格, 单位, 类别, high-margin mark, list price).
export function ProductFormDrawer({ isOpen, product, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const handleError = useApiErrorHandler();

  useEffect(() => {
    if (isOpen && product) form.setFieldsValue(toValues(product));
  }, [isOpen, product, form]);

  const submit = async (values: Values) => {
    try {
      if (product) await update.mutateAsync({ id: product.id, body: { version: product.version, ...toBody(values) } });
      else await create.mutateAsync(toBody(values));
      void message.success(t('products.saved'));
      onClose();
    } catch (error) {
      handleError(error, form);
    }
  };

  const half = { xs: 24, md: 12 };
  return (
    <FormDrawer
      title={product ? t('products.editTitle', { name: product.name }) : t('products.createTitle')}
      isOpen={isOpen}
      onClose={onClose}
      form={form}
      width={640}
      submitLabel={product ? t('common.save') : t('products.create')}
      isSaving={create.isPending || update.isPending}
      isLoading={false}
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ isHighMargin: false }} onFinish={(values) => void submit(values)} scrollToFirstError>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="name" label={t('products.field.name')} rules={requiredText(t, 100)}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="spec" label={t('products.field.spec')} rules={[{ max: 100 }]} extra={t('products.specHint')}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="unit" label={t('products.field.unit')} rules={requiredText(t, 20)}>
              <Input autoComplete="off" placeholder={t('products.unitPlaceholder')} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="category" label={t('products.field.category')} rules={[{ max: 50 }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="code" label={t('products.field.code')} rules={[{ max: 40 }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="standardPrice" label={t('products.field.standardPrice')}>
              <InputNumber<number> min={0} precision={2} prefix="¥" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="isHighMargin" label={t('products.field.isHighMargin')} valuePropName="checked" extra={t('products.highMarginHint')}>
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormDrawer>
  );
}
