import { describe, expect, it } from 'vitest';
import type { CompositionRow } from '../../../api/composition.queries.ts';
import { chartRows, curveOption, escapeHtml, paretoOption } from './compositionOption.ts';

const row = (label: string, amountFen: number, cumulativeSharePercent: number): CompositionRow => ({
  key: label,
  label,
  amountFen,
  sharePercent: null,
  cumulativeSharePercent,
  accountCount: 1,
  accountPercent: 0,
});

describe('composition charts', () => {
  it('draws the largest rows and folds the rest into one bar reaching 100 %', () => {
    const rows = [row('A', 500, 50), row('B', 300, 80), row('C', 150, 95), row('D', 50, 100), row('E', 0, 100)];
    expect(chartRows(rows, 2, '其他')).toEqual([
      { label: 'A', amountFen: 500, cumulative: 50 },
      { label: 'B', amountFen: 300, cumulative: 80 },
      { label: '其他', amountFen: 200, cumulative: 100 },
    ]);
  });

  it('bars in yuan on the left axis, the cumulative line on a 0–100 axis, and a dashed 80 % line', () => {
    const option = paretoOption(chartRows([row('A', 500_00, 62.5), row('B', 300_00, 100)], 10, ''), { amount: '销售额', cumulative: '累计占比', target: '80%', money: (fen) => `${fen}` }, false);
    expect(option.series[0].data).toEqual([500, 300]);
    expect(option.series[1]).toMatchObject({ yAxisIndex: 1, data: [62.5, 100], markLine: { data: [{ yAxis: 80 }] } });
    expect(option.yAxis[1]).toMatchObject({ min: 0, max: 100 });
  });

  it('the account curve starts at the origin and marks where 80 % is reached', () => {
    const pareto = { targetPercent: 80, accountCount: 4, accountsForTarget: 2, accountsForTargetPercent: 50, points: [1, 2, 3, 4].map((rank, i) => ({ rank, accountsPercent: rank * 25, salesPercent: [70, 90, 98, 100][i], amountFen: 1 })) };
    const option = curveOption(pareto, { xAxis: 'x', yAxis: 'y', target: '80%' }, false);
    expect(option.series[0].data).toEqual([[0, 0], [25, 70], [50, 90], [75, 98], [100, 100]]);
    expect(option.series[0].markLine.data.map((d) => ('xAxis' in d ? { x: d.xAxis } : { y: d.yAxis }))).toEqual([{ y: 80 }, { x: 50 }]);
  });

  it('escapes user text for the tooltip', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });
});
