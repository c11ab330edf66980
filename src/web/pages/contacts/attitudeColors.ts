import type { Attitude } from '../../../domain/contacts/lists.ts';

// ARC-3 colours of attitude to us, shared by tags and the relationship map.
export const ATTITUDE_COLORS: Record<Attitude, { tag: string; fill: string; stroke: string }> = {
  supporter: { tag: 'green', fill: '#f6ffed', stroke: '#52c41a' },
  neutral: { tag: 'blue', fill: '#f0f5ff', stroke: '#8c9bb5' },
  opponent: { tag: 'red', fill: '#fff1f0', stroke: '#f5222d' },
};

export const UNKNOWN_ATTITUDE = { tag: 'default', fill: '#fafafa', stroke: '#bfbfbf' };

export const attitudeColors = (attitude: string | null | undefined) => ATTITUDE_COLORS[attitude as Attitude] ?? UNKNOWN_ATTITUDE;
