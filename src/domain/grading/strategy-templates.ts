import type { LocalizedText } from './model.ts';
import type { Quadrant, Strategy } from './quadrant.ts';

// GRD-3 strategy templates (针对不同客户的战略, seed 000): per quadrant, the suggested strategy, what
// to do and why. Data, so an administrator can edit the wording; these are the seed's words.
// The seed's text of 兼顾 lists actions 1 and 3; its action 2 is lost in the source, so two remain.
export type StrategyTemplate = {
  quadrant: Quadrant;
  strategy: Strategy;
  quadrantName: LocalizedText;
  strategyName: LocalizedText;
  // Plain arrays: the same shape is stored, sent over the API and edited in the settings.
  actions: LocalizedText[];
  reasons: LocalizedText[];
};

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en });

export const STRATEGY_TEMPLATES: readonly StrategyTemplate[] = [
  {
    quadrant: 'core',
    strategy: 'consolidate',
    quadrantName: t('核心客户', 'Core'),
    strategyName: t('巩固', 'Consolidate'),
    actions: [
      t(
        '帮助客户取得成功，从而自己也得以发展，如：为客户提供市场信息、先于客户想到其可能的要求，并提供方案',
        "Help the customer succeed and grow with it: give them market information, think of their needs before they do, and propose solutions",
      ),
    ],
    reasons: [
      t('由于公司的优势地位，客户的成功将使其在所有供应商中成为最大的受益者', "With our strong position, the customer's success benefits us most of all its suppliers"),
      t('此类客户潜力较大，助其成功也会使公司成功', 'These customers have large potential: helping them succeed makes us succeed'),
    ],
  },
  {
    quadrant: 'core_potential',
    strategy: 'invest',
    quadrantName: t('核心潜在客户', 'Core potential'),
    strategyName: t('投资', 'Invest'),
    actions: [
      t(
        '为客户提供更大价值，如：降低价格、提供更多服务、增加/改进产品性能、密切与客户间关系',
        'Give the customer more value: lower prices, more services, added or improved product features, closer ties',
      ),
    ],
    reasons: [
      t('提供最大价值是增加公司竞争力从而提高在此类中客户份额的最有效战略', 'Giving the most value is the surest way to become more competitive and win a larger share of these customers'),
      t('与客户加强沟通使之认识到公司的价值也是提升价值的有效方法', 'Closer communication that shows them our value also raises the value they get'),
    ],
  },
  {
    quadrant: 'general',
    strategy: 'harvest',
    quadrantName: t('一般客户', 'General'),
    strategyName: t('收获', 'Harvest'),
    actions: [
      t(
        '充分利用自己的优势地位，获取更多价值，如：提高最低订货要求、提高价格、降低客户服务成本',
        'Use our strong position to capture more value: raise the minimum order, raise prices, cut the cost of serving them',
      ),
    ],
    reasons: [
      t(
        '这类客户本身潜力不大而公司又已占有很高份额，提高份额已属不易，且获益不大，故将重点放在利润上',
        'Their potential is small and our share already high; raising it further is hard and pays little, so the focus is profit',
      ),
      t('公司的优势地位使之有条件讨价还价', 'Our strong position lets us negotiate'),
    ],
  },
  {
    quadrant: 'secondary',
    strategy: 'serve_at_low_cost',
    quadrantName: t('兼顾客户', 'Secondary'),
    strategyName: t('兼顾', 'Serve at low cost'),
    actions: [
      t(
        '充分利用在大行业客户中的影响力，吸引此类客户，如：利用展示会作宣传、直接邮寄宣传品、建立热线电话，发展经销商',
        'Attract them through our standing with the large customers of their industry: trade shows, direct mailings, a hotline, dealers',
      ),
      t('如有必要可考虑撤出', 'Withdraw if necessary'),
    ],
    reasons: [
      t('这类客户数目多，但每客户销量小，不可能派业务员经常联系，拉力很重要', 'They are many but each buys little: salespeople cannot call often, so pull matters'),
      t('其采购行为可能受大行业客户影响', 'Their buying may follow the large customers of their industry'),
      t('每客户销售额潜力不大时，利润率成为首要考虑', 'When each has little sales potential, margin comes first'),
      t('无利可图又无战略意义的客户应考虑撤出', 'Customers neither profitable nor strategic should be considered for withdrawal'),
    ],
  },
];

export function strategyTemplateFor(quadrant: Quadrant, templates: readonly StrategyTemplate[] = STRATEGY_TEMPLATES): StrategyTemplate | undefined {
  return templates.find((template) => template.quadrant === quadrant);
}
