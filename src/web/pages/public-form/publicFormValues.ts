import dayjs, { type Dayjs } from 'dayjs';
import type { FormSubmissionBody } from '../../api/forms.queries.ts';
import { ACCOUNT_FIELDS, type AccountField } from '../accounts/accountFields.ts';

// The customer's form (客户资料表, ARC-8): the fields the server sends, in the archive's order,
// prefilled; on sending, only what the customer changed goes back (plus new contacts), so the
// owner reviews real changes.
type Value = string | number | null;
export type PublicContact = { name: string; title?: string; department?: string; mobile?: string; email?: string };
export type PublicFormValues = Record<string, unknown> & { contacts?: PublicContact[] };

export const publicFormFields = (fields: Record<string, Value>): AccountField[] => ACCOUNT_FIELDS.filter((field) => field.name in fields);

export function toPublicFormValues(fields: Record<string, Value>): PublicFormValues {
  return Object.fromEntries(
    publicFormFields(fields).map((field) => {
      const raw = fields[field.name];
      return [field.name, raw === null ? null : field.kind === 'date' ? dayjs(String(raw)) : raw];
    }),
  );
}

const normalise = (field: AccountField, value: unknown): Value => {
  if (value === null || value === undefined) return null;
  if (field.kind === 'date') return dayjs.isDayjs(value) ? (value as Dayjs).format('YYYY-MM-DD') : null;
  if (field.kind === 'money' || field.kind === 'count') return typeof value === 'number' ? Math.round(value) : null;
  if (field.kind === 'creditCode') return String(value).normalize('NFKC').replace(/[\s\-_]/g, '').toUpperCase() || null;
  const text = String(value).trim();
  return text === '' ? null : text;
};

const text = (value: string | undefined) => (value && value.trim() !== '' ? value.trim() : null);

export function toSubmission(initial: Record<string, Value>, values: PublicFormValues): FormSubmissionBody {
  const body: Record<string, unknown> = {};
  for (const field of publicFormFields(initial)) {
    const next = normalise(field, values[field.name]);
    if (next !== (initial[field.name] ?? null)) body[field.name] = next;
  }
  // The company name cannot be emptied from the form.
  if (body.name === null) delete body.name;
  const contacts = (values.contacts ?? [])
    .filter((c) => c && c.name && c.name.trim() !== '')
    .map((c) => ({ name: c.name.trim(), title: text(c.title), department: text(c.department), mobile: text(c.mobile), email: text(c.email) }));
  if (contacts.length > 0) body.contacts = contacts;
  return body as FormSubmissionBody;
}
