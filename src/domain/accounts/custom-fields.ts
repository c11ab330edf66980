// ARC-1 custom fields: the administrator adds fields the standard archive lacks (e.g. 年用油量,
// 设备品牌). Definitions are configuration; an account keeps its values in one JSON object keyed
// by the field's key, so adding a field never needs a schema change.

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'select', 'multiselect', 'boolean'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export type CustomFieldDefinition = {
  key: string;
  label: { 'zh-CN': string; 'en-US': string };
  type: CustomFieldType;
  options: string[]; // the choices of a `select` or `multiselect`; empty otherwise
  required: boolean;
  // A retired field keeps its stored values (history stays readable) but takes no new ones.
  active: boolean;
};

export type CustomValue = string | number | boolean | string[] | null;
export type CustomValues = Record<string, CustomValue>;
export type FieldError = { path: string; message: string };

export const MAX_CUSTOM_FIELDS = 50;
export const MAX_CUSTOM_TEXT = 2000;
const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validateDefinitions(fields: readonly CustomFieldDefinition[]): FieldError[] {
  const errors: FieldError[] = [];
  if (fields.length > MAX_CUSTOM_FIELDS) errors.push({ path: 'customFields', message: `at most ${MAX_CUSTOM_FIELDS} fields` });
  const seen = new Set<string>();
  fields.forEach((field, i) => {
    const at = `customFields.${i}`;
    if (!KEY_PATTERN.test(field.key)) errors.push({ path: `${at}.key`, message: 'lower-case letters, digits and _ , starting with a letter' });
    else if (seen.has(field.key)) errors.push({ path: `${at}.key`, message: `duplicate key ${field.key}` });
    seen.add(field.key);
    if (hasOptions(field.type)) {
      if (field.options.length === 0) errors.push({ path: `${at}.options`, message: 'a choice field needs at least one option' });
      if (new Set(field.options).size !== field.options.length) errors.push({ path: `${at}.options`, message: 'options repeat' });
    } else if (field.options.length > 0) {
      errors.push({ path: `${at}.options`, message: 'only choice fields have options' });
    }
  });
  return errors;
}

const hasOptions = (type: CustomFieldType) => type === 'select' || type === 'multiselect';

const isValidDate = (value: string) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

function checkValue(field: CustomFieldDefinition, value: CustomValue): string | null {
  if (value === null) return null;
  switch (field.type) {
    case 'text':
      if (typeof value !== 'string') return 'text expected';
      return value.length > MAX_CUSTOM_TEXT ? `at most ${MAX_CUSTOM_TEXT} characters` : null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'number expected';
    case 'date':
      return typeof value === 'string' && isValidDate(value) ? null : 'date YYYY-MM-DD expected';
    case 'select':
      return typeof value === 'string' && field.options.includes(value) ? null : `one of: ${field.options.join(', ')}`;
    case 'multiselect':
      return Array.isArray(value) && value.every((v) => field.options.includes(v)) && new Set(value).size === value.length
        ? null
        : `some of, each once: ${field.options.join(', ')}`;
    case 'boolean':
      return typeof value === 'boolean' ? null : 'true or false expected';
  }
}

const isBlank = (value: CustomValue | undefined) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

// The values an account will hold after a write: `incoming` merged over `stored`. Unknown and
// retired keys are refused (a typo would otherwise vanish silently); blank text is stored as null;
// required fields must be filled in the result. Errors name `customFields.<key>`.
export function mergeCustomValues(
  definitions: readonly CustomFieldDefinition[],
  stored: CustomValues,
  incoming: CustomValues,
): { values: CustomValues; errors: FieldError[] } {
  const byKey = new Map(definitions.map((field) => [field.key, field]));
  const errors: FieldError[] = [];
  const values: CustomValues = { ...stored };
  for (const [key, raw] of Object.entries(incoming)) {
    const field = byKey.get(key);
    const path = `customFields.${key}`;
    if (!field || !field.active) {
      errors.push({ path, message: 'unknown field' });
      continue;
    }
    const value = isBlank(raw) ? null : typeof raw === 'string' ? raw.trim() : raw;
    const problem = checkValue(field, value);
    if (problem) errors.push({ path, message: problem });
    else values[key] = value;
  }
  for (const field of definitions) {
    if (field.active && field.required && isBlank(values[field.key]) && !errors.some((e) => e.path === `customFields.${field.key}`)) {
      errors.push({ path: `customFields.${field.key}`, message: 'required' });
    }
  }
  return { values, errors };
}
