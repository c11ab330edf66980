import dayjs, { type Dayjs } from 'dayjs';
import { normaliseCreditCode } from '../../../domain/accounts/credit-code.ts';
import type { CreateAccountBody, UpdateAccountBody } from '../../api/accounts.queries.ts';
import type { CustomFieldDefinition } from '../../api/archiveSettings.queries.ts';
import type { Account } from '../../api/types.ts';
import { ACCOUNT_FIELDS, type AccountField } from './accountFields.ts';
import { toCreateCustomValues, toCustomFormValues, toUpdateCustomValues, type CustomValues } from './customFieldValues.ts';

// The account form holds dates as dayjs (money stays in fen: MoneyInput shows 万元 or yuan); the
// API takes ISO dates. These functions convert both ways and work out what changed. Custom fields
// (ARC-1) sit under `customFields`, keyed like the API's values, so that errors named
// `customFields.<key>` land on their inputs.
export type AccountFormValues = Record<string, unknown> & { customFields?: Record<string, unknown> };
// The record being edited: the detail carries the custom values, a list row does not.
type EditedAccount = Account & { customFields?: CustomValues };

// Set when the account is created or handed over, not through the edit form.
const EDIT_ONLY_SKIPS = new Set(['ownerId']);

const toFormValue = (field: AccountField, raw: unknown): unknown => {
  if (raw === null || raw === undefined) return field.kind === 'tags' ? [] : null;
  if (field.kind === 'date') return dayjs(String(raw));
  return raw;
};

export function toAccountFormValues(account: EditedAccount, definitions: readonly CustomFieldDefinition[] = []): AccountFormValues {
  return {
    ...Object.fromEntries(ACCOUNT_FIELDS.map((field) => [field.name, toFormValue(field, account[field.name])])),
    customFields: toCustomFormValues(definitions, account.customFields),
  };
}

const fromFormValue = (field: AccountField, value: unknown): unknown => {
  if (value === undefined || value === null) return field.kind === 'tags' ? [] : null;
  switch (field.kind) {
    case 'date':
      return dayjs.isDayjs(value) ? (value as Dayjs).format('YYYY-MM-DD') : null;
    case 'money':
    case 'count':
      return typeof value === 'number' ? Math.round(value) : null;
    case 'creditCode': {
      const text = normaliseCreditCode(String(value));
      return text === '' ? null : text;
    }
    case 'tags':
      return [...new Set((value as string[]).map((tag) => tag.trim()).filter(Boolean))];
    case 'code':
    case 'account':
    case 'user':
      return value === '' ? null : value;
    default: {
      const text = String(value).trim();
      return text === '' ? null : text;
    }
  }
};

// Everything the API stores, converted; fields the user left empty are null.
export function fromAccountFormValues(values: AccountFormValues): Record<string, unknown> {
  return Object.fromEntries(ACCOUNT_FIELDS.filter((field) => field.name in values).map((field) => [field.name, fromFormValue(field, values[field.name])]));
}

export function toCreateAccountBody(values: AccountFormValues, definitions: readonly CustomFieldDefinition[] = []): CreateAccountBody {
  const body = fromAccountFormValues(values);
  // Null means "not set" for a new archive: leave such fields out (the server's defaults apply).
  const present = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0)));
  const customFields = toCreateCustomValues(definitions, values.customFields);
  return (customFields ? { ...present, customFields } : present) as CreateAccountBody;
}

// Only what the user changed is sent, with the version that was read (409 if stale).
export function toUpdateAccountBody(account: EditedAccount, values: AccountFormValues, definitions: readonly CustomFieldDefinition[] = []): UpdateAccountBody {
  const next = fromAccountFormValues(values);
  const body: Record<string, unknown> = { version: account.version };
  for (const field of ACCOUNT_FIELDS) {
    if (EDIT_ONLY_SKIPS.has(field.name) || !(field.name in next)) continue;
    const before = account[field.name] ?? (field.kind === 'tags' ? [] : null);
    if (JSON.stringify(before) !== JSON.stringify(next[field.name])) body[field.name] = next[field.name];
  }
  const customFields = toUpdateCustomValues(definitions, account.customFields, values.customFields);
  if (customFields) body.customFields = customFields;
  return body as UpdateAccountBody;
}
