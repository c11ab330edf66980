import { z } from 'zod';
import { CONTACT_MODES, POLICY_LIMITS } from '../../../domain/grading/grading-policies.ts';
import { QUADRANTS, STRATEGIES } from '../../../domain/grading/quadrant.ts';
import { PLAN_DEPTHS, REVIEW_CADENCES } from '../../../domain/grading/service-levels.ts';
import { text } from '../../lib/schemas.ts';

// GRD-3 / GRD-4 API shapes: the service level of each grade and the strategy template of each
// quadrant. The body is checked here for types and sizes; the rules across rows (a grade once,
// one template per quadrant with its seed strategy) are the domain's validateGradingPolicies().
const bilingual = (max: number) => z.strictObject({ 'zh-CN': text(max), 'en-US': text(max) });
const items = (min: number) => z.array(bilingual(POLICY_LIMITS.itemText)).min(min).max(POLICY_LIMITS.items);

const servicePolicyBody = z.strictObject({
  grade: text(POLICY_LIMITS.gradeName),
  visitsPerQuarter: z.number().int().min(0).max(POLICY_LIMITS.visitsPerQuarter),
  planDepth: z.enum(PLAN_DEPTHS),
  isExecutiveSponsorRequired: z.boolean(),
  reviewCadence: z.enum(REVIEW_CADENCES),
  contactMode: z.enum(CONTACT_MODES),
});

const strategyTemplateBody = z.strictObject({
  quadrant: z.enum(QUADRANTS),
  strategy: z.enum(STRATEGIES),
  quadrantName: bilingual(POLICY_LIMITS.name),
  strategyName: bilingual(POLICY_LIMITS.name),
  actions: items(1),
  reasons: items(0),
});

export const savePoliciesBody = z.strictObject({
  servicePolicies: z.array(servicePolicyBody).max(POLICY_LIMITS.grades),
  strategyTemplates: z.array(strategyTemplateBody).max(QUADRANTS.length),
  version: z.number().int().min(0),
});
export type SavePoliciesInput = z.infer<typeof savePoliciesBody>;

// Responses: plain shapes (no trimming or refinements), named for the generated client.
const localizedText = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

export const servicePolicySchema = z
  .object({
    grade: z.string(),
    visitsPerQuarter: z.number().int(),
    planDepth: z.enum(PLAN_DEPTHS),
    isExecutiveSponsorRequired: z.boolean(),
    reviewCadence: z.enum(REVIEW_CADENCES),
    contactMode: z.enum(CONTACT_MODES),
  })
  .meta({ id: 'ServicePolicy' });

export const strategyTemplateSchema = z
  .object({
    quadrant: z.enum(QUADRANTS),
    strategy: z.enum(STRATEGIES),
    quadrantName: localizedText,
    strategyName: localizedText,
    actions: z.array(localizedText),
    reasons: z.array(localizedText),
  })
  .meta({ id: 'StrategyTemplate' });

export const gradingPoliciesSchema = z
  .object({
    servicePolicies: z.array(servicePolicySchema),
    strategyTemplates: z.array(strategyTemplateSchema),
    // 0 until an administrator first saves: the defaults.
    version: z.number().int(),
  })
  .meta({ id: 'GradingPolicies' });

// What an account's grade and quadrant ask of its account manager. Visits done this quarter come
// with visit records (a later module); this answer holds what is required.
export const serviceLevelSchema = z
  .object({
    accountId: z.uuid(),
    grade: z.string().nullable(),
    quadrant: z.enum(QUADRANTS).nullable(),
    gradedAt: z.date().nullable(),
    // Null when the account has no grade, or its grade has no policy in the table.
    servicePolicy: servicePolicySchema.nullable(),
    strategyTemplate: strategyTemplateSchema.nullable(),
  })
  .meta({ id: 'AccountServiceLevel' });
