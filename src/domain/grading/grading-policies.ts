import type { Locale, LocalizedText } from './model.ts';
import { QUADRANTS, STRATEGY_OF } from './quadrant.ts';
import { DEFAULT_SERVICE_POLICIES, PLAN_DEPTHS, REVIEW_CADENCES, type ServicePolicy } from './service-levels.ts';
import { STRATEGY_TEMPLATES, type StrategyTemplate } from './strategy-templates.ts';

// GRD-3 / GRD-4 as one configuration an administrator edits: the service level of each grade and
// the strategy template of each quadrant of the screening matrix. Grade names come from the grade
// models (A/B/C/D or custom), so the policy table is keyed by the grade's name.
export type GradingPolicies = { servicePolicies: ServicePolicy[]; strategyTemplates: StrategyTemplate[] };

export const DEFAULT_GRADING_POLICIES: GradingPolicies = {
  servicePolicies: [...DEFAULT_SERVICE_POLICIES],
  strategyTemplates: [...STRATEGY_TEMPLATES],
};

export const CONTACT_MODES = ['in_person', 'remote'] as const;

// Limits of the table: a visit a day at most (a quarter has 90–92 days), short names, and
// strategy texts of a few sentences each.
export const POLICY_LIMITS = {
  grades: 20,
  gradeName: 20,
  visitsPerQuarter: 90,
  name: 30,
  items: 10,
  itemText: 500,
} as const;

const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

// `code` lets the settings page say it in the user's language; `message` is the API's English.
export const POLICY_ERROR_CODES = [
  'TOO_MANY_GRADES',
  'GRADE_NAME_LENGTH',
  'DUPLICATE_GRADE',
  'VISITS_OUT_OF_RANGE',
  'NOT_IN_LIST',
  'TEXT_LENGTH',
  'ENTRIES_COUNT',
  'DUPLICATE_QUADRANT',
  'WRONG_STRATEGY',
  'TEMPLATE_MISSING',
] as const;
export type PolicyErrorCode = (typeof POLICY_ERROR_CODES)[number];
export type PolicyError = { path: string; code: PolicyErrorCode; message: string };

function servicePolicyErrors(policies: readonly ServicePolicy[]): PolicyError[] {
  const errors: PolicyError[] = [];
  if (policies.length > POLICY_LIMITS.grades) errors.push({ path: 'servicePolicies', code: 'TOO_MANY_GRADES', message: `at most ${POLICY_LIMITS.grades} grades` });
  const seen = new Set<string>();
  policies.forEach((policy, i) => {
    const path = `servicePolicies.${i}`;
    const grade = policy.grade.trim();
    if (grade === '' || grade.length > POLICY_LIMITS.gradeName) errors.push({ path: `${path}.grade`, code: 'GRADE_NAME_LENGTH', message: `a grade name of 1 to ${POLICY_LIMITS.gradeName} characters` });
    else if (seen.has(grade)) errors.push({ path: `${path}.grade`, code: 'DUPLICATE_GRADE', message: `grade ${grade} appears twice` });
    seen.add(grade);
    if (!Number.isInteger(policy.visitsPerQuarter) || policy.visitsPerQuarter < 0 || policy.visitsPerQuarter > POLICY_LIMITS.visitsPerQuarter) {
      errors.push({ path: `${path}.visitsPerQuarter`, code: 'VISITS_OUT_OF_RANGE', message: `a whole number from 0 to ${POLICY_LIMITS.visitsPerQuarter}` });
    }
    if (!PLAN_DEPTHS.includes(policy.planDepth)) errors.push({ path: `${path}.planDepth`, code: 'NOT_IN_LIST', message: `one of ${PLAN_DEPTHS.join(', ')}` });
    if (!REVIEW_CADENCES.includes(policy.reviewCadence)) errors.push({ path: `${path}.reviewCadence`, code: 'NOT_IN_LIST', message: `one of ${REVIEW_CADENCES.join(', ')}` });
    if (!CONTACT_MODES.includes(policy.contactMode)) errors.push({ path: `${path}.contactMode`, code: 'NOT_IN_LIST', message: `one of ${CONTACT_MODES.join(', ')}` });
  });
  return errors;
}

function textErrors(text: LocalizedText, path: string, max: number): PolicyError[] {
  return LOCALES.flatMap((locale) => {
    const value = (text[locale] ?? '').trim();
    return value === '' || value.length > max ? [{ path: `${path}.${locale}`, code: 'TEXT_LENGTH' as const, message: `1 to ${max} characters` }] : [];
  });
}

function listErrors(items: readonly LocalizedText[], path: string, min: number): PolicyError[] {
  if (items.length < min || items.length > POLICY_LIMITS.items) return [{ path, code: 'ENTRIES_COUNT', message: `${min} to ${POLICY_LIMITS.items} entries` }];
  return items.flatMap((item, i) => textErrors(item, `${path}.${i}`, POLICY_LIMITS.itemText));
}

// Exactly one template per quadrant; the strategy of a quadrant is the seed's (核心→巩固 …): the
// wording is editable, the pairing is what the matrix means.
function templateErrors(templates: readonly StrategyTemplate[]): PolicyError[] {
  const errors: PolicyError[] = [];
  const seen = new Set<string>();
  templates.forEach((template, i) => {
    const path = `strategyTemplates.${i}`;
    if (!QUADRANTS.includes(template.quadrant)) errors.push({ path: `${path}.quadrant`, code: 'NOT_IN_LIST', message: `one of ${QUADRANTS.join(', ')}` });
    else if (seen.has(template.quadrant)) errors.push({ path: `${path}.quadrant`, code: 'DUPLICATE_QUADRANT', message: `quadrant ${template.quadrant} appears twice` });
    else if (template.strategy !== STRATEGY_OF[template.quadrant]) {
      errors.push({ path: `${path}.strategy`, code: 'WRONG_STRATEGY', message: `the strategy of ${template.quadrant} is ${STRATEGY_OF[template.quadrant]}` });
    }
    seen.add(template.quadrant);
    errors.push(...textErrors(template.quadrantName, `${path}.quadrantName`, POLICY_LIMITS.name));
    errors.push(...textErrors(template.strategyName, `${path}.strategyName`, POLICY_LIMITS.name));
    errors.push(...listErrors(template.actions, `${path}.actions`, 1));
    errors.push(...listErrors(template.reasons, `${path}.reasons`, 0));
  });
  const missing = QUADRANTS.filter((quadrant) => !seen.has(quadrant));
  if (missing.length > 0) errors.push({ path: 'strategyTemplates', code: 'TEMPLATE_MISSING', message: `a template for ${missing.join(', ')} is missing` });
  return errors;
}

// Empty means the policies can be saved.
export function validateGradingPolicies(policies: GradingPolicies): PolicyError[] {
  return [...servicePolicyErrors(policies.servicePolicies), ...templateErrors(policies.strategyTemplates)];
}
