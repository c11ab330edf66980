import type { ServicePolicy, StrategyTemplate } from '../../../api/gradingPolicies.queries.ts';

export type Bilingual = { 'zh-CN': string; 'en-US': string };
export type ItemList = 'actions' | 'reasons';

export const EMPTY_TEXT: Bilingual = { 'zh-CN': '', 'en-US': '' };

// A new row below the lowest grade: the next letter after the last single-letter grade (A–D → E),
// served like the lowest grade until the administrator changes it.
export function newGradeRow(policies: readonly ServicePolicy[]): ServicePolicy {
  const taken = new Set(policies.map((p) => p.grade));
  const last = policies.at(-1);
  let code = last && /^[A-Y]$/.test(last.grade) ? last.grade.charCodeAt(0) + 1 : 'A'.charCodeAt(0);
  while (taken.has(String.fromCharCode(code)) && code < 'Z'.charCodeAt(0)) code += 1;
  const grade = taken.has(String.fromCharCode(code)) ? '' : String.fromCharCode(code);
  return last
    ? { ...last, grade }
    : { grade, visitsPerQuarter: 1, planDepth: 'brief', isExecutiveSponsorRequired: false, reviewCadence: 'quarterly', contactMode: 'in_person' };
}

export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] => list.map((current, i) => (i === index ? item : current));

// The grades a grade model uses that the table does not serve (an account of that grade would
// have no service level).
export const gradesWithoutPolicy = (modelGrades: readonly string[], policies: readonly ServicePolicy[]): string[] => {
  const served = new Set(policies.map((p) => p.grade.trim()));
  return [...new Set(modelGrades)].filter((grade) => !served.has(grade));
};

export function setItem(template: StrategyTemplate, list: ItemList, index: number, text: Bilingual): StrategyTemplate {
  return { ...template, [list]: replaceAt(template[list], index, text) };
}
export const addItem = (template: StrategyTemplate, list: ItemList): StrategyTemplate => ({ ...template, [list]: [...template[list], EMPTY_TEXT] });
export const removeItem = (template: StrategyTemplate, list: ItemList, index: number): StrategyTemplate => ({ ...template, [list]: template[list].filter((_, i) => i !== index) });
