import { describe, expect, it } from 'vitest';
import { ROLES } from '../../domain/users/roles.ts';
import enUS from './en-US.json';
import zhCN from './zh-CN.json';

type Tree = { [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );

const zh = flatten(zhCN);
const en = flatten(enUS);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

// Every error code the server declares (CommonErrors and each module's *.errors.ts).
const errorModules = import.meta.glob<Record<string, unknown>>(['../../server/lib/errors.ts', '../../server/**/*.errors.ts'], { eager: true });
const serverCodes = Object.values(errorModules)
  .flatMap((module) => Object.values(module))
  .filter((value): value is Record<string, { code: string }> => typeof value === 'object' && value !== null && !Array.isArray(value))
  .flatMap((specs) => Object.values(specs))
  .filter((spec) => typeof spec?.code === 'string' && typeof (spec as { status?: unknown }).status === 'number')
  .map((spec) => spec.code);

// Literal keys in the UI's source: t('menu.users'), name: 'menu.users', t(cond ? 'a.b' : 'a.c').
const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../api/schema.d.ts'], {
  eager: true,
  query: '?raw',
  import: 'default',
});
const namespaces = Object.keys(zhCN);
const usedKeys = [
  ...new Set(
    Object.values(sources).flatMap((text) =>
      [...text.matchAll(/'([a-zA-Z]+\.[a-zA-Z_.]+[a-zA-Z_])'/g)].map((m) => m[1]).filter((key) => namespaces.includes(key.split('.')[0])),
    ),
  ),
];

describe('locale files', () => {
  it('have exactly the same keys in zh-CN and en-US', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('have no empty texts', () => {
    expect(Object.entries({ ...zh, ...en }).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    // The zh-CN field error leaves out the server's English message on purpose.
    const allowed = new Set(['error.fieldInvalid']);
    const differing = Object.keys(zh).filter((key) => !allowed.has(key) && placeholders(zh[key]).join() !== placeholders(en[key] ?? '').join());
    expect(differing).toEqual([]);
  });

  it('translate every error code the server can send', () => {
    expect(serverCodes.length).toBeGreaterThan(20);
    expect(serverCodes.filter((code) => !(`error.${code}` in zh))).toEqual([]);
  });

  it('name every role', () => {
    expect(ROLES.filter((role) => !(`role.${role}` in zh))).toEqual([]);
  });

  it('contain every key the UI source uses literally', () => {
    expect(usedKeys.length).toBeGreaterThan(100);
    // A literal may also name a group that the code completes (`label('audit.actions', action)`).
    const isGroup = (key: string) => Object.keys(zh).some((known) => known.startsWith(`${key}.`));
    expect(usedKeys.filter((key) => !(key in zh) && !isGroup(key))).toEqual([]);
  });
});
