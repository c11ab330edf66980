import type { ScreeningMatrix } from '../../../api/grading.queries.ts';

// GRD-3: the screening matrix as an ECharts option, built here without React or ECharts so the
// rules are testable: x = attractiveness, y = ability (0–100), bubble area ∝ sales, colour = grade,
// dashed lines at the model's split, the four quadrants named in their corners, and an arrow from
// each account's previous point to its current one.
export type MatrixItem = ScreeningMatrix['items'][number];

export type MatrixLabels = {
  attractiveness: string;
  ability: string;
  ungraded: string;
  quadrant: (quadrant: 'core' | 'core_potential' | 'general' | 'secondary') => string;
  tooltip: (item: MatrixItem) => string[];
};

export type MatrixOptionInput = { items: readonly MatrixItem[]; split: { attractiveness: number; ability: number }; labels: MatrixLabels; showMoves: boolean };

export const GRADE_PALETTE: Record<string, string> = { A: '#cf1322', B: '#fa8c16', C: '#1677ff', D: '#8c8c8c' };
const OTHER_COLORS = ['#722ed1', '#13c2c2', '#52c41a', '#eb2f96'];
const UNGRADED_COLOR = '#bfbfbf';
const MIN_BUBBLE = 8;
const MAX_BUBBLE = 44;

// Account names are typed by users: everything put into the tooltip's HTML is escaped.
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"'`]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[c] ?? c);

// Bubble diameter by the square root of sales, so the area grows with the amount.
export function bubbleSize(salesFen: number, maxSalesFen: number): number {
  if (maxSalesFen <= 0 || salesFen <= 0) return MIN_BUBBLE;
  return Math.round(MIN_BUBBLE + (MAX_BUBBLE - MIN_BUBBLE) * Math.sqrt(salesFen / maxSalesFen));
}

// Grades in legend order: A, B, C, D, any other names, then "ungraded".
export function gradeOrder(items: readonly MatrixItem[]): (string | null)[] {
  const grades = [...new Set(items.map((i) => i.grade))];
  const named = grades.filter((g): g is string => g !== null).sort((a, b) => a.localeCompare(b));
  return grades.includes(null) ? [...named, null] : named;
}

export const hasMoved = (item: MatrixItem): boolean =>
  item.previous !== null && (item.previous.attractiveness !== item.current.attractiveness || item.previous.ability !== item.current.ability);

export function matrixOption({ items, split, labels, showMoves }: MatrixOptionInput) {
  const maxSales = items.reduce((max, i) => Math.max(max, i.salesFen), 0);
  const grades = gradeOrder(items);
  let other = 0;
  const colorOf = new Map(grades.map((g) => [g, g === null ? UNGRADED_COLOR : (GRADE_PALETTE[g] ?? OTHER_COLORS[other++ % OTHER_COLORS.length])]));
  const nameOf = (g: string | null) => g ?? labels.ungraded;
  const isLarge = items.length > 2000;

  const scatter = grades.map((grade, index) => ({
    type: 'scatter' as const,
    name: nameOf(grade),
    itemStyle: { color: colorOf.get(grade), opacity: 0.65, borderColor: '#fff', borderWidth: isLarge ? 0 : 1 },
    emphasis: { focus: 'self' as const, itemStyle: { opacity: 1 } },
    large: isLarge,
    data: items
      .filter((i) => i.grade === grade)
      .map((i) => ({ value: [i.current.attractiveness, i.current.ability], symbolSize: bubbleSize(i.salesFen, maxSales), accountId: i.accountId, item: i })),
    // The split lines and quadrant names ride on the first series.
    ...(index === 0 ? quadrantMarks(split, labels) : {}),
  }));

  const moves = showMoves
    ? [
        {
          type: 'lines' as const,
          name: 'moves',
          coordinateSystem: 'cartesian2d' as const,
          silent: true,
          symbol: ['none', 'arrow'],
          symbolSize: 7,
          lineStyle: { color: '#595959', width: 1, opacity: 0.55, type: 'solid' as const },
          data: items.filter(hasMoved).map((i) => ({ coords: [[i.previous!.attractiveness, i.previous!.ability], [i.current.attractiveness, i.current.ability]] })),
          z: 1,
        },
      ]
    : [];

  return {
    animation: items.length <= 2000,
    grid: { left: 48, right: 24, top: 40, bottom: 48, containLabel: true },
    legend: { top: 0, data: grades.map(nameOf) },
    tooltip: {
      trigger: 'item' as const,
      confine: true,
      formatter: (params: { data?: { item?: MatrixItem } }) => {
        const item = params.data?.item;
        return item ? labels.tooltip(item).map(escapeHtml).join('<br/>') : '';
      },
    },
    xAxis: { type: 'value' as const, name: labels.attractiveness, nameLocation: 'middle' as const, nameGap: 28, min: 0, max: 100, splitLine: { show: false } },
    yAxis: { type: 'value' as const, name: labels.ability, nameLocation: 'middle' as const, nameGap: 36, min: 0, max: 100, splitLine: { show: false } },
    series: [...moves, ...scatter],
  };
}

// Dashed lines at the split and the quadrants' names in their outer corners (seed 000's layout:
// attractiveness to the right, ability up; core in the top right).
function quadrantMarks(split: { attractiveness: number; ability: number }, labels: MatrixLabels) {
  const area = (name: string, from: [number, number], to: [number, number], position: string) => [
    { name, coord: from, label: { position, color: '#8c8c8c', fontSize: 12 } },
    { coord: to },
  ];
  return {
    markLine: {
      silent: true,
      symbol: 'none',
      lineStyle: { type: 'dashed' as const, color: '#8c8c8c' },
      label: { show: false },
      data: [{ xAxis: split.attractiveness }, { yAxis: split.ability }],
    },
    markArea: {
      silent: true,
      itemStyle: { color: 'rgba(0,0,0,0)' },
      data: [
        area(labels.quadrant('core'), [split.attractiveness, split.ability], [100, 100], 'insideTopRight'),
        area(labels.quadrant('core_potential'), [split.attractiveness, 0], [100, split.ability], 'insideBottomRight'),
        area(labels.quadrant('general'), [0, split.ability], [split.attractiveness, 100], 'insideTopLeft'),
        area(labels.quadrant('secondary'), [0, 0], [split.attractiveness, split.ability], 'insideBottomLeft'),
      ],
    },
  };
}
