import { describe, expect, it } from 'vitest';
import { archiveCompleteness, builtInTime, DEFAULT_CHECKLIST, quarterOf, updatedThisQuarter, type ArchiveFacts } from './completeness.ts';

const empty: ArchiveFacts = { fields: {}, activeContacts: 0, hasDecisionMaker: false, hasOrgChart: false };

describe('archive completeness', () => {
  it('is 0 for an empty archive and lists every missing item', () => {
    const result = archiveCompleteness(empty);
    expect(result.score).toBe(0);
    expect(result.missing).toHaveLength(DEFAULT_CHECKLIST.length);
  });

  it('is 100 when every item is satisfied', () => {
    const fields = Object.fromEntries(DEFAULT_CHECKLIST.filter((i) => i.kind === 'field').map((i) => [(i as { field: string }).field, 'x']));
    expect(archiveCompleteness({ fields, activeContacts: 3, hasDecisionMaker: true, hasOrgChart: true })).toEqual({ score: 100, missing: [] });
  });

  it('counts zero as filled but empty strings and empty lists as missing', () => {
    const checklist = [
      { id: 'employeesTotal', kind: 'field' as const, field: 'employeesTotal' },
      { id: 'phone', kind: 'field' as const, field: 'phone' },
      { id: 'tags', kind: 'field' as const, field: 'tags' },
    ];
    const result = archiveCompleteness({ ...empty, fields: { employeesTotal: 0, phone: '', tags: [] } }, checklist);
    expect(result).toEqual({ score: 33, missing: ['phone', 'tags'] });
  });

  it('needs three active contacts by default', () => {
    const only = [{ id: 'contacts' as const, kind: 'contacts' as const, min: 3 }];
    expect(archiveCompleteness({ ...empty, activeContacts: 2 }, only).score).toBe(0);
    expect(archiveCompleteness({ ...empty, activeContacts: 3 }, only).score).toBe(100);
  });
});

describe('archive timeliness', () => {
  it('checks the archive was built within a week of first contact', () => {
    expect(builtInTime('2026-11-01', '2026-11-08')).toBe(true);
    expect(builtInTime('2026-11-01', '2026-11-09')).toBe(false);
    expect(builtInTime(null, '2026-11-09')).toBeNull();
  });

  it('knows calendar quarters', () => {
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(updatedThisQuarter('2026-10-01', '2026-12-31')).toBe(true);
    expect(updatedThisQuarter('2026-09-30', '2026-10-01')).toBe(false);
  });
});
