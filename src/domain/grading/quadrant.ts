import { DEFAULT_SPLIT, type AxisSplit } from './model.ts';

// GRD-3 screening matrix (顾客筛选矩阵, seed 000): x = the customer's attractiveness to us,
// y = our ability to win the customer. The seed's figure, high ability on top:
//
//                      low attractiveness     high attractiveness
//   high ability       一般顾客 general         核心顾客 core
//   low ability        兼顾顾客 secondary       核心潜在顾客 core potential
//
// and its strategy table: 一般客户 —— 收获, 核心客户 —— 巩固, 核心潜在客户 —— 投资, 兼顾客户 —— 兼顾.
export const QUADRANTS = ['core', 'core_potential', 'general', 'secondary'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const STRATEGIES = ['consolidate', 'invest', 'harvest', 'serve_at_low_cost'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export const STRATEGY_OF: Readonly<Record<Quadrant, Strategy>> = {
  core: 'consolidate', // 核心 → 巩固
  core_potential: 'invest', // 核心潜在 → 投资
  general: 'harvest', // 一般 → 收获
  secondary: 'serve_at_low_cost', // 兼顾 → 兼顾
};

export type MatrixPoint = { attractiveness: number; ability: number };

// A value equal to the split counts as high: an account exactly at the line gets the benefit of
// the doubt (and 3 on every five-point criterion — "average" — is 50, the default split).
export function quadrantOf(point: MatrixPoint, split: AxisSplit = DEFAULT_SPLIT): Quadrant {
  const isAttractive = point.attractiveness >= split.attractiveness;
  const isWinnable = point.ability >= split.ability;
  if (isAttractive) return isWinnable ? 'core' : 'core_potential';
  return isWinnable ? 'general' : 'secondary';
}
