import { expect, it } from 'vitest';
import type { MatrixItem } from './matrixOption.ts';
import { quadrantSummaries } from './quadrantSummary.ts';

const at = (quadrant: string, evaluatedOn = '2026-11-01') => ({ attractiveness: 0, ability: 0, quadrant, evaluatedOn });
const item = (salesFen: number, quadrant: string, previous: string | null = null): MatrixItem => ({
  accountId: String(Math.random()),
  accountName: 'x',
  ownerId: null,
  grade: null,
  salesFen,
  current: at(quadrant),
  previous: previous ? at(previous, '2026-08-01') : null,
});

it('counts accounts, sums sales with their share and counts the ones that moved in', () => {
  const summaries = quadrantSummaries([item(600, 'core', 'core_potential'), item(200, 'core', 'core'), item(200, 'secondary'), item(0, 'general', 'secondary')]);
  expect(summaries).toEqual([
    { quadrant: 'core', count: 2, salesFen: 800, salesShare: 80, movedIn: 1 },
    { quadrant: 'core_potential', count: 0, salesFen: 0, salesShare: 0, movedIn: 0 },
    { quadrant: 'general', count: 1, salesFen: 0, salesShare: 0, movedIn: 1 },
    { quadrant: 'secondary', count: 1, salesFen: 200, salesShare: 20, movedIn: 0 },
  ]);
  expect(quadrantSummaries([]).every((s) => s.count === 0 && s.salesShare === 0)).toBe(true);
});
