import type { Criterion, GradeModel, LocalizedText } from './model.ts';

// GRD-1 default end-customer grade model: the selection criteria of seed 004 (purchases per
// year, margin against the average, growth, potential, credit and payment time, access to goals,
// openness) and seed 001 篇2 (purchases of high-margin products, purchasing concentration,
// service demands, price sensitivity, wish for a long-term partnership). "No single criterion
// decides" (seed 004): the largest weight is 15. Criteria computed from sales data carry 55 of the 100.
// A director edits a copy; this is what a new installation starts from.

const WAN = 1_000_000; // ¥10,000 (万元) in fen

const judged = (key: string, weight: number, name: LocalizedText, hint: LocalizedText): Criterion => ({
  key,
  name,
  hint,
  weight,
  scale: '1-5',
  source: { type: 'judged' },
});

export const DEFAULT_GRADE_MODEL: GradeModel = {
  kind: 'grade',
  name: { 'zh-CN': '终端客户分级', 'en-US': 'End-customer grading' },
  criteria: [
    {
      key: 'annualPurchase',
      name: { 'zh-CN': '年采购额', 'en-US': 'Annual purchases' },
      weight: 15,
      scale: '1-5',
      // Under ¥500k → 1; ¥500k → 2; ¥2m → 3; ¥5m → 4; ¥10m and more → 5.
      source: { type: 'computed', metric: 'annualPurchase', direction: 'higher_is_better', breakpoints: [50 * WAN, 200 * WAN, 500 * WAN, 1000 * WAN], scores: [1, 2, 3, 4, 5] },
    },
    {
      key: 'highMarginPurchase',
      name: { 'zh-CN': '高利产品采购占比', 'en-US': 'High-margin product share' },
      weight: 10,
      scale: '1-5',
      source: { type: 'computed', metric: 'highMarginPurchase', direction: 'higher_is_better', breakpoints: [10, 20, 35, 50], scores: [1, 2, 3, 4, 5] },
    },
    {
      key: 'marginVsAverage',
      name: { 'zh-CN': '毛利率与公司平均之差', 'en-US': 'Margin vs company average' },
      weight: 10,
      scale: '1-5',
      // Percentage points: within ±2 of the average is average (3).
      source: { type: 'computed', metric: 'marginVsAverage', direction: 'higher_is_better', breakpoints: [-5, -2, 2, 5], scores: [1, 2, 3, 4, 5] },
    },
    {
      key: 'purchaseGrowthYoY',
      name: { 'zh-CN': '采购额同比增长', 'en-US': 'Purchase growth year on year' },
      weight: 10,
      scale: '1-5',
      source: { type: 'computed', metric: 'purchaseGrowthYoY', direction: 'higher_is_better', breakpoints: [-10, 0, 10, 25], scores: [1, 2, 3, 4, 5] },
    },
    {
      key: 'paymentDays',
      name: { 'zh-CN': '回款天数', 'en-US': 'Payment days' },
      weight: 10,
      scale: '1-5',
      // Paid within 30 days → 5 … more than 120 days → 1.
      source: { type: 'computed', metric: 'paymentDays', direction: 'lower_is_better', breakpoints: [30, 60, 90, 120], scores: [5, 4, 3, 2, 1] },
    },
    judged(
      'shareOfWallet',
      10,
      { 'zh-CN': '业务潜力（钱包份额）', 'en-US': 'Business potential (share of wallet)' },
      { 'zh-CN': '5 = 客户向竞争对手的采购很大，我们还有很大空间', 'en-US': '5 = they buy a lot from competitors that we could win' },
    ),
    judged(
      'accessToGoals',
      8,
      { 'zh-CN': '可接触其经营目标', 'en-US': 'Access to their business goals' },
      { 'zh-CN': '5 = 客户与我们分享当前和未来的经营目标', 'en-US': '5 = they share current and future business goals with us' },
    ),
    judged(
      'openness',
      7,
      { 'zh-CN': '对新想法的开放程度', 'en-US': 'Openness to new ideas' },
      { 'zh-CN': '5 = 愿意听取建议并讨论我们还能为其做什么', 'en-US': '5 = open to ideas and to discussing what else we can do for them' },
    ),
    judged(
      'partnershipWish',
      7,
      { 'zh-CN': '长期合作意愿', 'en-US': 'Wish for a long-term partnership' },
      { 'zh-CN': '5 = 明确希望与我们建立长期伙伴关系', 'en-US': '5 = clearly wants a long-term partnership with us' },
    ),
    // Seed 001 篇2 采购的集中性 means centralised buying (one buying point for many sites), which
    // sales lines cannot show; the computed purchaseConcentration metric measures something else
    // (product mix), so this stays a judgement.
    judged(
      'centralisedPurchasing',
      5,
      { 'zh-CN': '采购的集中性', 'en-US': 'Centralised purchasing' },
      { 'zh-CN': '5 = 集中采购，一个决策点覆盖多个单位', 'en-US': '5 = buys centrally, one decision covers many sites' },
    ),
    judged(
      'priceSensitivity',
      4,
      { 'zh-CN': '价格敏感度', 'en-US': 'Price sensitivity' },
      { 'zh-CN': '5 = 更看重附加价值而非价格', 'en-US': '5 = values added value more than price' },
    ),
    judged(
      'serviceDemands',
      4,
      { 'zh-CN': '对服务水准的要求', 'en-US': 'Service demands' },
      { 'zh-CN': '5 = 其服务要求正是我们擅长且能盈利提供的', 'en-US': '5 = the service they expect is what we do well and profitably' },
    ),
  ],
  thresholds: [
    { grade: 'A', minTotal: 75 },
    { grade: 'B', minTotal: 55 },
    { grade: 'C', minTotal: 35 },
    { grade: 'D', minTotal: 0 },
  ],
};
