import { describe, expect, it } from 'vitest';
import { todayIn } from './dates.ts';

describe('todayIn', () => {
  it('gives the calendar date in Shanghai and in a negative-offset zone', () => {
    const lateUtc = new Date('2026-11-23T17:30:00Z');
    expect(todayIn(lateUtc, 'Asia/Shanghai')).toBe('2026-11-24');
    expect(todayIn(lateUtc, 'America/Los_Angeles')).toBe('2026-11-23');
    expect(todayIn(new Date('2026-01-01T03:00:00Z'), 'America/Los_Angeles')).toBe('2025-12-31');
  });
});
