import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccountDetail } from '../../api/types.ts';
import { formatDate } from '../../components/formatDate.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import { ACCOUNT_FIELD_GROUPS, type AccountField } from './accountFields.ts';
import { CustomValuesCard } from './CustomValuesCard.tsx';
import { formatAccountValue } from './formatAccountValue.ts';
import { ServiceLevelCard } from './ServiceLevelCard.tsx';
import { StrategyCard } from './StrategyCard.tsx';

type Props = { account: AccountDetail; canEdit: boolean; onEdit: () => void };

const safeUrl = (value: string) => (/^https?:\/\//i.test(value) ? value : `http://${value}`);

// 档案: every field of the archive by group, read-only; the edit button opens the form.
export function ProfileTab({ account, canEdit, onEdit }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const names = {
    ...(account.parentId ? { [account.parentId]: account.parentName } : {}),
    ...(account.ownerId ? { [account.ownerId]: account.ownerName } : {}),
    ...(account.executiveSponsorId ? { [account.executiveSponsorId]: account.executiveSponsorName } : {}),
  };

  const valueOf = (field: AccountField): ReactNode => {
    const raw = account[field.name];
    const text = formatAccountValue(t, locale, field, raw, names);
    if (text === '—') return <Typography.Text type="secondary">—</Typography.Text>;
    if (field.kind === 'url') return <a href={safeUrl(String(raw))} target="_blank" rel="noreferrer noopener">{text}</a>;
    if (field.kind === 'email') return <a href={`mailto:${String(raw)}`}>{text}</a>;
    if (field.kind === 'phone') return <a href={`tel:${String(raw).replace(/[^\d+]/g, '')}`}>{text}</a>;
    if (field.kind === 'account') return <Link to={`/accounts/${String(raw)}`}>{text}</Link>;
    if (field.kind === 'tags') return <Flex gap={4} wrap>{account.tags.map((tag) => <Tag key={tag}>{tag}</Tag>)}</Flex>;
    if (field.kind === 'longText') return <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;
    return text;
  };

  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Flex gap={16} wrap>
            <Typography.Text>
              <Typography.Text type="secondary">{t('account.field.archiveNo')}{t('common.colon')}</Typography.Text>
              {account.archiveNo}
            </Typography.Text>
            <Typography.Text>
              <Typography.Text type="secondary">{t('account.field.builtOn')}{t('common.colon')}</Typography.Text>
              {formatDate(account.builtOn)}
            </Typography.Text>
            {account.checks.builtInTime === false && <Tag color="orange">{t('accounts.checks.builtLate')}</Tag>}
            {account.checks.builtInTime === true && <Tag color="green">{t('accounts.checks.builtInTime')}</Tag>}
            <Tag color={account.checks.updatedThisQuarter ? 'green' : 'orange'}>
              {t(account.checks.updatedThisQuarter ? 'accounts.checks.updatedThisQuarter' : 'accounts.checks.notUpdatedThisQuarter')}
            </Tag>
          </Flex>
          {canEdit && (
            <Button icon={<EditOutlined />} onClick={onEdit}>
              {t('common.edit')}
            </Button>
          )}
        </Flex>
      </Card>
      {/* GRD-3 / GRD-4: what the grade and the quadrant ask of the account manager. */}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <ServiceLevelCard account={account} />
        </Col>
        <Col xs={24} lg={12}>
          <StrategyCard accountId={account.id} />
        </Col>
      </Row>
      {ACCOUNT_FIELD_GROUPS.map((group) => (
        <Card key={group.key} size="small" title={t(`accounts.group.${group.key}`)}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            styles={{ label: { width: 150 } }}
            items={group.fields.map((field) => ({
              key: field.name,
              label: t(`account.field.${field.name}`),
              children: valueOf(field),
              span: field.kind === 'longText' ? 'filled' : 1,
            }))}
          />
        </Card>
      ))}
      <CustomValuesCard values={account.customFields} />
    </Flex>
  );
}
