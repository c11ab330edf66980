import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../../domain/users/roles.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { isLocale, LOCALE_NAMES } from '../../i18n/locales.ts';
import { auditChanges, formatAuditValue } from './auditDiff.ts';
import type { AuditLookups } from './useAuditLookups.ts';

type Props = { entityType: string; before: unknown; after: unknown; lookups: AuditLookups; limit?: number };

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

// Values read better as names and labels than as the ids and codes stored in the log.
function readable(field: string, raw: unknown, lookups: AuditLookups, t: TFunction): string {
  if (typeof raw === 'string') {
    if (field === 'role' && isRole(raw)) return t(`role.${raw}`);
    if (field === 'locale' && isLocale(raw)) return LOCALE_NAMES[raw];
    if (field === 'teamId') return lookups.teamName(raw) ?? raw.slice(0, 8);
    if (field === 'managerId') return lookups.userName(raw) ?? raw.slice(0, 8);
    if (ISO_TIME.test(raw)) return formatDateTime(raw);
  }
  if (typeof raw === 'boolean') return raw ? t('common.yes') : t('common.no');
  return formatAuditValue(raw);
}

export function AuditChanges({ entityType, before, after, lookups, limit }: Props) {
  const { t } = useTranslation();
  const changes = auditChanges(before, after);
  if (changes.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const shown = limit ? changes.slice(0, limit) : changes;

  return (
    <div style={{ maxWidth: 420, whiteSpace: 'normal', wordBreak: 'break-word' }}>
      {shown.map((change) => (
        <div key={change.field}>
          <Typography.Text type="secondary">{t([`audit.field.${entityType}.${change.field}`, `audit.field.${change.field}`], { defaultValue: change.field })}: </Typography.Text>
          {change.before !== null && (
            <>
              <Typography.Text delete>{readable(change.field, change.before, lookups, t)}</Typography.Text>
              {' → '}
            </>
          )}
          <Typography.Text>{readable(change.field, change.after, lookups, t)}</Typography.Text>
        </div>
      ))}
      {shown.length < changes.length && <Typography.Text type="secondary">{t('audit.more', { n: changes.length - shown.length })}</Typography.Text>}
    </div>
  );
}
