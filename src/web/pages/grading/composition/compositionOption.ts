import type { Composition, CompositionRow } from '../../../api/composition.queries.ts';

// GRD-5 charts as ECharts options, built without React or ECharts so they are testable:
// the Pareto chart of the chosen breakdown (bars largest first, cumulative share as a line on
// a 0–100 % axis, a dashed line at 80 %) and the 80/20 curve of accounts ranked by sales.

export const PARETO_BAR = '#1677ff';
export const CUMULATIVE_LINE = '#fa8c16';
export const TARGET_LINE = '#cf1322';

// Too many bars make the chart unreadable (a catalogue of 300 products): the first `max` rows
// are drawn and the rest folded into one bar, its cumulative share then reaching 100 %.
export function chartRows(rows: readonly CompositionRow[], max: number, otherLabel: string): { label: string; amountFen: number; cumulative: number | null }[] {
  const named = rows.filter((r) => r.amountFen !== 0);
  const shown = named.slice(0, max);
  const rest = named.slice(max);
  const bars = shown.map((r) => ({ label: r.label ?? '', amountFen: r.amountFen, cumulative: r.cumulativeSharePercent }));
  if (rest.length > 0) bars.push({ label: otherLabel, amountFen: rest.reduce((sum, r) => sum + r.amountFen, 0), cumulative: rest.at(-1)!.cumulativeSharePercent });
  return bars;
}

export type ChartLabels = { amount: string; cumulative: string; target: string; money: (fen: number) => string };

export function paretoOption(bars: ReturnType<typeof chartRows>, labels: ChartLabels, isNarrow: boolean) {
  return {
    animation: false,
    grid: { left: isNarrow ? 56 : 80, right: isNarrow ? 40 : 56, top: 36, bottom: isNarrow ? 72 : 56 },
    legend: { top: 0, data: [labels.amount, labels.cumulative] },
    tooltip: {
      trigger: 'axis',
      valueFormatter: undefined,
      formatter: (items: { seriesIndex: number; name: string; value: number | null }[]) => {
        const bar = items.find((i) => i.seriesIndex === 0);
        const line = items.find((i) => i.seriesIndex === 1);
        return [escapeHtml(bar?.name ?? ''), `${labels.amount}: ${labels.money(Number(bar?.value ?? 0) * 100)}`, `${labels.cumulative}: ${line?.value ?? '—'}%`].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: bars.map((b) => b.label), axisLabel: { interval: 0, rotate: bars.length > 6 || isNarrow ? 40 : 0, width: 90, overflow: 'truncate' } },
    yAxis: [
      { type: 'value', name: labels.amount, axisLabel: { formatter: (yuan: number) => labels.money(yuan * 100) } },
      { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } },
    ],
    series: [
      { name: labels.amount, type: 'bar', data: bars.map((b) => b.amountFen / 100), itemStyle: { color: PARETO_BAR }, barMaxWidth: 48 },
      {
        name: labels.cumulative,
        type: 'line',
        yAxisIndex: 1,
        data: bars.map((b) => b.cumulative),
        itemStyle: { color: CUMULATIVE_LINE },
        symbolSize: 6,
        markLine: { silent: true, symbol: 'none', lineStyle: { color: TARGET_LINE, type: 'dashed' }, label: { formatter: labels.target, position: 'insideEndTop' }, data: [{ yAxis: 80 }] },
      },
    ],
  };
}

export type CurveLabels = { xAxis: string; yAxis: string; target: string };

// x: share of accounts (ranked by sales), y: share of sales; the 80 % line and where it is crossed.
export function curveOption(pareto: Composition['pareto'], labels: CurveLabels, isNarrow: boolean) {
  const data = [[0, 0], ...pareto.points.map((p) => [p.accountsPercent, p.salesPercent])];
  const crossing = pareto.accountsForTargetPercent;
  return {
    animation: false,
    grid: { left: isNarrow ? 44 : 56, right: 24, top: 24, bottom: 48 },
    tooltip: { trigger: 'axis', formatter: (items: { value: number[] }[]) => `${labels.xAxis}: ${items[0]?.value[0]}%<br/>${labels.yAxis}: ${items[0]?.value[1]}%` },
    xAxis: { type: 'value', min: 0, max: 100, name: labels.xAxis, nameLocation: 'middle', nameGap: 28, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'value', min: 0, max: 100, name: isNarrow ? '' : labels.yAxis, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        type: 'line',
        data,
        showSymbol: false,
        areaStyle: { opacity: 0.12 },
        itemStyle: { color: PARETO_BAR },
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: TARGET_LINE, type: 'dashed' },
          data: [{ yAxis: pareto.targetPercent, label: { formatter: labels.target, position: 'insideStartTop' } }, ...(crossing === null ? [] : [{ xAxis: crossing, label: { formatter: `${crossing}%` } }])],
        },
      },
    ],
  };
}

// Product names are typed by users: the tooltip is HTML, so they are escaped.
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"'`]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[c] ?? c);
