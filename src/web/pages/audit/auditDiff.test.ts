import { describe, expect, it } from 'vitest';
import { auditChanges, formatAuditValue } from './auditDiff.ts';

describe('auditChanges', () => {
  it('lists the fields an update changed', () => {
    expect(auditChanges({ role: 'account_manager', teamId: null }, { role: 'manager', teamId: 't1' })).toEqual([
      { field: 'role', before: 'account_manager', after: 'manager' },
      { field: 'teamId', before: null, after: 't1' },
    ]);
  });

  it('shows a created record as values coming from nothing, without bookkeeping columns', () => {
    expect(auditChanges(null, { id: 'u1', name: '张三', version: 1, createdAt: '2025-01-01' })).toEqual([
      { field: 'name', before: null, after: '张三' },
    ]);
  });

  it('lists a user in reading order whatever order the database returned', () => {
    const fields = auditChanges(null, { role: 'finance', locale: 'zh-CN', username: 'li', name: '李', zeta: 1 }).map((c) => c.field);
    expect(fields).toEqual(['username', 'name', 'role', 'locale', 'zeta']);
  });

  it('gives nothing for entries without data (a login)', () => {
    expect(auditChanges(null, null)).toEqual([]);
  });
});

describe('formatAuditValue', () => {
  it('shows empty values as a dash and objects as JSON', () => {
    expect(formatAuditValue(null)).toBe('—');
    expect(formatAuditValue(false)).toBe('false');
    expect(formatAuditValue({ a: 1 })).toBe('{"a":1}');
  });
});
