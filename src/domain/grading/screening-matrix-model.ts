import { DEFAULT_SPLIT, type Axis, type Criterion, type MatrixModel } from './model.ts';

// GRD-3 default screening matrix model (seed 000). Attractiveness — "顾客对企业短期盈利和长期盈利
// 的支持力度": 客户产生的利润, 客户的成长性, 推荐的价值, 战略价值. Ability to win — "在与竞争对手的争夺
// 中，企业对顾客的吸引程度": 产品上优势, 服务上的优势, 位置上的优势, 竞争对手对该顾客的重视程度.
// All judged on 1–5 (3 = average, which lands on the default split of 50); a director may swap in
// computed criteria (e.g. marginVsAverage for profit).

const judged = (axis: Axis, key: string, weight: number, zh: string, en: string, hintZh: string, hintEn: string): Criterion => ({
  key,
  axis,
  weight,
  scale: '1-5',
  name: { 'zh-CN': zh, 'en-US': en },
  hint: { 'zh-CN': hintZh, 'en-US': hintEn },
  source: { type: 'judged' },
});

export const SCREENING_MATRIX_MODEL: MatrixModel = {
  kind: 'matrix',
  name: { 'zh-CN': '顾客筛选矩阵', 'en-US': 'Customer screening matrix' },
  criteria: [
    judged('attractiveness', 'profit', 35, '客户产生的利润', 'Profit from the customer', '5 = 短期和长期都为我们带来高利润', '5 = high profit for us, now and in the long run'),
    judged('attractiveness', 'growth', 25, '客户的成长性', "Customer's growth", '5 = 客户业务快速成长', "5 = the customer's business grows fast"),
    judged('attractiveness', 'referralValue', 15, '推荐的价值', 'Referral value', '5 = 其口碑能带来很多新客户', '5 = its word brings us many new customers'),
    judged('attractiveness', 'strategicValue', 25, '战略价值', 'Strategic value', '5 = 对我们的战略（行业、技术、品牌）非常重要', '5 = matters to our strategy (industry, technology, brand)'),
    judged('ability', 'productAdvantage', 30, '产品上的优势', 'Product advantage', '5 = 我们的产品明显优于竞争对手', "5 = our products clearly beat competitors'"),
    judged('ability', 'serviceAdvantage', 25, '服务上的优势', 'Service advantage', '5 = 我们的服务明显优于竞争对手', "5 = our service clearly beats competitors'"),
    judged('ability', 'locationAdvantage', 20, '位置上的优势', 'Location advantage', '5 = 我们离客户近，供货和服务便利', '5 = we are close by: easy to supply and serve'),
    // Scored so that high means easy for us: competitors courting the customer hard is a low score.
    judged('ability', 'competitorAttention', 25, '竞争对手对该顾客的重视程度', "Competitors' attention to the customer", '5 = 竞争对手很少重视该客户', '5 = competitors pay it little attention'),
  ],
  split: DEFAULT_SPLIT,
};
