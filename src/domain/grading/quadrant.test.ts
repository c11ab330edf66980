import { describe, expect, it } from 'vitest';
import { quadrantOf, STRATEGY_OF } from './quadrant.ts';

describe('quadrant of the screening matrix (seed 000)', () => {
  it.each([
    [80, 80, 'core', 'consolidate'],
    [80, 20, 'core_potential', 'invest'],
    [20, 80, 'general', 'harvest'],
    [20, 20, 'secondary', 'serve_at_low_cost'],
  ] as const)('attractiveness %s, ability %s → %s → %s', (attractiveness, ability, quadrant, strategy) => {
    expect(quadrantOf({ attractiveness, ability })).toBe(quadrant);
    expect(STRATEGY_OF[quadrant]).toBe(strategy);
  });

  it('counts a value equal to the split as high on each axis', () => {
    expect(quadrantOf({ attractiveness: 50, ability: 50 })).toBe('core');
    expect(quadrantOf({ attractiveness: 50, ability: 49.99 })).toBe('core_potential');
    expect(quadrantOf({ attractiveness: 49.99, ability: 50 })).toBe('general');
    expect(quadrantOf({ attractiveness: 49.99, ability: 49.99 })).toBe('secondary');
  });

  it('uses a configured split per axis', () => {
    const split = { attractiveness: 60, ability: 40 };
    expect(quadrantOf({ attractiveness: 59, ability: 40 }, split)).toBe('general');
    expect(quadrantOf({ attractiveness: 60, ability: 39 }, split)).toBe('core_potential');
    expect(quadrantOf({ attractiveness: 60, ability: 40 }, split)).toBe('core');
  });
});
