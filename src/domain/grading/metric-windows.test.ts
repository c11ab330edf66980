import { describe, expect, it } from 'vitest';
import { metricWindows } from './metric-windows.ts';

describe('periods the metrics are summed over', () => {
  it('are the 12 months, the 12 months before, and the 3 months to the reference date', () => {
    expect(metricWindows('2025-06-30')).toEqual({
      year: { from: '2024-07-01', to: '2025-06-30' },
      previousYear: { from: '2023-07-01', to: '2024-06-30' },
      quarter: { from: '2025-04-01', to: '2025-06-30' },
    });
  });

  it('join without gap or overlap in the middle of a month', () => {
    expect(metricWindows('2025-05-16')).toEqual({
      year: { from: '2024-05-17', to: '2025-05-16' },
      previousYear: { from: '2023-05-17', to: '2024-05-16' },
      quarter: { from: '2025-02-17', to: '2025-05-16' },
    });
  });

  it('keep month ends whole around a leap day', () => {
    expect(metricWindows('2025-02-28')).toEqual({
      year: { from: '2024-03-01', to: '2025-02-28' },
      previousYear: { from: '2023-03-01', to: '2024-02-29' },
      quarter: { from: '2024-12-01', to: '2025-02-28' },
    });
  });
});
