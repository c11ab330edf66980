import { z } from 'zod';
import { CUSTOMER_TYPES, INDUSTRIES, LIFECYCLE_STAGES, OWNERSHIP_TYPES, REGIONS, ACCOUNT_TEAM_ROLES } from '../../../domain/accounts/lists.ts';
import { pageQuery } from '../../lib/pagination.ts';
import { booleanQuery, CLEAN_TEXT_MESSAGE, isCleanText, optionalText, phone, text } from '../../lib/schemas.ts';
import { creditCodeSchema } from './credit-code.schema.ts';
import { QUADRANTS } from '../../../domain/grading/quadrant.ts';

export const REVIEW_STATUSES = ['draft', 'submitted', 'reviewed', 'returned'] as const;

const isoDate = z.iso.date().nullable().optional();
const fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional();
const count = z.number().int().min(0).max(10_000_000).nullable().optional();
const tag = z.string().trim().min(1).max(30);

// Writable fields of an account. Owner, team and version are not here: owners change only by
// transfer (handover), and the version travels separately.
export const accountFields = {
  name: text(200),
  creditCode: creditCodeSchema.nullable().optional(),
  parentId: z.uuid().nullable().optional(),
  address: optionalText(300),
  postcode: z.string().trim().regex(/^$|^\d{6}$/, 'six digits').transform((s) => s || null).nullable().optional(),
  phone,
  fax: phone,
  email: z.email().max(200).nullable().optional(),
  website: optionalText(300),
  foundedOn: isoDate,
  registeredCapitalFen: fen,
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
  mainShareholders: optionalText(1000),
  bankName: optionalText(200),
  bankAccount: z.string().trim().max(40).regex(/^[\d\s-]*$/, 'digits only').transform((s) => s || null).nullable().optional(),
  legalRepresentative: optionalText(100),
  employeesTotal: count,
  employeesDomestic: count,
  employeesForeign: count,
  annualRevenueFen: fen,
  mainBusiness: optionalText(2000),
  serviceArea: optionalText(1000),
  salesCapability: optionalText(2000),
  developmentPotential: optionalText(2000),
  culture: optionalText(2000),
  businessPolicy: optionalText(2000),
  managementStyle: optionalText(2000),
  firstPurchaseOn: isoDate,
  firstContactOn: isoDate,
  industry: z.enum(INDUSTRIES).nullable().optional(),
  region: z.enum(REGIONS).nullable().optional(),
  ownership: z.enum(OWNERSHIP_TYPES).nullable().optional(),
  customerType: z.enum(CUSTOMER_TYPES).nullable().optional(),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
  tags: z.array(tag).max(30).optional(),
  executiveSponsorId: z.uuid().nullable().optional(),
};

// Values of the administrator's custom fields, by key; checked against their definitions in the service.
const customText = z.string().max(2000).refine(isCleanText, CLEAN_TEXT_MESSAGE);
const customValue = z.union([customText, z.number(), z.boolean(), z.array(customText).max(100), z.null()]);
const customFieldsBody = z.record(z.string().max(40), customValue).optional();

export const createAccountBody = z.strictObject({
  ...accountFields,
  customFields: customFieldsBody,
  // Managers and above may create an account for someone else; others own what they create.
  ownerId: z.uuid().optional(),
});
export const updateAccountBody = z.strictObject({ version: z.number().int().min(1), ...accountFields, name: text(200).optional(), customFields: customFieldsBody });

export type CreateAccountInput = z.infer<typeof createAccountBody>;
export type UpdateAccountInput = z.infer<typeof updateAccountBody>;

const nullableString = z.string().nullable();
export const accountSchema = z
  .object({
    id: z.uuid(),
    archiveNo: z.string(),
    builtOn: z.string(),
    name: z.string(),
    creditCode: nullableString,
    parentId: z.uuid().nullable(),
    parentName: nullableString,
    address: nullableString,
    postcode: nullableString,
    phone: nullableString,
    fax: nullableString,
    email: nullableString,
    website: nullableString,
    foundedOn: nullableString,
    registeredCapitalFen: z.number().nullable(),
    currency: z.string(),
    mainShareholders: nullableString,
    bankName: nullableString,
    bankAccount: nullableString,
    legalRepresentative: nullableString,
    employeesTotal: z.number().nullable(),
    employeesDomestic: z.number().nullable(),
    employeesForeign: z.number().nullable(),
    annualRevenueFen: z.number().nullable(),
    mainBusiness: nullableString,
    serviceArea: nullableString,
    salesCapability: nullableString,
    developmentPotential: nullableString,
    culture: nullableString,
    businessPolicy: nullableString,
    managementStyle: nullableString,
    firstPurchaseOn: nullableString,
    firstContactOn: nullableString,
    industry: nullableString,
    region: nullableString,
    ownership: nullableString,
    customerType: nullableString,
    lifecycleStage: z.string(),
    tags: z.array(z.string()),
    completeness: z.number().int(),
    completenessMissing: z.array(z.string()),
    reviewStatus: z.string(),
    reviewComment: nullableString,
    submittedAt: z.date().nullable(),
    reviewedAt: z.date().nullable(),
    // GRD-4: from the account's latest evaluation with a grade model and with a matrix model.
    currentGrade: nullableString,
    currentQuadrant: nullableString,
    gradedAt: z.date().nullable(),
    ownerId: z.uuid().nullable(),
    ownerName: nullableString,
    executiveSponsorId: z.uuid().nullable(),
    executiveSponsorName: nullableString,
    createdAt: z.date(),
    updatedAt: z.date(),
    version: z.number().int(),
  })
  .meta({ id: 'Account' });

export const teamMemberSchema = z
  .object({ userId: z.uuid(), name: z.string(), username: z.string(), role: z.enum(ACCOUNT_TEAM_ROLES), addedAt: z.date() })
  .meta({ id: 'AccountTeamMember' });

export const accountDetailSchema = accountSchema
  .extend({
    team: z.array(teamMemberSchema),
    childCount: z.number().int(),
    customFields: z.record(z.string(), customValue),
    // What the viewer may do with it, so the UI offers only that (the API checks again).
    can: z.object({ edit: z.boolean(), delete: z.boolean(), transfer: z.boolean(), review: z.boolean() }),
    // Why the viewer may see it: owner, team, chain, grant or all (director/admin).
    access: z.enum(['all', 'owner', 'team', 'chain', 'grant']),
    // ARC-4 timeliness: built within a week of first contact (null: first contact unknown), updated this quarter.
    checks: z.object({ builtInTime: z.boolean().nullable(), updatedThisQuarter: z.boolean() }),
  })
  .meta({ id: 'AccountDetail' });

export const listAccountsQuery = z.object({
  ...pageQuery,
  q: z.string().trim().max(100).optional(),
  ownerId: z.uuid().optional(),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
  industry: z.enum(INDUSTRIES).optional(),
  region: z.enum(REGIONS).optional(),
  ownership: z.enum(OWNERSHIP_TYPES).optional(),
  customerType: z.enum(CUSTOMER_TYPES).optional(),
  tag: tag.optional(),
  parentId: z.uuid().optional(),
  updatedSince: z.coerce.date().optional(),
  mine: booleanQuery.optional(),
  reviewStatus: z.enum(REVIEW_STATUSES).optional(),
  completenessBelow: z.coerce.number().int().min(1).max(101).optional(),
  grade: text(20).optional(),
  quadrant: z.enum(QUADRANTS).optional(),
  // Accounts whose owner is disabled (or missing): the "to reassign" list of ARC-4.
  toReassign: booleanQuery.optional(),
});
export type ListAccountsQuery = z.infer<typeof listAccountsQuery>;

export const batchUpdateBody = z.strictObject({
  accountIds: z.array(z.uuid()).min(1).max(1000),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
  addTags: z.array(tag).max(10).optional(),
  removeTags: z.array(tag).max(10).optional(),
});
export type BatchUpdateInput = z.infer<typeof batchUpdateBody>;
