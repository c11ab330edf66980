import { AXES, DEFAULT_SPLIT, type Axis, type AxisSplit } from './model.ts';
import { quadrantOf, type MatrixPoint, type Quadrant } from './quadrant.ts';
import { round2 } from './rounding.ts';

// GRD-4 history on the matrix: how an account moved between two evaluations, for the arrow
// drawn from its old point to its new one.
export type QuadrantMove = {
  from: MatrixPoint & { quadrant: Quadrant };
  to: MatrixPoint & { quadrant: Quadrant };
  // to − from per axis (positive: more attractive / easier to win).
  delta: MatrixPoint;
  isQuadrantChanged: boolean;
  // The split lines the arrow crosses, and in which direction.
  crossed: { axis: Axis; direction: 'up' | 'down' }[];
};

export function quadrantMove(from: MatrixPoint, to: MatrixPoint, split: AxisSplit = DEFAULT_SPLIT): QuadrantMove {
  const fromQuadrant = quadrantOf(from, split);
  const toQuadrant = quadrantOf(to, split);
  const crossed = AXES.flatMap((axis) => {
    const wasHigh = from[axis] >= split[axis];
    const isHigh = to[axis] >= split[axis];
    return wasHigh === isHigh ? [] : [{ axis, direction: isHigh ? ('up' as const) : ('down' as const) }];
  });
  return {
    from: { ...from, quadrant: fromQuadrant },
    to: { ...to, quadrant: toQuadrant },
    delta: { attractiveness: round2(to.attractiveness - from.attractiveness), ability: round2(to.ability - from.ability) },
    isQuadrantChanged: fromQuadrant !== toQuadrant,
    crossed,
  };
}
