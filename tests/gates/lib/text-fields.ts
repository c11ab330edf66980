// The free-text fields of an operation's JSON body, found by walking its OpenAPI schema (so new
// operations are covered without a hand-kept list). A free-text field is a string with no enum,
// format or pattern (those only take ids, dates, codes, e-mails…). Arrays and records of strings
// count too (tags, custom field values), and the walk goes into nested objects and array items.

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  maxLength?: number;
  minLength?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
};
export type OpenApi = { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>; components?: { schemas?: Record<string, Schema> } };

// `path`: keys from the body's root; '[]' is "each item of an array", '{}' a key of a record.
export type TextField = { path: string[]; maxLength: number; minLength: number };

const resolve = (doc: OpenApi, s: Schema): Schema => (s.$ref ? resolve(doc, doc.components?.schemas?.[s.$ref.split('/').pop()!] ?? {}) : s);
const variants = (doc: OpenApi, s: Schema): Schema[] => {
  const r = resolve(doc, s);
  const alternatives = r.anyOf ?? r.oneOf;
  return alternatives ? alternatives.flatMap((a) => variants(doc, a)) : [r];
};
const isType = (s: Schema, type: string) => s.type === type || (Array.isArray(s.type) && s.type.includes(type));

function walk(doc: OpenApi, schema: Schema, path: string[], out: TextField[], depth: number) {
  if (depth > 6) return;
  for (const s of variants(doc, schema)) {
    if (isType(s, 'string') && !s.enum && s.const === undefined && !s.format && !s.pattern) {
      out.push({ path, maxLength: s.maxLength ?? 100_000, minLength: s.minLength ?? 0 });
      return;
    }
    if (isType(s, 'array') && s.items) walk(doc, s.items, [...path, '[]'], out, depth + 1);
    if (s.properties) for (const [key, child] of Object.entries(s.properties)) walk(doc, child, [...path, key], out, depth + 1);
    if (s.additionalProperties && typeof s.additionalProperties === 'object') walk(doc, s.additionalProperties, [...path, '{}'], out, depth + 1);
  }
}

export function bodySchema(doc: OpenApi, method: string, path: string): Schema | undefined {
  return doc.paths[path]?.[method.toLowerCase()]?.requestBody?.content?.['application/json']?.schema;
}

export function textFields(doc: OpenApi, method: string, path: string): TextField[] {
  const schema = bodySchema(doc, method, path);
  const out: TextField[] = [];
  if (schema) walk(doc, schema, [], out, 0);
  // Field paths are unique; a field reachable through two alternatives counts once.
  return [...new Map(out.map((f) => [f.path.join('.'), f])).values()];
}

export const fieldName = (operation: string, field: TextField) => `${operation} ${field.path.join('.')}`;

// Writes `value` at a field's path in `body` (arrays get one item; records keep their keys, or get
// `recordKey` when empty). Leaves the body alone when the path crosses something that is not there.
export function setAt(body: Record<string, unknown>, path: string[], value: string, recordKey = 'x'): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    body[head] = value;
    return;
  }
  const next = rest[0];
  if (next === '[]') {
    const items = Array.isArray(body[head]) ? (body[head] as unknown[]) : [];
    const tail = rest.slice(1);
    if (tail.length === 0) body[head] = items.length > 0 ? items.map(() => value) : [value];
    else {
      const first = (items[0] ?? {}) as Record<string, unknown>;
      setAt(first, tail, value, recordKey);
      body[head] = items.length > 0 ? [first, ...items.slice(1)] : [first];
    }
    return;
  }
  if (next === '{}') {
    const record = (body[head] ?? {}) as Record<string, unknown>;
    const keys = Object.keys(record).length > 0 ? Object.keys(record) : [recordKey];
    for (const key of keys) {
      if (rest.length === 1) record[key] = value;
      else setAt((record[key] ??= {}) as Record<string, unknown>, rest.slice(1), value, recordKey);
    }
    body[head] = record;
    return;
  }
  const child = (body[head] ?? {}) as Record<string, unknown>;
  setAt(child, rest, value, recordKey);
  body[head] = child;
}
