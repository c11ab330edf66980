import { afterEach, describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, quarterOf } from './calendar.ts';

const originalZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalZone;
});

describe.each(['Asia/Shanghai', 'America/Los_Angeles'])('calendar dates in %s', (zone) => {
  it('adds days across month and year ends', () => {
    process.env.TZ = zone;
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('adds months, clamping to the end of a shorter month', () => {
    process.env.TZ = zone;
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-07-01', -3)).toBe('2025-04-01');
    expect(addMonths('2025-01-15', -24)).toBe('2023-01-15');
  });

  it('finds the calendar quarter of a date', () => {
    process.env.TZ = zone;
    expect(quarterOf('2025-05-16')).toEqual({ from: '2025-04-01', to: '2025-06-30', label: '2025-Q2' });
    expect(quarterOf('2025-01-01')).toEqual({ from: '2025-01-01', to: '2025-03-31', label: '2025-Q1' });
    expect(quarterOf('2024-12-31')).toEqual({ from: '2024-10-01', to: '2024-12-31', label: '2024-Q4' });
  });

  it('counts days between dates', () => {
    process.env.TZ = zone;
    expect(daysBetween('2025-04-01', '2025-06-30')).toBe(90);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});

it('refuses what is not a calendar date', () => {
  expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  expect(() => quarterOf('2025/05/16')).toThrow(RangeError);
});
