import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADING_POLICIES, validateGradingPolicies, type GradingPolicies } from './grading-policies.ts';
import type { ServicePolicy } from './service-levels.ts';

const withoutCodes = (policies: GradingPolicies) => validateGradingPolicies(policies).map(({ path, message }) => ({ path, message }));
const copy = (): GradingPolicies => structuredClone(DEFAULT_GRADING_POLICIES) as GradingPolicies;

describe('grading policies (GRD-3, GRD-4)', () => {
  it('accepts the defaults: grades A–D and the seed’s four strategies', () => {
    expect(validateGradingPolicies(DEFAULT_GRADING_POLICIES)).toEqual([]);
    expect(DEFAULT_GRADING_POLICIES.strategyTemplates.map((t) => `${t.quadrantName['zh-CN']}→${t.strategyName['zh-CN']}`)).toEqual([
      '核心客户→巩固',
      '核心潜在客户→投资',
      '一般客户→收获',
      '兼顾客户→兼顾',
    ]);
  });

  it('accepts custom grade names and no grades at all', () => {
    const custom = copy();
    custom.servicePolicies = [{ ...custom.servicePolicies[0], grade: '战略' }, { ...custom.servicePolicies[3], grade: '普通' }];
    expect(validateGradingPolicies(custom)).toEqual([]);
    expect(validateGradingPolicies({ ...custom, servicePolicies: [] })).toEqual([]);
  });

  it('names a grade that appears twice, an empty grade and visits out of range', () => {
    const bad = copy();
    const a = bad.servicePolicies[0];
    bad.servicePolicies = [a, { ...a, grade: ' A ' }, { ...a, grade: ' ' }, { ...a, grade: 'E', visitsPerQuarter: 91 }, { ...a, grade: 'F', visitsPerQuarter: 1.5 }];
    expect(withoutCodes(bad)).toEqual([
      { path: 'servicePolicies.1.grade', message: 'grade A appears twice' },
      { path: 'servicePolicies.2.grade', message: 'a grade name of 1 to 20 characters' },
      { path: 'servicePolicies.3.visitsPerQuarter', message: 'a whole number from 0 to 90' },
      { path: 'servicePolicies.4.visitsPerQuarter', message: 'a whole number from 0 to 90' },
    ]);
    expect(validateGradingPolicies(bad).map((e) => e.code)).toEqual(['DUPLICATE_GRADE', 'GRADE_NAME_LENGTH', 'VISITS_OUT_OF_RANGE', 'VISITS_OUT_OF_RANGE']);
  });

  it('refuses values outside the domain lists', () => {
    const bad = copy();
    bad.servicePolicies[1] = { ...bad.servicePolicies[1], planDepth: 'huge', reviewCadence: 'daily', contactMode: 'telepathy' } as unknown as ServicePolicy;
    expect(validateGradingPolicies(bad).map((e) => `${e.path} ${e.code}`)).toEqual([
      'servicePolicies.1.planDepth NOT_IN_LIST',
      'servicePolicies.1.reviewCadence NOT_IN_LIST',
      'servicePolicies.1.contactMode NOT_IN_LIST',
    ]);
  });

  it('needs every text of a template in both languages', () => {
    const bad = copy();
    const core = bad.strategyTemplates[0];
    bad.strategyTemplates[0] = { ...core, strategyName: { 'zh-CN': '巩固', 'en-US': '  ' }, actions: [{ 'zh-CN': '', 'en-US': 'Help' }], reasons: [] };
    expect(withoutCodes(bad)).toEqual([
      { path: 'strategyTemplates.0.strategyName.en-US', message: '1 to 30 characters' },
      { path: 'strategyTemplates.0.actions.0.zh-CN', message: '1 to 500 characters' },
    ]);
    bad.strategyTemplates[0] = { ...core, actions: [] };
    expect(withoutCodes(bad)).toEqual([{ path: 'strategyTemplates.0.actions', message: '1 to 10 entries' }]);
  });

  it('keeps one template per quadrant, each with the seed’s strategy', () => {
    const twice = copy();
    twice.strategyTemplates[3] = twice.strategyTemplates[0];
    expect(withoutCodes(twice)).toEqual([
      { path: 'strategyTemplates.3.quadrant', message: 'quadrant core appears twice' },
      { path: 'strategyTemplates', message: 'a template for secondary is missing' },
    ]);
    const swapped = copy();
    swapped.strategyTemplates[2] = { ...swapped.strategyTemplates[2], strategy: 'invest' };
    expect(withoutCodes(swapped)).toEqual([{ path: 'strategyTemplates.2.strategy', message: 'the strategy of general is harvest' }]);
  });
});
