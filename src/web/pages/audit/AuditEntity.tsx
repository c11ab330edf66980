import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types.ts';
import type { AuditLookups } from './useAuditLookups.ts';

type Props = { entry: AuditEntry; lookups: AuditLookups };

const nameIn = (value: unknown): string | null => {
  const name = value && typeof value === 'object' ? (value as { name?: unknown }).name : null;
  return typeof name === 'string' ? name : null;
};

// "User · 陈伟": the record's type and, where it can be found, its name (else a short id).
export function AuditEntity({ entry, lookups }: Props) {
  const { t } = useTranslation();
  const name =
    (entry.entityType === 'user' && lookups.userName(entry.entityId)) ||
    (entry.entityType === 'team' && lookups.teamName(entry.entityId)) ||
    nameIn(entry.after) ||
    nameIn(entry.before);
  return (
    <span>
      <Typography.Text type="secondary">{t(`audit.entity.${entry.entityType}`, { defaultValue: entry.entityType })} · </Typography.Text>
      {name ? <Typography.Text>{name}</Typography.Text> : <Typography.Text code>{entry.entityId.slice(0, 8)}</Typography.Text>}
    </span>
  );
}
