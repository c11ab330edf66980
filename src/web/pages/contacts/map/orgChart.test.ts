import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../api/types.ts';
import { chartLevels, nodeSize, orgChart, wouldLoop } from './orgChart.ts';

const person = (id: string, reportsToId: string | null, extra: Partial<Contact> = {}) =>
  ({ id, name: id, title: null, attitude: null, decisionStyle: null, influence: null, isLeft: false, reportsToId, relationships: [], ...extra }) as Contact;

// 王总 ← 陈容 (left) ← 李工; 杨雪英 took over from 陈容 and reports to 王总.
const contacts = [
  person('wang', null, { influence: 5, attitude: 'supporter' }),
  person('chen', 'wang', { isLeft: true }),
  person('li', 'chen'),
  person('yang', 'wang', { relationships: [{ userId: 'u1', name: '陈伟', strength: 4, note: null }] }),
];

describe('relationship map', () => {
  it('draws an edge from each manager down to their report', () => {
    const chart = orgChart(contacts, { isIncludingLeft: true });
    expect(chart.nodes.map((n) => n.id)).toEqual(['wang', 'chen', 'li', 'yang']);
    expect(chart.edges.map((e) => [e.source, e.target])).toEqual([
      ['wang', 'chen'],
      ['chen', 'li'],
      ['wang', 'yang'],
    ]);
  });

  it('leaves out people who left, and the edges to them, unless asked', () => {
    const chart = orgChart(contacts, { isIncludingLeft: false });
    expect(chart.nodes.map((n) => n.id)).toEqual(['wang', 'li', 'yang']);
    expect(chart.edges.map((e) => e.id)).toEqual(['wang->yang']);
  });

  it('sizes nodes by influence and lists our people who know them', () => {
    expect(nodeSize(5)[0]).toBeGreaterThan(nodeSize(1)[0]);
    expect(nodeSize(null)).toEqual(nodeSize(1));
    expect(orgChart(contacts, { isIncludingLeft: false }).nodes[2].ourPeople).toEqual([{ name: '陈伟', strength: 4 }]);
  });

  it('spots a reports-to change that would close a loop', () => {
    expect(wouldLoop(contacts, 'wang', 'li')).toBe(true);
    expect(wouldLoop(contacts, 'li', 'yang')).toBe(false);
    expect(wouldLoop(contacts, 'yang', 'yang')).toBe(true);
  });

  it('counts the levels of the chart to size the canvas', () => {
    expect(chartLevels(orgChart(contacts, { isIncludingLeft: true }))).toBe(3);
    expect(chartLevels(orgChart(contacts, { isIncludingLeft: false }))).toBe(2);
    expect(chartLevels(orgChart([], { isIncludingLeft: false }))).toBe(0);
  });
});
