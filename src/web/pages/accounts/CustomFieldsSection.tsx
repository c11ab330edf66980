import { Col, Form, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDefinition } from '../../api/archiveSettings.queries.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { CustomFieldInput } from './CustomFieldInput.tsx';
import { customFieldLabel } from './customFieldValues.ts';

type Props = { fields: readonly CustomFieldDefinition[] };

// The administrator's own fields (ARC-1) as the last group of the archive form; nothing when the
// company has defined none.
export function CustomFieldsSection({ fields }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (fields.length === 0) return null;
  return (
    <section aria-labelledby="account-group-custom">
      <Typography.Title level={5} id="account-group-custom" style={{ margin: '8px 0 12px', paddingBottom: 6, borderBottom: '1px solid #f0f0f0' }}>
        {t('accounts.group.custom')}
      </Typography.Title>
      <Row gutter={16}>
        {fields.map((field) => (
          <Col key={field.key} xs={24} md={12}>
            <Form.Item
              name={['customFields', field.key]}
              label={customFieldLabel(field, locale)}
              // A switch always holds an answer (off = no), so only the other types can be left empty.
              rules={field.required && field.type !== 'boolean' ? [{ required: true, whitespace: field.type === 'text', message: t('validation.required') }] : []}
              required={field.required}
            >
              <CustomFieldInput field={field} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </section>
  );
}
