import { z } from 'zod';
import { ATTITUDES, BUYING_ROLES, DECISION_STYLES, INFLUENCE_MAX, INFLUENCE_MIN } from '../../../domain/contacts/lists.ts';
import { pageQuery } from '../../lib/pagination.ts';
import { optionalText, phone, text } from '../../lib/schemas.ts';


export const contactFields = {
  name: text(100),
  title: optionalText(100),
  department: optionalText(100),
  phone,
  mobile: phone,
  email: z.email().max(200).nullable().optional(),
  wechat: optionalText(100),
  education: optionalText(200),
  birthDate: z.iso.date().nullable().optional(),
  hobbies: optionalText(1000),
  family: optionalText(1000),
  background: optionalText(2000),
  relationshipToUs: optionalText(1000),
  buyingRole: z.enum(BUYING_ROLES).nullable().optional(),
  decisionStyle: z.enum(DECISION_STYLES).nullable().optional(),
  attitude: z.enum(ATTITUDES).nullable().optional(),
  influence: z.number().int().min(INFLUENCE_MIN).max(INFLUENCE_MAX).nullable().optional(),
  vestedInterests: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
  reportsToId: z.uuid().nullable().optional(),
  isLeft: z.boolean().optional(),
  leftOn: z.iso.date().nullable().optional(),
  successorId: z.uuid().nullable().optional(),
  notes: optionalText(5000),
};

export const createContactBody = z.strictObject(contactFields);
export const updateContactBody = z.strictObject({ version: z.number().int().min(1), ...contactFields, name: text(100).optional() });
export type ContactInput = z.infer<typeof createContactBody>;
export type UpdateContactInput = z.infer<typeof updateContactBody>;

const s = z.string().nullable();
export const relationshipSchema = z.object({ userId: z.uuid(), name: z.string(), strength: z.number().int(), note: s });

export const contactSchema = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    accountName: z.string(),
    name: z.string(),
    title: s,
    department: s,
    phone: s,
    mobile: s,
    email: s,
    wechat: s,
    education: s,
    birthDate: s,
    hobbies: s,
    family: s,
    background: s,
    relationshipToUs: s,
    buyingRole: s,
    decisionStyle: s,
    attitude: s,
    influence: z.number().int().nullable(),
    vestedInterests: z.array(z.string()),
    reportsToId: z.uuid().nullable(),
    isLeft: z.boolean(),
    leftOn: s,
    successorId: z.uuid().nullable(),
    notes: s,
    relationships: z.array(relationshipSchema),
    createdAt: z.date(),
    updatedAt: z.date(),
    version: z.number().int(),
  })
  .meta({ id: 'Contact' });

export const listContactsQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(100).optional(),
  accountId: z.uuid().optional(),
  buyingRole: z.enum(BUYING_ROLES).optional(),
  attitude: z.enum(ATTITUDES).optional(),
  includeLeft: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type ListContactsQuery = z.infer<typeof listContactsQuery>;
