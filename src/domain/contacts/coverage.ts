import type { Attitude, BuyingRole } from './lists.ts';

// ARC-3 coverage rule (seed 004): a key account needs 3–5 contacts; fewer is single-threaded
// risk. A key account also needs an identified decision maker and at least one supporter.
export const MIN_ACTIVE_CONTACTS = 3;

export type CoverageContact = { isLeft: boolean; buyingRole: BuyingRole | null; attitude: Attitude | null };

export type CoverageGap = 'few_contacts' | 'no_decision_maker' | 'no_supporter';

export function coverageGaps(contacts: readonly CoverageContact[]): CoverageGap[] {
  const active = contacts.filter((c) => !c.isLeft);
  const gaps: CoverageGap[] = [];
  if (active.length < MIN_ACTIVE_CONTACTS) gaps.push('few_contacts');
  if (!active.some((c) => c.buyingRole === 'decision_maker' || c.buyingRole === 'economic_buyer')) gaps.push('no_decision_maker');
  if (!active.some((c) => c.attitude === 'supporter')) gaps.push('no_supporter');
  return gaps;
}
