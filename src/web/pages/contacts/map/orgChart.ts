import { INFLUENCE_MAX, INFLUENCE_MIN } from '../../../../domain/contacts/lists.ts';
import type { Contact } from '../../../api/types.ts';

// ARC-3 relationship map from the contacts' reports-to links: one node per contact, one edge
// from each manager down to their report. Pure, so the layout rules are tested without a canvas.
export type OrgNode = {
  id: string;
  name: string;
  title: string | null;
  attitude: string | null;
  decisionStyle: string | null;
  influence: number | null;
  isLeft: boolean;
  ourPeople: { name: string; strength: number }[];
  size: [number, number];
};

export type OrgEdge = { id: string; source: string; target: string };

const BASE: [number, number] = [132, 54];
const STEP: [number, number] = [12, 4];

// Node size grows with influence (1–5); unknown influence draws as the smallest.
export function nodeSize(influence: number | null): [number, number] {
  const level = Math.min(INFLUENCE_MAX, Math.max(INFLUENCE_MIN, influence ?? INFLUENCE_MIN)) - INFLUENCE_MIN;
  return [BASE[0] + STEP[0] * level, BASE[1] + STEP[1] * level];
}

export const MAX_NODE_SIZE = nodeSize(INFLUENCE_MAX);

export function orgChart(contacts: readonly Contact[], options: { isIncludingLeft: boolean }): { nodes: OrgNode[]; edges: OrgEdge[] } {
  const shown = contacts.filter((c) => options.isIncludingLeft || !c.isLeft);
  const ids = new Set(shown.map((c) => c.id));
  const nodes = shown.map((c) => ({
    id: c.id,
    name: c.name,
    title: c.title,
    attitude: c.attitude,
    decisionStyle: c.decisionStyle,
    influence: c.influence,
    isLeft: c.isLeft,
    ourPeople: c.relationships.map((r) => ({ name: r.name, strength: r.strength })),
    size: nodeSize(c.influence),
  }));
  const edges = shown
    .filter((c) => c.reportsToId && ids.has(c.reportsToId))
    .map((c) => ({ id: `${c.reportsToId}->${c.id}`, source: c.reportsToId as string, target: c.id }));
  return { nodes, edges };
}

// Would making `managerId` the manager of `contactId` close a loop (the manager already reports,
// directly or not, to the contact)? The server refuses loops too; this avoids a useless request.
export function wouldLoop(contacts: readonly Contact[], contactId: string, managerId: string): boolean {
  const managerOf = new Map(contacts.map((c) => [c.id, c.reportsToId]));
  let current: string | null | undefined = managerId;
  const seen = new Set<string>();
  while (current && !seen.has(current)) {
    if (current === contactId) return true;
    seen.add(current);
    current = managerOf.get(current);
  }
  return false;
}

// The number of levels in the chart (1 for people without managers), to size the canvas.
export function chartLevels(chart: { nodes: OrgNode[]; edges: OrgEdge[] }): number {
  const managerOf = new Map(chart.edges.map((edge) => [edge.target, edge.source]));
  let deepest = chart.nodes.length > 0 ? 1 : 0;
  for (const node of chart.nodes) {
    let level = 1;
    const seen = new Set([node.id]);
    for (let current = managerOf.get(node.id); current && !seen.has(current); current = managerOf.get(current)) {
      seen.add(current);
      level += 1;
    }
    deepest = Math.max(deepest, level);
  }
  return deepest;
}
