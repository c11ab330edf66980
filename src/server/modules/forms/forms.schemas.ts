import { z } from 'zod';
import { accountFields } from '../accounts/accounts.schemas.ts';
import { optionalText, phone, text } from '../../lib/schemas.ts';

// The fields of the customer data form (客户资料表): basic and business data the customer knows
// about itself. Internal assessments (potential, culture, stage, owner…) are never on it.
export const FORM_FIELDS = [
  'name',
  'creditCode',
  'address',
  'postcode',
  'phone',
  'fax',
  'email',
  'website',
  'foundedOn',
  'registeredCapitalFen',
  'mainShareholders',
  'bankName',
  'bankAccount',
  'legalRepresentative',
  'employeesTotal',
  'employeesDomestic',
  'employeesForeign',
  'mainBusiness',
  'serviceArea',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

const pick = <K extends FormField>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, accountFields[k]])) as Pick<typeof accountFields, K>;

export const formContactSchema = z.strictObject({
  name: text(100),
  title: optionalText(100),
  department: optionalText(100),
  mobile: phone,
  email: z.email().max(200).nullable().optional(),
});

export const formSubmissionBody = z.strictObject({
  ...pick(FORM_FIELDS),
  name: text(200).optional(),
  contacts: z.array(formContactSchema).max(10).optional(),
});
export type FormSubmission = z.infer<typeof formSubmissionBody>;

const value = z.union([z.string(), z.number(), z.null()]);
export const publicFormSchema = z
  .object({ accountName: z.string(), expiresAt: z.date(), fields: z.record(z.string(), value) })
  .meta({ id: 'CustomerForm' });

export const formLinkSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(['open', 'submitted', 'accepted', 'dismissed']),
    createdAt: z.date(),
    expiresAt: z.date(),
    submittedAt: z.date().nullable(),
    // Field by field: what the archive says now and what the customer sent.
    changes: z.array(z.object({ field: z.string(), current: value, submitted: value })),
    // Plain output shape: response schemas carry no transforms (they are encoded, not parsed).
    contacts: z.array(z.object({ name: z.string(), title: value.optional(), department: value.optional(), mobile: value.optional(), email: value.optional() })),
  })
  .meta({ id: 'CustomerFormLink' });
