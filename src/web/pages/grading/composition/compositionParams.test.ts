import { describe, expect, it } from 'vitest';
import { compositionExportHref, compositionQueryOf, lastTwelveMonths, monthEndOf, readCompositionState, writeCompositionState } from './compositionParams.ts';

describe('composition page state', () => {
  const today = new Date(2026, 10, 23); // 23 November 2026

  it('defaults to the 12 whole months up to this one and to grades', () => {
    expect(lastTwelveMonths(today)).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(lastTwelveMonths(new Date(2024, 1, 10))).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(readCompositionState(new URLSearchParams(), today)).toEqual({ from: '2025-12-01', to: '2026-11-30', by: 'grade', ownerId: null, region: null, industry: null });
  });

  it('reads back what it writes, and ignores an unknown dimension or a broken date', () => {
    const state = { from: '2025-01-01', to: '2025-06-30', by: 'region' as const, ownerId: null, region: 'jiangsu', industry: null };
    expect(readCompositionState(writeCompositionState(state), today)).toEqual(state);
    expect(readCompositionState(new URLSearchParams('by=colour&from=soon'), today)).toMatchObject({ by: 'grade', from: '2025-12-01' });
  });

  it('builds the query and the export link of the same view', () => {
    const query = compositionQueryOf({ from: '2025-01-01', to: '2025-12-31', by: 'product', ownerId: null, region: null, industry: 'automotive' });
    expect(query).toEqual({ from: '2025-01-01', to: '2025-12-31', by: 'product', industry: 'automotive' });
    expect(compositionExportHref(query, 'en-US')).toBe('/api/v1/grading/composition/export?from=2025-01-01&to=2025-12-31&by=product&industry=automotive&lang=en-US');
    expect(monthEndOf('2025-02-14')).toBe('2025-02-28');
  });
});
