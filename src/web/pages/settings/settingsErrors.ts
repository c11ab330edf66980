import type { ChecklistItem } from '../../api/archiveSettings.queries.ts';
import { fieldNameOf } from '../../i18n/errorText.ts';
import { inputOfChecklistItem, type ChecklistInput } from './checklistValues.ts';

type Problem = { path: string; message: string };

// A refused save's errors, placed where the administrator can act on them: under a custom field's
// row (and its input in the drawer: `name` is the path inside the definition, e.g. ['options'] or
// ['label', 'en-US']), under a checklist input, or at the top of the page.
export type SettingsErrors = {
  fields: Record<number, { name: string[]; message: string }[]>;
  checklist: { name: ChecklistInput; errors: string[] }[];
  general: string[];
};

export const NO_SETTINGS_ERRORS: SettingsErrors = { fields: {}, checklist: [], general: [] };

const isIndex = (part: string | undefined): part is string => part !== undefined && /^\d+$/.test(part);

// `problems` carry the text to show; `sent` is the checklist that was saved (errors name its index).
export function placeSettingsErrors(problems: readonly Problem[], sent: readonly ChecklistItem[]): SettingsErrors {
  const placed: SettingsErrors = { fields: {}, checklist: [], general: [] };
  for (const problem of problems) {
    const [section, index, ...rest] = fieldNameOf(problem.path);
    if (section === 'customFields' && isIndex(index)) {
      const row = Number(index);
      placed.fields[row] = [...(placed.fields[row] ?? []), { name: rest.length > 0 ? rest : ['key'], message: problem.message }];
      continue;
    }
    const item = section === 'checklist' && isIndex(index) ? sent[Number(index)] : undefined;
    if (item) {
      const name = inputOfChecklistItem(item);
      const existing = placed.checklist.find((entry) => entry.name === name);
      if (existing) existing.errors.push(problem.message);
      else placed.checklist.push({ name, errors: [problem.message] });
      continue;
    }
    placed.general.push(problem.message);
  }
  return placed;
}
