import { QUADRANTS, type Quadrant } from '../../../../domain/grading/index.ts';
import type { MatrixItem } from './matrixOption.ts';

export type QuadrantSummary = { quadrant: Quadrant; count: number; salesFen: number; salesShare: number; movedIn: number };

// Per quadrant: how many accounts, their sales and share of the matrix's sales, and how many came
// in from another quadrant since their previous evaluation.
export function quadrantSummaries(items: readonly MatrixItem[]): QuadrantSummary[] {
  const total = items.reduce((sum, i) => sum + i.salesFen, 0);
  return QUADRANTS.map((quadrant) => {
    const inside = items.filter((i) => i.current.quadrant === quadrant);
    const salesFen = inside.reduce((sum, i) => sum + i.salesFen, 0);
    return {
      quadrant,
      count: inside.length,
      salesFen,
      salesShare: total > 0 ? Math.round((salesFen / total) * 1000) / 10 : 0,
      movedIn: inside.filter((i) => i.previous?.quadrant && i.previous.quadrant !== quadrant).length,
    };
  });
}
