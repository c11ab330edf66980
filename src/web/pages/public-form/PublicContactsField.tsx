import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { requiredText } from '../../components/formRules.ts';
import { PHONE_PATTERN } from '../accounts/accountFieldRules.ts';

const MAX_CONTACTS = 10;

// Up to 10 people the customer wants us to know (name, title, department, mobile, e-mail).
export function PublicContactsField() {
  const { t } = useTranslation();
  return (
    <Form.List name="contacts">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              type="inner"
              title={t('publicForm.contactN', { n: index + 1 })}
              extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => remove(field.name)} />}
            >
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item name={[field.name, 'name']} label={t('contact.field.name')} rules={requiredText(t, 100)}>
                    <Input autoComplete="name" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[field.name, 'title']} label={t('contact.field.title')} rules={[{ max: 100, message: t('validation.maxLength', { n: 100 }) }]}>
                    <Input autoComplete="organization-title" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[field.name, 'department']} label={t('contact.field.department')} rules={[{ max: 100, message: t('validation.maxLength', { n: 100 }) }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[field.name, 'mobile']} label={t('contact.field.mobile')} rules={[{ pattern: PHONE_PATTERN, message: t('validation.phone') }, { max: 40, message: t('validation.maxLength', { n: 40 }) }]}>
                    <Input inputMode="tel" autoComplete="tel" />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item name={[field.name, 'email']} label={t('contact.field.email')} rules={[{ type: 'email', message: t('validation.email') }]} style={{ marginBottom: 0 }}>
                    <Input inputMode="email" autoComplete="email" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          {fields.length < MAX_CONTACTS ? (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })} block>
              {t('publicForm.addContact')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('publicForm.maxContacts', { n: MAX_CONTACTS })}</Typography.Text>
          )}
        </Flex>
      )}
    </Form.List>
  );
}
