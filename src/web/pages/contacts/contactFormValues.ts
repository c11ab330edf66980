import dayjs, { type Dayjs } from 'dayjs';
import type { CreateContactBody, RelationshipsBody, UpdateContactBody } from '../../api/contacts.queries.ts';
import type { Contact } from '../../api/types.ts';

// The contact form (ARC-2) ↔ the API: trimmed texts with empty as null, ISO dates, and only the
// changed fields (with the version read) on edit. "Our people who know them" are saved apart.
export const CONTACT_TEXT_FIELDS = [
  'name',
  'title',
  'department',
  'phone',
  'mobile',
  'email',
  'wechat',
  'education',
  'hobbies',
  'family',
  'background',
  'relationshipToUs',
  'notes',
] as const;
const CONTACT_CHOICE_FIELDS = ['buyingRole', 'decisionStyle', 'attitude', 'influence', 'reportsToId', 'successorId'] as const;
const CONTACT_DATE_FIELDS = ['birthDate', 'leftOn'] as const;

export type RelationshipValue = { userId: string | null; strength: number; note?: string | null };

export type ContactFormValues = Record<string, unknown> & { vestedInterests?: string[]; relationships?: RelationshipValue[]; isLeft?: boolean };

export function toContactFormValues(contact: Contact): ContactFormValues {
  return {
    ...Object.fromEntries(CONTACT_TEXT_FIELDS.map((f) => [f, contact[f] ?? ''])),
    ...Object.fromEntries(CONTACT_CHOICE_FIELDS.map((f) => [f, contact[f] ?? null])),
    ...Object.fromEntries(CONTACT_DATE_FIELDS.map((f) => [f, contact[f] ? dayjs(contact[f]) : null])),
    vestedInterests: contact.vestedInterests,
    isLeft: contact.isLeft,
    relationships: contact.relationships.map((r) => ({ userId: r.userId, strength: r.strength, note: r.note ?? '' })),
  };
}

function toFields(values: ContactFormValues): Record<string, unknown> {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
  return {
    ...Object.fromEntries(CONTACT_TEXT_FIELDS.filter((f) => f in values).map((f) => [f, text(values[f])])),
    ...Object.fromEntries(CONTACT_CHOICE_FIELDS.filter((f) => f in values).map((f) => [f, values[f] ?? null])),
    ...Object.fromEntries(
      CONTACT_DATE_FIELDS.filter((f) => f in values).map((f) => [f, dayjs.isDayjs(values[f]) ? (values[f] as Dayjs).format('YYYY-MM-DD') : null]),
    ),
    ...(values.vestedInterests ? { vestedInterests: [...new Set(values.vestedInterests.map((v) => v.trim()).filter(Boolean))] } : {}),
    ...('isLeft' in values ? { isLeft: Boolean(values.isLeft) } : {}),
  };
}

export function toCreateContactBody(values: ContactFormValues): CreateContactBody {
  const fields = toFields(values);
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0) && v !== false)) as CreateContactBody;
}

export function toUpdateContactBody(contact: Contact, values: ContactFormValues): UpdateContactBody {
  const fields = toFields(values);
  const body: Record<string, unknown> = { version: contact.version };
  for (const [key, value] of Object.entries(fields)) {
    const before = (contact as Record<string, unknown>)[key] ?? null;
    if (JSON.stringify(before) !== JSON.stringify(value)) body[key] = value;
  }
  return body as UpdateContactBody;
}

// The links to send, or null when they did not change (no request needed).
export function toRelationshipsBody(contact: Contact | null, values: RelationshipValue[] | undefined): RelationshipsBody | null {
  const links = (values ?? [])
    .filter((link): link is RelationshipValue & { userId: string } => Boolean(link.userId))
    .filter((link, index, all) => all.findIndex((other) => other.userId === link.userId) === index)
    .map((link) => ({ userId: link.userId, strength: link.strength, note: link.note?.trim() || null }));
  const before = (contact?.relationships ?? []).map((r) => ({ userId: r.userId, strength: r.strength, note: r.note ?? null }));
  return JSON.stringify(before) === JSON.stringify(links) ? null : { links };
}
