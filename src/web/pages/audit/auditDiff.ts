// The audit log stores a write's before and after (only changed fields for updates). This turns
// them into lines a person can read: `role: account_manager → manager`.
export type AuditChange = { field: string; before: unknown; after: unknown };

// Bookkeeping columns that say nothing to a reader.
const HIDDEN_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'createdBy', 'version', 'displayUsername', 'isDemo', 'image', 'emailVerified']);

// The database returns JSON keys in its own order; people read a record in this one.
const FIELD_ORDER = ['username', 'name', 'email', 'role', 'teamId', 'managerId', 'locale', 'isDisabled', 'disabledAt'];
const rank = (field: string) => {
  const index = FIELD_ORDER.indexOf(field);
  return index === -1 ? FIELD_ORDER.length : index;
};

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((field) => !HIDDEN_FIELDS.has(field))
    .sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
  return fields
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }))
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
}

export const formatAuditValue = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};
