import { describe, expect, it } from 'vitest';
import { QUADRANTS, STRATEGY_OF } from './quadrant.ts';
import { STRATEGY_TEMPLATES, strategyTemplateFor } from './strategy-templates.ts';

describe('strategy templates (seed 000)', () => {
  it('has one template per quadrant, with the strategy of that quadrant', () => {
    expect(STRATEGY_TEMPLATES.map((t) => t.quadrant).sort()).toEqual([...QUADRANTS].sort());
    for (const template of STRATEGY_TEMPLATES) expect(template.strategy).toBe(STRATEGY_OF[template.quadrant]);
  });

  it("uses the seed's names: 核心 → 巩固, 核心潜在 → 投资, 一般 → 收获, 兼顾 → 兼顾", () => {
    const names = STRATEGY_TEMPLATES.map((t) => `${t.quadrantName['zh-CN']}→${t.strategyName['zh-CN']}`);
    expect(names).toEqual(['核心客户→巩固', '核心潜在客户→投资', '一般客户→收获', '兼顾客户→兼顾']);
  });

  it('carries every action and reason in both languages', () => {
    for (const template of STRATEGY_TEMPLATES) {
      expect(template.actions.length).toBeGreaterThan(0);
      expect(template.reasons.length).toBeGreaterThan(0);
      for (const text of [template.quadrantName, template.strategyName, ...template.actions, ...template.reasons]) {
        expect(text['zh-CN'].trim()).not.toBe('');
        expect(text['en-US'].trim()).not.toBe('');
      }
    }
  });

  it('keeps the seed actions, e.g. harvest raises the minimum order and prices', () => {
    expect(strategyTemplateFor('general')?.actions[0]['zh-CN']).toContain('提高最低订货要求、提高价格、降低客户服务成本');
    expect(strategyTemplateFor('secondary')?.reasons.map((r) => r['zh-CN'])).toContain('无利可图又无战略意义的客户应考虑撤出');
  });

  it('reads from edited templates when given', () => {
    const edited = STRATEGY_TEMPLATES.map((t) => (t.quadrant === 'core' ? { ...t, actions: [{ 'zh-CN': '季度高层会谈', 'en-US': 'Quarterly executive meeting' }] } : t));
    expect(strategyTemplateFor('core', edited)?.actions[0]['en-US']).toBe('Quarterly executive meeting');
  });
});
