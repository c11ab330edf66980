import { unitFromHeader, type AmountUnit } from '../../../domain/import/parse-number.ts';
import { foldLabel, foldWidth } from '../../../domain/text/normalise.ts';
import { columnLetter, importError } from './import.errors.ts';

// ARC-8 column mapping: which file column fills which field. Chinese headers are matched
// automatically — by the field's key or any of its labels after folding (width, case, spaces,
// marks such as * and ：), then by containment (注册资本（万元） contains 注册资本; 名称 is part of
// 客户名称) — and the user can override any of it with an explicit map, in the UI or with the
// CLI's --map 客户名称=name,电话=phone.

export type TargetField = {
  key: string;
  // Chinese and English names and synonyms: ['客户名称', '公司名称', '企业名称', 'Company name'].
  labels: readonly string[];
  required?: boolean;
};

// Header → field key; null ignores the column.
export type ExplicitMap = Record<string, string | null>;

export type MatchKind = 'explicit' | 'exact' | 'contains';

export type MappedColumn = {
  column: number; // 0-based
  header: string;
  field: string;
  matchedBy: MatchKind;
  unit?: AmountUnit; // announced by the header: 注册资本（万元） → wan
};

export type ColumnMapping = {
  columns: MappedColumn[];
  unmapped: { column: number; header: string }[];
  // Headers that contain labels of several fields equally well: the user must choose.
  ambiguous: { column: number; header: string; fields: string[] }[];
  missingRequired: string[];
};

type Key = { folded: string; words: string };

const wordsOf = (text: string) => ` ${foldWidth(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')} `;
const isLatin = (folded: string) => /^[a-z0-9]+$/.test(folded);

const keyOf = (text: string): Key => ({ folded: foldLabel(text), words: wordsOf(text) });
const fieldKeys = (field: TargetField) => [field.key, ...field.labels].map(keyOf).filter((k) => k.folded !== '');

// How well a header contains a label or is part of one; 0 when neither. Chinese is matched
// inside words (注册资本万元 ⊇ 注册资本, 名称 ⊆ 客户名称); Latin only as whole words, so that
// "phone" is not found in "telephone".
function containsScore(header: Key, labels: readonly Key[]): number {
  let best = 0;
  for (const label of labels) {
    if (isLatin(label.folded) || isLatin(header.folded)) {
      if (header.words.includes(label.words)) best = Math.max(best, label.folded.length * 2);
      else if (label.words.includes(header.words)) best = Math.max(best, header.folded.length * 2 - 1);
    } else if (label.folded.length >= 2 && header.folded.includes(label.folded)) {
      best = Math.max(best, label.folded.length * 2);
    } else if (header.folded.length >= 2 && label.folded.includes(header.folded)) {
      best = Math.max(best, header.folded.length * 2 - 1);
    }
  }
  return best;
}

function applyExplicit(headers: readonly string[], fields: readonly TargetField[], explicit: ExplicitMap, assigned: Map<number, MappedColumn>, ignored: Set<number>) {
  const byHeader = new Map(headers.map((h, column) => [foldLabel(h), column]));
  const used = new Map<string, string>();
  for (const [header, fieldKey] of Object.entries(explicit)) {
    const column = byHeader.get(foldLabel(header));
    if (column === undefined || headers[column] === '') {
      throw importError('IMPORT_MAP_INVALID', `The file has no column "${header}"`, [{ path: `map.${header}`, message: 'no such column' }]);
    }
    if (fieldKey === null) {
      ignored.add(column);
      continue;
    }
    if (!fields.some((f) => f.key === fieldKey)) {
      const known = fields.map((f) => f.key).join(', ');
      throw importError('IMPORT_MAP_INVALID', `Unknown field "${fieldKey}" (fields: ${known})`, [{ path: `map.${header}`, message: 'unknown field' }]);
    }
    const previous = used.get(fieldKey);
    if (previous !== undefined) {
      throw importError('IMPORT_MAP_INVALID', `Field "${fieldKey}" is mapped from both "${previous}" and "${header}"`, [{ path: `map.${header}`, message: 'field mapped twice' }]);
    }
    used.set(fieldKey, header);
    assigned.set(column, { column, header: headers[column], field: fieldKey, matchedBy: 'explicit' });
  }
}

export function mapColumns(headers: readonly string[], fields: readonly TargetField[], explicit: ExplicitMap = {}): ColumnMapping {
  const assigned = new Map<number, MappedColumn>();
  const ignored = new Set<number>();
  applyExplicit(headers, fields, explicit, assigned, ignored);
  const taken = () => new Set([...assigned.values()].map((m) => m.field));
  const keys = new Map(fields.map((f) => [f.key, fieldKeys(f)]));
  const open = () =>
    headers.map((h, column) => ({ header: h, column, key: keyOf(h) })).filter((c) => c.key.folded !== '' && !assigned.has(c.column) && !ignored.has(c.column));

  for (const c of open()) {
    const field = fields.find((f) => !taken().has(f.key) && keys.get(f.key)?.some((k) => k.folded === c.key.folded));
    if (field) assigned.set(c.column, { column: c.column, header: c.header, field: field.key, matchedBy: 'exact' });
  }

  const ambiguous: ColumnMapping['ambiguous'] = [];
  const candidates = open().flatMap((c) =>
    fields.filter((f) => !taken().has(f.key)).map((f) => ({ ...c, field: f.key, score: containsScore(c.key, keys.get(f.key) ?? []) })),
  );
  const scored = candidates.filter((c) => c.score > 0).sort((a, b) => b.score - a.score || a.column - b.column);
  for (const c of scored) {
    if (assigned.has(c.column) || taken().has(c.field) || ambiguous.some((a) => a.column === c.column)) continue;
    const rivals = scored.filter((o) => o.column === c.column && o.score === c.score && !taken().has(o.field)).map((o) => o.field);
    if (rivals.length > 1) ambiguous.push({ column: c.column, header: c.header, fields: rivals });
    else assigned.set(c.column, { column: c.column, header: c.header, field: c.field, matchedBy: 'contains' });
  }

  const columns = [...assigned.values()].sort((a, b) => a.column - b.column).map((m) => {
    const unit = unitFromHeader(m.header);
    return unit ? { ...m, unit } : m;
  });
  const mappedFields = new Set(columns.map((m) => m.field));
  return {
    columns,
    unmapped: headers
      .map((header, column) => ({ header, column }))
      .filter((c) => c.header !== '' && !assigned.has(c.column) && !ignored.has(c.column) && !ambiguous.some((a) => a.column === c.column)),
    ambiguous,
    missingRequired: fields.filter((f) => f.required && !mappedFields.has(f.key)).map((f) => f.key),
  };
}

// "No name column": a file without a column for a required field cannot be imported.
export function assertRequiredColumns(mapping: ColumnMapping, fields: readonly TargetField[]): void {
  if (mapping.missingRequired.length === 0) return;
  const named = mapping.missingRequired.map((key) => {
    const field = fields.find((f) => f.key === key);
    return `${key}${field?.labels[0] ? ` (${field.labels[0]})` : ''}`;
  });
  throw importError('IMPORT_REQUIRED_COLUMN_MISSING', `No column for ${named.join(', ')}`, mapping.missingRequired.map((key) => ({ path: `map.${key}`, message: 'required column missing' })));
}

type MapItem = { header: string; field: string | null; text: string };

// Items of "表头=field,表头=field"; a backslash escapes the next character (\, \= \\).
function mapItems(text: string): MapItem[] {
  const items: MapItem[] = [];
  let header = '';
  let field: string | null = null;
  let raw = '';
  const finish = () => {
    if (raw.trim() !== '') items.push({ header, field, text: raw.trim() });
    [header, field, raw] = ['', null, ''];
  };
  for (let i = 0; i < text.length; i++) {
    let c = text[i];
    const isEscaped = c === '\\' && i + 1 < text.length;
    if (isEscaped) c = text[++i];
    raw += isEscaped ? `\\${c}` : c;
    if (!isEscaped && c === ',') {
      raw = raw.slice(0, -1);
      finish();
    } else if (!isEscaped && c === '=') {
      if (field !== null) throw importError('IMPORT_MAP_INVALID', `"${raw}" has more than one "="`, [{ path: `map[${items.length}]`, message: raw }]);
      field = '';
    } else if (field === null) header += c;
    else field += c;
  }
  finish();
  return items;
}

// The CLI's --map: "客户名称=name,电话=phone,备注=" (an empty or "-" field ignores the column).
// Full-width ， and ＝ typed with a Chinese IME work too; \, and \= escape them inside headers.
export function parseMapOption(option: string | readonly string[]): ExplicitMap {
  const map: ExplicitMap = {};
  const items = (typeof option === 'string' ? [option] : option).flatMap((o) => mapItems(foldWidth(o)));
  items.forEach((item, index) => {
    const place = [{ path: `map[${index}]`, message: item.text }];
    if (item.field === null) throw importError('IMPORT_MAP_INVALID', `"${item.text}" is not of the form 表头=field`, place);
    const header = item.header.trim();
    const field = item.field.trim();
    if (header === '') throw importError('IMPORT_MAP_INVALID', `"${item.text}" names no column`, place);
    if (Object.hasOwn(map, header)) throw importError('IMPORT_MAP_INVALID', `Column "${header}" is mapped twice`, place);
    map[header] = field === '' || field === '-' ? null : field;
  });
  return map;
}

// "column C (电话)" for messages.
export const columnName = (column: number, header: string): string => `column ${columnLetter(column)}${header ? ` (${header})` : ''}`;
