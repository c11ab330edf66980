import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GRADE_MODEL, SCREENING_MATRIX_MODEL, validateModel, type ComputedSource } from '../../../../domain/grading/index.ts';
import enUS from '../../../locales/en-US.json';
import zhCN from '../../../locales/zh-CN.json';
import { bandPhrases, unitOfMetric } from './bands.ts';
import { fromDomain, issuesFromProblem } from './modelIssues.ts';
import { bandText, issueText, issueWithPlace } from './modelText.ts';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } }, lng: 'zh-CN', interpolation: { escapeValue: false } });
  zh = i18n.getFixedT('zh-CN');
  en = i18n.getFixedT('en-US');
});

const sourceOf = (key: string) => DEFAULT_GRADE_MODEL.criteria.find((c) => c.key === key)?.source as ComputedSource;
const bands = (t: TFunction, locale: 'zh-CN' | 'en-US', source: ComputedSource) => bandPhrases(source).map((p) => bandText(t, locale, unitOfMetric(source.metric), p));

describe('bands in words', () => {
  it('amounts stored in fen read in 万元 (zh-CN) and yuan (en-US)', () => {
    expect(bands(zh, 'zh-CN', sourceOf('annualPurchase'))).toEqual(['低于 ¥50万 → 1 分', '¥50万 – ¥200万 → 2 分', '¥200万 – ¥500万 → 3 分', '¥500万 – ¥1,000万 → 4 分', '¥1,000万 及以上 → 5 分']);
    expect(bands(en, 'en-US', sourceOf('annualPurchase'))[0]).toBe('below CNY 500,000 → 1');
  });

  it('days where lower is better read "up to" and "more than"', () => {
    expect(bands(en, 'en-US', sourceOf('paymentDays'))).toEqual(['up to 30 days → 5', '30 days – 60 days → 4', '60 days – 90 days → 3', '90 days – 120 days → 2', 'more than 120 days → 1']);
  });
});

describe('problems in words', () => {
  it('names the sum, and the axis of a matrix', () => {
    const grade = { ...DEFAULT_GRADE_MODEL, criteria: DEFAULT_GRADE_MODEL.criteria.map((c, i) => (i === 0 ? { ...c, weight: 20 } : c)) };
    expect(fromDomain(validateModel(grade)).map((i) => issueText(zh, i))).toEqual(['权重合计为 105，应为 100。']);
    const matrix = { ...SCREENING_MATRIX_MODEL, criteria: SCREENING_MATRIX_MODEL.criteria.map((c) => (c.key === 'profit' ? { ...c, weight: 30 } : c)) };
    expect(fromDomain(validateModel(matrix)).map((i) => issueText(en, i))).toEqual(['Attractiveness: the weights add up to 95, not 100.']);
  });

  it('a refused save reads the sum from the server message, and places a criterion problem by its name', () => {
    const [issue] = issuesFromProblem('GRADING_WEIGHTS_NOT_100', [{ path: 'definition.criteria', message: 'WEIGHTS_NOT_100: Weights add up to 98.5, not 100' }]);
    expect(issueText(zh, issue)).toBe('权重合计为 98.5，应为 100。');
    const broken = { ...DEFAULT_GRADE_MODEL, criteria: DEFAULT_GRADE_MODEL.criteria.map((c, i) => (i === 4 ? { ...c, weight: 0 } : { ...c })) };
    const texts = fromDomain(validateModel(broken)).map((i) => issueWithPlace(zh, 'zh-CN', broken, i));
    expect(texts).toContain('回款天数：权重必须大于 0。');
  });

  it('an unknown code falls back to the error text', () => {
    expect(issueText(zh, { path: '', code: 'MODEL_KIND_CHANGED', message: '' })).toBe(zhCN.error.GRADING_MODEL_KIND_CHANGED);
  });
});
