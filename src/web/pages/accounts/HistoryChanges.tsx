import { Button, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeLabel } from '../../components/codeLabels.ts';
import { formatDateTime } from '../../components/formatDate.ts';
import { useLocale } from '../../hooks/useLocale.ts';
import type { Locale } from '../../i18n/locales.ts';
import { auditChanges, formatAuditValue } from '../audit/auditDiff.ts';
import type { AuditLookups } from '../audit/useAuditLookups.ts';
import { accountFieldByName } from './accountFields.ts';
import { formatAccountValue } from './formatAccountValue.ts';
import { useArchiveSettings, type CustomFieldDefinition } from '../../api/archiveSettings.queries.ts';
import { customFieldLabel, formatCustomValue, type CustomValue } from './customFieldValues.ts';

type Props = { entityType: string; before: unknown; after: unknown; lookups: AuditLookups };

// Internal columns that a reader of the archive's history does not need.
const INTERNAL = new Set(['nameKey', 'searchText', 'deletedAt', 'accountId', 'completeness', 'completenessMissing', 'currency', 'reviewedBy', 'archiveNo', 'builtOn']);
const SHOWN = 4;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CONTACT_CODES: Record<string, string> = { buyingRole: 'contact.buyingRole', decisionStyle: 'contact.decisionStyle', attitude: 'contact.attitude' };

const labelOf = (t: TFunction, entityType: string, field: string) =>
  entityType === 'contact'
    ? t(`contact.field.${field}`, { defaultValue: field })
    : t([`account.field.${field}`, `accounts.historyField.${field}`, `audit.field.${field}`], { defaultValue: field });

// Custom field values are one object on the account; each changed value becomes its own line.
const CUSTOM = 'custom.';
function withCustomFields(record: unknown): Record<string, unknown> {
  if (!record || typeof record !== 'object') return {};
  const { customFields, ...rest } = record as Record<string, unknown>;
  const values = customFields && typeof customFields === 'object' ? (customFields as Record<string, unknown>) : {};
  return { ...rest, ...Object.fromEntries(Object.entries(values).map(([key, value]) => [CUSTOM + key, value])) };
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);

function valueOf(t: TFunction, locale: Locale, entityType: string, field: string, raw: unknown, lookups: AuditLookups): string {
  if (Array.isArray(raw)) {
    if (raw.length === 0) return '—';
    // Lists of people (contacts a customer sent, team members, links) by name; lists of words as they are.
    const parts = raw.map((item) =>
      item && typeof item === 'object' ? String((item as { name?: unknown }).name ?? lookups.userName(String((item as { userId?: unknown }).userId)) ?? '…') : String(item),
    );
    return parts.join(t('common.listSeparator'));
  }
  if (field === 'access' && typeof raw === 'string') return t(`account.accessReason.${raw}`, { defaultValue: raw });
  if (typeof raw === 'string' && (field.endsWith('Id') || field === 'userId') && lookups.userName(raw)) return lookups.userName(raw) ?? raw;
  if (entityType === 'contact' && CONTACT_CODES[field] && typeof raw === 'string') return codeLabel(t, CONTACT_CODES[field], raw);
  if (field === 'reviewStatus' && typeof raw === 'string') return codeLabel(t, 'account.reviewStatus', raw);
  if (typeof raw === 'boolean') return raw ? t('common.yes') : t('common.no');
  const accountField = entityType === 'account' ? accountFieldByName(field) : undefined;
  if (accountField) return formatAccountValue(t, locale, accountField, raw);
  if (typeof raw === 'string' && ISO_TIME.test(raw)) return formatDateTime(raw);
  return formatAuditValue(raw);
}

// One audit entry of the archive as "field: before → after", first few lines, more on request.
export function HistoryChanges({ entityType, before, after, lookups }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const definitions = useArchiveSettings().data?.customFields ?? [];
  const [isAll, setAll] = useState(false);
  const customField = (field: string): CustomFieldDefinition | undefined => definitions.find((d) => CUSTOM + d.key === field);
  const label = (field: string) => (field.startsWith(CUSTOM) ? (customField(field) ? customFieldLabel(customField(field)!, locale) : field.slice(CUSTOM.length)) : labelOf(t, entityType, field));
  const value = (field: string, raw: unknown) =>
    field.startsWith(CUSTOM) ? formatCustomValue(t, locale, customField(field), raw as CustomValue) : valueOf(t, locale, entityType, field, raw, lookups);
  // A new record's empty fields say nothing.
  const changes = auditChanges(withCustomFields(before), withCustomFields(after)).filter((change) => !INTERNAL.has(change.field) && !(isEmpty(change.before) && isEmpty(change.after)));
  if (changes.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  const shown = isAll ? changes : changes.slice(0, SHOWN);
  return (
    <div style={{ maxWidth: 520, whiteSpace: 'normal', wordBreak: 'break-word' }}>
      {shown.map((change) => (
        <div key={change.field}>
          <Typography.Text type="secondary">{label(change.field)}{t('common.colon')}</Typography.Text>
          {change.before !== null && (
            <>
              <Typography.Text delete>{value(change.field, change.before)}</Typography.Text>
              {' → '}
            </>
          )}
          <Typography.Text>{value(change.field, change.after)}</Typography.Text>
        </div>
      ))}
      {changes.length > SHOWN && (
        <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setAll(!isAll)}>
          {isAll ? t('accounts.history.less') : t('audit.more', { n: changes.length - SHOWN })}
        </Button>
      )}
    </div>
  );
}
