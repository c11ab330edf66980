import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_POLICIES, quarterProgress, servicePolicyFor } from './service-levels.ts';

const policy = (grade: string) => {
  const found = servicePolicyFor(grade);
  if (!found) throw new Error(`no policy for ${grade}`);
  return found;
};

describe('service level by grade', () => {
  it('serves higher grades more closely', () => {
    expect(DEFAULT_SERVICE_POLICIES.map((p) => [p.grade, p.visitsPerQuarter, p.planDepth, p.isExecutiveSponsorRequired, p.reviewCadence])).toEqual([
      ['A', 6, 'full', true, 'monthly'],
      ['B', 3, 'standard', false, 'quarterly'],
      ['C', 1, 'brief', false, 'half_yearly'],
      ['D', 0, 'none', false, 'yearly'],
    ]);
    expect(servicePolicyFor('D')?.contactMode).toBe('remote');
    expect(servicePolicyFor('Z')).toBeUndefined();
  });

  it('shows a grade A account with 2 of 6 visits in mid-quarter as behind', () => {
    // Q2 has 91 days; 2025-05-16 is day 46: 6 × 46 / 91 = 3.03 → 3 visits expected by now
    const progress = quarterProgress(policy('A'), { visitsDone: 2, hasPlan: true, hasExecutiveSponsor: true }, '2025-05-16');
    expect(progress).toEqual({
      quarter: { from: '2025-04-01', to: '2025-06-30', label: '2025-Q2' },
      visits: { required: 6, done: 2, remaining: 4, percent: 33.33, expectedByNow: 3 },
      gaps: ['visits_behind'],
    });
  });

  it('is on pace when visits done equal the visits expected by now', () => {
    expect(quarterProgress(policy('A'), { visitsDone: 3, hasPlan: true, hasExecutiveSponsor: true }, '2025-05-16').gaps).toEqual([]);
    // day 1 of the quarter: 6 × 1 / 91 → 0 expected
    expect(quarterProgress(policy('A'), { visitsDone: 0, hasPlan: true, hasExecutiveSponsor: true }, '2025-04-01').visits.expectedByNow).toBe(0);
    // last day: all 6 expected
    expect(quarterProgress(policy('A'), { visitsDone: 5, hasPlan: true, hasExecutiveSponsor: true }, '2025-06-30')).toMatchObject({
      visits: { expectedByNow: 6, remaining: 1 },
      gaps: ['visits_behind'],
    });
  });

  it('flags a missing plan and a missing executive sponsor where the grade needs them', () => {
    const a = quarterProgress(policy('A'), { visitsDone: 6, hasPlan: false, hasExecutiveSponsor: false }, '2025-05-16');
    expect(a.gaps).toEqual(['plan_missing', 'sponsor_missing']);
    const b = quarterProgress(policy('B'), { visitsDone: 1, hasPlan: true, hasExecutiveSponsor: false }, '2025-05-16');
    expect(b.gaps).toEqual([]);
    const d = quarterProgress(policy('D'), { visitsDone: 0, hasPlan: false, hasExecutiveSponsor: false }, '2025-05-16');
    expect(d).toMatchObject({ visits: { required: 0, percent: 100, remaining: 0 }, gaps: [] });
  });

  it('reports more visits than required above 100 %', () => {
    expect(quarterProgress(policy('C'), { visitsDone: 2, hasPlan: true, hasExecutiveSponsor: false }, '2025-02-01').visits).toMatchObject({ percent: 200, remaining: 0 });
  });
});
