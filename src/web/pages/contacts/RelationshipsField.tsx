import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Rate, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../api/types.ts';
import { UserSelect } from '../../components/UserSelect.tsx';

// Our people who know this contact, and how well (1 = met once … 5 = close).
export function RelationshipsField({ contact }: { contact: Contact | undefined }) {
  const { t } = useTranslation();
  const nameOf = (userId: string | undefined) => contact?.relationships.find((r) => r.userId === userId)?.name;
  return (
    <Form.List name="relationships">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8} style={{ marginBottom: 24 }}>
          {fields.length === 0 && <Typography.Text type="secondary">{t('contacts.noOurPeople')}</Typography.Text>}
          {fields.map((field) => (
            <Flex key={field.key} gap={8} wrap align="start" style={{ paddingBottom: 8, borderBottom: '1px dashed #f0f0f0' }}>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => {
                  const userId = getFieldValue(['relationships', field.name, 'userId']) as string | undefined;
                  const name = nameOf(userId);
                  return (
                    <Form.Item name={[field.name, 'userId']} rules={[{ required: true, message: t('validation.required') }]} style={{ flex: '2 1 200px', margin: 0 }}>
                      <UserSelect aria-label={t('contacts.ourPerson')} initialOption={userId && name ? { value: userId, label: name } : null} />
                    </Form.Item>
                  );
                }}
              </Form.Item>
              <Form.Item name={[field.name, 'strength']} style={{ margin: 0 }} rules={[{ required: true, message: t('validation.required') }]}>
                <Rate count={5} aria-label={t('contacts.strength')} />
              </Form.Item>
              <Form.Item name={[field.name, 'note']} style={{ flex: '2 1 200px', margin: 0 }} rules={[{ max: 500 }]}>
                <Input placeholder={t('contacts.relationshipNote')} />
              </Form.Item>
              <Button icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => remove(field.name)} />
            </Flex>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ userId: null, strength: 3, note: '' })} disabled={fields.length >= 20}>
            {t('contacts.addOurPerson')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
