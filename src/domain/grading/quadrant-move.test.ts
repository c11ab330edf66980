import { describe, expect, it } from 'vitest';
import { quadrantMove } from './quadrant-move.ts';

describe('move between two evaluations on the matrix', () => {
  it('describes an account we learned to win: core potential → core', () => {
    expect(quadrantMove({ attractiveness: 70, ability: 30 }, { attractiveness: 72.5, ability: 55 })).toEqual({
      from: { attractiveness: 70, ability: 30, quadrant: 'core_potential' },
      to: { attractiveness: 72.5, ability: 55, quadrant: 'core' },
      delta: { attractiveness: 2.5, ability: 25 },
      isQuadrantChanged: true,
      crossed: [{ axis: 'ability', direction: 'up' }],
    });
  });

  it('reports both lines when the arrow crosses the matrix diagonally', () => {
    const move = quadrantMove({ attractiveness: 60, ability: 60 }, { attractiveness: 40, ability: 45 });
    expect(move.to.quadrant).toBe('secondary');
    expect(move.crossed).toEqual([
      { axis: 'attractiveness', direction: 'down' },
      { axis: 'ability', direction: 'down' },
    ]);
  });

  it('treats landing exactly on the split as staying high', () => {
    const move = quadrantMove({ attractiveness: 60, ability: 70 }, { attractiveness: 50, ability: 50 });
    expect(move).toMatchObject({ isQuadrantChanged: false, crossed: [], delta: { attractiveness: -10, ability: -20 } });
  });

  it('uses the configured split', () => {
    const move = quadrantMove({ attractiveness: 55, ability: 55 }, { attractiveness: 58, ability: 55 }, { attractiveness: 56, ability: 50 });
    expect(move).toMatchObject({ from: { quadrant: 'general' }, to: { quadrant: 'core' }, crossed: [{ axis: 'attractiveness', direction: 'up' }] });
  });
});
