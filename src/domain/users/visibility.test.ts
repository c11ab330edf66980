import { describe, expect, it } from 'vitest';
import { canSeeAccount, subordinatesOf, visibilityReason, wouldCreateCycle, type Viewer } from './visibility.ts';

const managers = new Map<string, string | null>([
  ['director', null],
  ['m1', 'director'],
  ['s1a', 'm1'],
  ['s1b', 'm1'],
  ['m2', 'director'],
  ['s2', 'm2'],
]);
const viewer = (id: string, role: Viewer['role']): Viewer => ({ id, role, subordinateIds: subordinatesOf(id, managers) });
const account = (ownerId: string | null, extra: Partial<{ teamMemberIds: string[]; grants: { userId: string; expiresAt: Date }[] }> = {}) => ({
  ownerId,
  teamMemberIds: extra.teamMemberIds ?? [],
  grants: extra.grants ?? [],
});
const now = new Date('2026-11-23T08:00:00Z');

describe('account visibility', () => {
  it('lets the owner see their account', () => {
    expect(visibilityReason(viewer('s1a', 'account_manager'), account('s1a'), now)).toBe('owner');
  });

  it('hides a colleague\'s account from a specialist in the same team', () => {
    expect(canSeeAccount(viewer('s1b', 'account_manager'), account('s1a'), now)).toBe(false);
  });

  it('lets the owner\'s manager and the manager\'s manager see it (management chain)', () => {
    expect(visibilityReason(viewer('m1', 'manager'), account('s1a'), now)).toBe('chain');
    expect(visibilityReason(viewer('director', 'director'), account('s1a'), now)).toBe('all');
  });

  it('hides an account from a manager of another team', () => {
    expect(canSeeAccount(viewer('m2', 'manager'), account('s1a'), now)).toBe(false);
  });

  it('lets account-team members see it', () => {
    expect(visibilityReason(viewer('s2', 'account_manager'), account('s1a', { teamMemberIds: ['s2'] }), now)).toBe('team');
  });

  it('honours a read grant until it expires, not after', () => {
    const granted = account('s1a', { grants: [{ userId: 'b1', expiresAt: new Date('2026-11-24T00:00:00Z') }] });
    expect(visibilityReason(viewer('b1', 'back_office'), granted, now)).toBe('grant');
    expect(canSeeAccount(viewer('b1', 'back_office'), granted, new Date('2026-11-24T00:00:00Z'))).toBe(false);
  });

  it('lets admins see everything and no one else see an unowned account', () => {
    expect(visibilityReason(viewer('x', 'admin'), account(null), now)).toBe('all');
    expect(canSeeAccount(viewer('m1', 'manager'), account(null), now)).toBe(false);
  });
});

describe('management chain', () => {
  it('lists direct and indirect reports', () => {
    expect(subordinatesOf('director', managers).sort()).toEqual(['m1', 'm2', 's1a', 's1b', 's2']);
    expect(subordinatesOf('s1a', managers)).toEqual([]);
  });

  it('survives a loop in bad data', () => {
    const looped = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(subordinatesOf('a', looped)).toEqual(['b']);
  });

  it('detects a manager change that would create a loop', () => {
    expect(wouldCreateCycle('m1', 's1a', managers)).toBe(true);
    expect(wouldCreateCycle('m1', 'm1', managers)).toBe(true);
    expect(wouldCreateCycle('s1a', 'm2', managers)).toBe(false);
  });
});
