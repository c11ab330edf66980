import { Button, Card, Empty, Flex, Rate, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../api/types.ts';
import { codeLabel } from '../../components/codeLabels.ts';
import { AttitudeTag } from './AttitudeTag.tsx';
import type { ContactActions } from './ContactTable.tsx';

type Props = { contacts: Contact[]; everyone: Contact[]; isLoading: boolean; actions?: ContactActions };

// The contacts of an account on a phone: one card each, tap to call.
export function ContactCards({ contacts, everyone, isLoading, actions }: Props) {
  const { t } = useTranslation();
  const nameOf = (id: string | null) => (id ? everyone.find((c) => c.id === id)?.name : null);
  if (contacts.length === 0 && !isLoading) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contacts.empty')} />;
  return (
    <Spin spinning={isLoading}>
      <Flex vertical gap={8}>
        {contacts.map((c) => (
          <Card key={c.id} size="small" style={{ opacity: c.isLeft ? 0.6 : 1 }}>
            <Flex justify="space-between" align="start" gap={8}>
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Flex gap={6} align="center" wrap>
                  <Typography.Text strong>{c.name}</Typography.Text>
                  <AttitudeTag attitude={c.attitude} />
                  {c.isLeft && <Tag>{t('contacts.left')}</Tag>}
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[c.title, c.department, c.buyingRole ? codeLabel(t, 'contact.buyingRole', c.buyingRole) : null].filter(Boolean).join(' · ')}
                </Typography.Text>
                {c.decisionStyle && (
                  <Typography.Text style={{ fontSize: 12 }}>
                    {codeLabel(t, 'contact.decisionStyle', c.decisionStyle)} — {t(`contact.decisionAdvice.${c.decisionStyle}`)}
                  </Typography.Text>
                )}
                {c.influence && <Rate disabled count={5} value={c.influence} style={{ fontSize: 12 }} />}
                {nameOf(c.reportsToId) && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('contact.field.reportsToId')}{t('common.colon')}{nameOf(c.reportsToId)}
                  </Typography.Text>
                )}
                {(c.mobile ?? c.phone) && <a href={`tel:${(c.mobile ?? c.phone ?? '').replace(/[^\d+]/g, '')}`}>{c.mobile ?? c.phone}</a>}
              </Flex>
              {actions && (
                <Flex vertical gap={4}>
                  <Button size="small" onClick={() => actions.onEdit(c)}>
                    {t('common.edit')}
                  </Button>
                  {!c.isLeft && (
                    <Button size="small" onClick={() => actions.onLeft(c)}>
                      {t('contacts.markLeft')}
                    </Button>
                  )}
                </Flex>
              )}
            </Flex>
          </Card>
        ))}
      </Flex>
    </Spin>
  );
}
