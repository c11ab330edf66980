import type { Criterion, GradeModel } from './model.ts';

// GRD-2 dealer evaluation (经销商评价, seed 001 篇1 §2): four groups with the seed's sub-items —
// 积极性 enthusiasm: 货款支付, 人员车辆, 对产品推广的主动性; 经营能力 operating capability: 经营手段的
// 灵活性, 分销能力, 资金, 畅销品牌, 仓储, 车辆, 人员; 信誉 credit; 社会关系 social relations.
// The seed's 奖金支付 is read as payment for goods (SPEC GRD-2: payment); it is computed from sales
// data where it exists (payment days), the rest is judged.
// Group weights: enthusiasm 30, operating capability 40, credit 20, social relations 10.

const item = (key: string, weight: number, zh: string, en: string, hintZh: string, hintEn: string) => ({
  key,
  weight,
  name: { 'zh-CN': zh, 'en-US': en },
  hint: { 'zh-CN': hintZh, 'en-US': hintEn },
});
type Item = ReturnType<typeof item>;

const judgedIn = (group: string) => (it: Item): Criterion => ({ ...it, group, scale: '1-5', source: { type: 'judged' } });

const ENTHUSIASM: Item[] = [
  item('staffAndVehicles', 9, '投入的人员车辆', 'People and vehicles committed', '5 = 为我们的产品配备专门的人员和车辆', '5 = dedicates people and vehicles to our products'),
  item('promotionInitiative', 9, '产品推广的主动性', 'Initiative in promoting our products', '5 = 主动开拓市场、积极配合公司的销售工作', '5 = opens markets on its own and works with our sales plans'),
];

const OPERATING_CAPABILITY: Item[] = [
  item('flexibility', 5, '经营手段的灵活性', 'Flexibility of business methods', '5 = 经营手段灵活，能快速应对市场变化', '5 = adapts quickly to the market'),
  item('distributionReach', 8, '分销能力', 'Distribution reach', '5 = 分销网络覆盖广、二批和零售多', '5 = wide network of sub-dealers and retailers'),
  item('capital', 7, '资金实力', 'Capital strength', '5 = 资金雄厚', '5 = well capitalised'),
  item('bestSellingBrands', 5, '手中的畅销品牌', 'Best-selling brands held', '5 = 代理多个畅销品牌', '5 = holds several best-selling brands'),
  item('warehousing', 5, '仓储', 'Warehousing', '5 = 仓储充足', '5 = ample storage'),
  item('vehicles', 5, '车辆', 'Vehicles', '5 = 配送车辆充足', '5 = enough delivery vehicles'),
  item('staff', 5, '人员', 'Staff', '5 = 人员充足且能干', '5 = enough capable staff'),
];

const CREDIT = item('credit', 20, '信誉', 'Credit', '5 = 守信用，从无拖欠和违约', '5 = keeps its word, never in arrears or breach');
const SOCIAL_RELATIONS = item('socialRelations', 10, '社会关系', 'Social relations', '5 = 在当地有广泛而良好的社会关系', '5 = wide, good standing in its local community');

export const DEALER_MODEL: GradeModel = {
  kind: 'grade',
  name: { 'zh-CN': '经销商评价', 'en-US': 'Dealer evaluation' },
  groups: [
    { key: 'enthusiasm', name: { 'zh-CN': '积极性', 'en-US': 'Enthusiasm' } },
    { key: 'operatingCapability', name: { 'zh-CN': '经营能力', 'en-US': 'Operating capability' } },
    { key: 'credit', name: { 'zh-CN': '信誉', 'en-US': 'Credit' } },
    { key: 'socialRelations', name: { 'zh-CN': '社会关系', 'en-US': 'Social relations' } },
  ],
  criteria: [
    {
      key: 'payment',
      group: 'enthusiasm',
      name: { 'zh-CN': '货款支付', 'en-US': 'Payment for goods' },
      weight: 12,
      scale: '1-5',
      source: { type: 'computed', metric: 'paymentDays', direction: 'lower_is_better', breakpoints: [30, 60, 90, 120], scores: [5, 4, 3, 2, 1] },
    },
    ...ENTHUSIASM.map(judgedIn('enthusiasm')),
    ...OPERATING_CAPABILITY.map(judgedIn('operatingCapability')),
    judgedIn('credit')(CREDIT),
    judgedIn('socialRelations')(SOCIAL_RELATIONS),
  ],
  thresholds: [
    { grade: 'A', minTotal: 75 },
    { grade: 'B', minTotal: 55 },
    { grade: 'C', minTotal: 35 },
    { grade: 'D', minTotal: 0 },
  ],
};
