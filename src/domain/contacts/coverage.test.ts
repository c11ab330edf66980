import { describe, expect, it } from 'vitest';
import { coverageGaps, type CoverageContact } from './coverage.ts';

const c = (extra: Partial<CoverageContact> = {}): CoverageContact => ({ isLeft: false, buyingRole: 'user', attitude: 'neutral', ...extra });

describe('relationship coverage', () => {
  it('flags an account with no contacts for every gap', () => {
    expect(coverageGaps([])).toEqual(['few_contacts', 'no_decision_maker', 'no_supporter']);
  });

  it('is satisfied by three active contacts with a decision maker and a supporter', () => {
    expect(coverageGaps([c({ buyingRole: 'decision_maker' }), c({ attitude: 'supporter' }), c()])).toEqual([]);
  });

  it('does not count contacts who left the company', () => {
    const contacts = [c({ buyingRole: 'decision_maker', isLeft: true }), c({ attitude: 'supporter' }), c(), c()];
    expect(coverageGaps(contacts)).toEqual(['no_decision_maker']);
    expect(coverageGaps([c({ buyingRole: 'decision_maker' }), c({ attitude: 'supporter' }), c({ isLeft: true })])).toEqual(['few_contacts']);
  });

  it('accepts the economic buyer as the decision maker', () => {
    expect(coverageGaps([c({ buyingRole: 'economic_buyer', attitude: 'supporter' }), c(), c()])).toEqual([]);
  });
});
