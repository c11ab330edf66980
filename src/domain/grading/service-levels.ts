import { daysBetween, quarterOf, type CalendarQuarter } from './calendar.ts';
import { round2 } from './rounding.ts';

// GRD-4: a grade drives the service level — visit frequency, plan depth, who is involved, how
// often the account is reviewed. Defaults below; an administrator edits them per grade.
// Seed 000 (兼顾): small customers are too many to visit often and are reached by shows,
// mailings, a hotline and dealers — hence grade D has no visits and is served remotely.
export const PLAN_DEPTHS = ['full', 'standard', 'brief', 'none'] as const;
// full: every section of the account plan (PLN-1…); standard: profile, objectives and actions;
// brief: objectives and next actions only; none: no account plan.
export type PlanDepth = (typeof PLAN_DEPTHS)[number];

export const REVIEW_CADENCES = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type ReviewCadence = (typeof REVIEW_CADENCES)[number];

export type ServicePolicy = {
  grade: string;
  visitsPerQuarter: number;
  planDepth: PlanDepth;
  isExecutiveSponsorRequired: boolean;
  reviewCadence: ReviewCadence;
  contactMode: 'in_person' | 'remote';
};

export const DEFAULT_SERVICE_POLICIES: readonly ServicePolicy[] = [
  { grade: 'A', visitsPerQuarter: 6, planDepth: 'full', isExecutiveSponsorRequired: true, reviewCadence: 'monthly', contactMode: 'in_person' },
  { grade: 'B', visitsPerQuarter: 3, planDepth: 'standard', isExecutiveSponsorRequired: false, reviewCadence: 'quarterly', contactMode: 'in_person' },
  { grade: 'C', visitsPerQuarter: 1, planDepth: 'brief', isExecutiveSponsorRequired: false, reviewCadence: 'half_yearly', contactMode: 'in_person' },
  { grade: 'D', visitsPerQuarter: 0, planDepth: 'none', isExecutiveSponsorRequired: false, reviewCadence: 'yearly', contactMode: 'remote' },
];

export function servicePolicyFor(grade: string, policies: readonly ServicePolicy[] = DEFAULT_SERVICE_POLICIES): ServicePolicy | undefined {
  return policies.find((p) => p.grade === grade);
}

export type ServiceFacts = { visitsDone: number; hasPlan: boolean; hasExecutiveSponsor: boolean };

export type ServiceGap = 'visits_behind' | 'plan_missing' | 'sponsor_missing';

export type QuarterProgress = {
  quarter: CalendarQuarter;
  visits: {
    required: number;
    done: number;
    remaining: number;
    // done / required in percent (100 when none are required; may exceed 100).
    percent: number;
    // Visits that should be done by the reference date at an even pace (whole visits).
    expectedByNow: number;
  };
  gaps: ServiceGap[];
};

// Progress of this quarter's service for an account of the policy's grade, on a reference date.
// Behind means fewer visits than an even pace would have by now, counting the reference day:
// 6 a quarter, on day 46 of 91 → 3 expected; 2 done → visits_behind.
export function quarterProgress(policy: ServicePolicy, facts: ServiceFacts, referenceDate: string): QuarterProgress {
  const quarter = quarterOf(referenceDate);
  const elapsedDays = daysBetween(quarter.from, referenceDate) + 1;
  const quarterDays = daysBetween(quarter.from, quarter.to) + 1;
  const required = policy.visitsPerQuarter;
  const expectedByNow = Math.floor((required * elapsedDays) / quarterDays);
  const gaps: ServiceGap[] = [];
  if (facts.visitsDone < expectedByNow) gaps.push('visits_behind');
  if (policy.planDepth !== 'none' && !facts.hasPlan) gaps.push('plan_missing');
  if (policy.isExecutiveSponsorRequired && !facts.hasExecutiveSponsor) gaps.push('sponsor_missing');
  return {
    quarter,
    visits: {
      required,
      done: facts.visitsDone,
      remaining: Math.max(required - facts.visitsDone, 0),
      percent: required === 0 ? 100 : round2((facts.visitsDone / required) * 100),
      expectedByNow,
    },
    gaps,
  };
}
