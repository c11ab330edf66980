import { describe, expect, it } from 'vitest';
import { bubbleSize, escapeHtml, gradeOrder, hasMoved, matrixOption, type MatrixItem, type MatrixLabels } from './matrixOption.ts';

const point = (attractiveness: number, ability: number) => ({ attractiveness, ability, quadrant: null, evaluatedOn: '2026-11-01' });
const item = (id: string, grade: string | null, salesFen: number, current = point(60, 70), previous: ReturnType<typeof point> | null = null): MatrixItem => ({
  accountId: id,
  accountName: `account ${id}`,
  ownerId: null,
  grade,
  salesFen,
  current,
  previous,
});
const labels: MatrixLabels = { attractiveness: 'A', ability: 'B', ungraded: 'none', quadrant: (q) => q, tooltip: (i) => [i.accountName] };

describe('bubbleSize', () => {
  it('grows with the square root of sales between the smallest and the largest bubble', () => {
    expect(bubbleSize(0, 100)).toBe(8);
    expect(bubbleSize(100, 100)).toBe(44);
    expect(bubbleSize(25, 100)).toBe(26); // √¼ = ½ of the way
    expect(bubbleSize(50, 0)).toBe(8);
  });
});

it('orders grades A…D, other names, then ungraded', () => {
  expect(gradeOrder([item('1', null, 0), item('2', 'C', 0), item('3', 'A', 0), item('4', 'C', 0)])).toEqual(['A', 'C', null]);
});

it('an account moved when its previous point differs', () => {
  expect(hasMoved(item('1', 'A', 0, point(60, 70), point(40, 70)))).toBe(true);
  expect(hasMoved(item('1', 'A', 0, point(60, 70), point(60, 70)))).toBe(false);
  expect(hasMoved(item('1', 'A', 0))).toBe(false);
});

describe('matrixOption', () => {
  const items = [item('1', 'A', 1000, point(80, 80), point(40, 80)), item('2', 'B', 10, point(20, 30)), item('3', null, 0, point(55, 45))];
  it('one series per grade with each account at (attractiveness, ability), plus the moves', () => {
    const option = matrixOption({ items, split: { attractiveness: 50, ability: 50 }, labels, showMoves: true });
    const [moves, ...scatter] = option.series;
    expect(scatter.map((s) => s.name)).toEqual(['A', 'B', 'none']);
    expect(scatter[0].data).toEqual([expect.objectContaining({ value: [80, 80], symbolSize: 44, accountId: '1' })]);
    expect(moves.type).toBe('lines');
    expect(moves.data).toEqual([{ coords: [[40, 80], [80, 80]] }]);
  });
  it('draws the split of the model and names the quadrants', () => {
    const option = matrixOption({ items, split: { attractiveness: 60, ability: 40 }, labels, showMoves: false });
    expect(option.series).toHaveLength(3);
    const first = option.series[0] as { markLine?: { data: unknown[] }; markArea?: { data: { name?: string; coord: number[] }[][] } };
    expect(first.markLine?.data).toEqual([{ xAxis: 60 }, { yAxis: 40 }]);
    expect(first.markArea?.data.map(([from, to]) => [from.name, from.coord, to.coord])).toEqual([
      ['core', [60, 40], [100, 100]],
      ['core_potential', [60, 0], [100, 40]],
      ['general', [0, 40], [60, 100]],
      ['secondary', [0, 0], [60, 40]],
    ]);
  });
  it('escapes account names in the tooltip (ECharts renders it as HTML)', () => {
    const evil = { ...items[0], accountName: '<img src=x onerror=alert(1)>' };
    const option = matrixOption({ items: [evil], split: { attractiveness: 50, ability: 50 }, labels, showMoves: false });
    const html = option.tooltip.formatter({ data: { item: evil } });
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`"'&\``)).toBe('&quot;&#39;&amp;&#96;');
  });
});
