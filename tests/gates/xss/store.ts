import { buildFixture, extrasFor, PLAYERS } from '../../../src/server/test/authz/fixture.ts';
import { POLICY, type Relation } from '../../../src/server/test/authz/policy.ts';
import { REQUESTS, type Built } from '../../../src/server/test/authz/requests.ts';
import type { Client, TestApp } from '../../../src/server/test/harness.ts';
import { fieldName, setAt, textFields, type OpenApi, type TextField } from '../lib/text-fields.ts';
import { shortPayload, type Payload } from './payloads.ts';

// Stores the payloads through the API (in the server's own process, like the T1 matrix):
// 1. every free-text field of every write operation of the OpenAPI document, each operation sent by
//    a caller the T1 policy allows, with the T1 table's valid request as the base; fields the API
//    refuses (400 naming them) are dropped and counted, the rest is stored;
// 2. every payload as the name and text of records the list pages show (accounts, contacts,
//    products, sales notes, relationship notes, teams, users, saved views, a custom field), and as
//    the cells and the file name of an account import.

export type Stored = {
  fieldsFound: string[];
  fieldsStored: string[];
  fieldsRefused: string[];
  fieldsTooShort: string[];
  uncovered: string[];
  writes: number;
  accountIds: string[]; // accounts whose detail pages show payloads
  galleryAccountId: string;
  formToken: string;
  modelIds: string[];
  evaluations: number; // of accounts named by payloads (screening matrix, grade lists)
};

// Operations that sign in, set passwords or run first-time setup: their text is never shown.
const NOT_STORED = /\/auth\/login|\/auth\/password|\/password$|\/setup$|\/auth\/logout/;
const PREFERENCE: Relation[] = ['owner', 'team_member', 'chain_manager', 'director', 'admin', 'granted', 'same_team', 'other_manager', 'expired_grant', 'anonymous'];
export const RECORD_KEY = 'xss';

const concrete = (field: TextField) => field.path.map((p) => (p === '[]' ? '0' : p === '{}' ? '*' : p)).join('.');
const matches = (errorPath: string, field: TextField) => {
  const want = concrete(field).split('.');
  const got = errorPath.replace(/^body\.?/, '').split('.');
  return want.every((part, i) => part === '*' || got[i] === undefined || part === got[i]) && got.length > 0 && got[0] === want[0];
};
const clone = <T>(value: T): T => structuredClone(value);

export async function storePayloads(t: TestApp, clients: Record<string, Client>, doc: OpenApi, list: Payload[]): Promise<Stored> {
  const stored: Stored = { fieldsFound: [], fieldsStored: [], fieldsRefused: [], fieldsTooShort: [], uncovered: [], writes: 0, accountIds: [], galleryAccountId: '', formToken: '', modelIds: [], evaluations: 0 };
  let counter = 100_000;
  let next = 0;
  const pick = (maxLength: number) => {
    for (let i = 0; i < list.length; i++) {
      const p = list[(next + i) % list.length];
      if (p.text.length <= maxLength) {
        next = (next + i + 1) % list.length;
        return p.text;
      }
    }
    const short = shortPayload(list[next % list.length].id);
    return short.length <= maxLength ? short : null;
  };
  const callerFor = (relation: Relation) => (relation === 'anonymous' ? clients.anonymous : clients[PLAYERS[relation]]);
  const send = async (caller: Client, built: Built) => {
    stored.writes++;
    return caller.request(built);
  };

  // 1. Every write operation with free-text fields.
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => [m.toUpperCase(), path] as const));
  for (const [method, path] of operations) {
    if (method === 'GET' || method === 'DELETE') continue;
    const operation = `${method} ${path}`;
    const fields = textFields(doc, method, path);
    if (fields.length === 0 || NOT_STORED.test(path)) continue;
    stored.fieldsFound.push(...fields.map((f) => fieldName(operation, f)));
    const rule = POLICY[operation];
    const build = REQUESTS[operation];
    const relation = rule && PREFERENCE.find((r) => rule.allow.includes(r));
    if (!build || !relation) {
      stored.uncovered.push(operation);
      continue;
    }
    const f = await buildFixture(t, clients, ++counter, extrasFor(operation));
    const caller = callerFor(relation);
    const built = await build({ t, f, caller, n: ++counter });
    const base = (built.payload ?? {}) as Record<string, unknown>;
    let remaining: { field: TextField; text: string }[] = [];
    for (const field of fields) {
      const text = pick(field.maxLength);
      if (text === null || text.length < field.minLength) stored.fieldsTooShort.push(fieldName(operation, field));
      else remaining.push({ field, text });
    }
    // Drop what the API names as invalid until it accepts the rest (a 400 changes nothing).
    for (let attempt = 0; attempt < 8 && remaining.length > 0; attempt++) {
      const body = clone(base);
      for (const { field, text } of remaining) setAt(body, field.path, text, RECORD_KEY);
      const response = await send(caller, { ...built, payload: body });
      if (response.statusCode < 300) {
        stored.fieldsStored.push(...remaining.map(({ field }) => fieldName(operation, field)));
        if (/accounts\/\{id\}|contacts\/\{id\}|sales\/\{id\}|evaluations|form-links/.test(path)) stored.accountIds.push(f.accountId);
        if (path === '/api/v1/accounts') stored.accountIds.push(response.json<{ id: string }>().id);
        if (path.startsWith('/api/v1/scoring-models')) stored.modelIds.push(response.json<{ id: string }>().id);
        break;
      }
      const errors = (response.json<{ errors?: { path: string }[] }>().errors ?? []).map((e) => e.path);
      const refused = remaining.filter(({ field }) => errors.some((e) => matches(e, field)));
      // A refusal that names no field (a business rule): keep the fields one by one on fresh fixtures.
      if (refused.length === 0) {
        for (const item of remaining) {
          const single = await buildFixture(t, clients, ++counter, extrasFor(operation));
          const one = await build({ t, f: single, caller, n: ++counter });
          const body = clone((one.payload ?? {}) as Record<string, unknown>);
          setAt(body, item.field.path, item.text, RECORD_KEY);
          const r = await send(caller, { ...one, payload: body });
          if (r.statusCode < 300) {
            stored.fieldsStored.push(fieldName(operation, item.field));
            stored.accountIds.push(single.accountId);
          } else stored.fieldsRefused.push(`${fieldName(operation, item.field)} (${r.statusCode} ${r.json<{ code?: string }>().code ?? ''})`);
        }
        break;
      }
      stored.fieldsRefused.push(...refused.map(({ field }) => `${fieldName(operation, field)} (400)`));
      remaining = remaining.filter((item) => !refused.includes(item));
    }
  }

  // 2. Every payload in the records the lists show.
  const { s1a, b1, admin } = clients;
  const ok = async (what: string, response: Promise<{ statusCode: number; body: string; json: () => unknown }>) => {
    const r = await response;
    stored.writes++;
    if (r.statusCode >= 300) throw new Error(`${what}: ${r.statusCode} ${r.body.slice(0, 300)}`);
    return r.json() as { id: string; version: number; url: string };
  };
  // A custom text field and a choice field whose labels and options are payloads.
  const settings = (await admin.get('/api/v1/settings/archive')).json() as { customFields: unknown[] };
  await ok(
    'custom fields',
    admin.put('/api/v1/settings/archive', {
      ...settings,
      customFields: [
        { key: RECORD_KEY, label: { 'zh-CN': pick(60) ?? 'x', 'en-US': pick(60) ?? 'x' }, type: 'text', options: [], required: false, active: true },
        { key: 'xsschoice', label: { 'zh-CN': pick(60) ?? 'x', 'en-US': pick(60) ?? 'x' }, type: 'select', options: list.slice(0, 5).map((p) => shortPayload(p.id)), required: false, active: true },
      ],
    }),
  );
  const gallery = await ok('gallery account', s1a.post('/api/v1/accounts', { name: `图库客户 ${shortPayload(0)}` }));
  stored.galleryAccountId = gallery.id;
  stored.accountIds.push(gallery.id);
  const product = await ok('product', b1.post('/api/v1/products', { name: `产品 ${shortPayload(0)}`, unit: '桶' }));
  const payloadAccounts: string[] = [];
  for (const p of list) {
    const account = await s1a.post('/api/v1/accounts', {
      name: p.text.slice(0, 200),
      address: p.text.slice(0, 300),
      mainBusiness: p.text,
      tags: [shortPayload(p.id)],
      customFields: { [RECORD_KEY]: p.text, xsschoice: shortPayload(list[p.id % Math.min(5, list.length)].id) },
    });
    stored.writes++;
    if (account.statusCode < 300) payloadAccounts.push(account.json<{ id: string }>().id);
    // A name the duplicate check refuses (the same text after normalisation) still gets the rest.
    if (account.statusCode >= 300) await ok(`account ${p.id}`, s1a.post('/api/v1/accounts', { name: `客户${p.id}`, address: p.text.slice(0, 300), mainBusiness: p.text }));
    const contact = await ok(`contact ${p.id}`, s1a.post(`/api/v1/accounts/${gallery.id}/contacts`, { name: p.text.slice(0, 100), title: p.text.slice(0, 100), notes: p.text }));
    if (p.id <= 10) await ok(`relationship ${p.id}`, s1a.put(`/api/v1/contacts/${contact.id}/relationships`, { links: [{ userId: t.users.s1a.id, strength: 3, note: p.text.slice(0, 500) }] }));
    const productName = await b1.post('/api/v1/products', { name: p.text.slice(0, 100), spec: p.text.slice(0, 100), unit: '桶', category: shortPayload(p.id) });
    stored.writes++;
    if (productName.statusCode >= 300) await ok(`product ${p.id}`, b1.post('/api/v1/products', { name: `产品${p.id}`, spec: p.text.slice(0, 100), unit: '桶' }));
    await ok(`sale ${p.id}`, s1a.post(`/api/v1/accounts/${gallery.id}/sales`, { productId: product.id, soldOn: '2026-03-01', quantity: 1, amountFen: 100 * p.id, note: p.text }));
  }
  // Accounts named by payloads on the screening matrix and in the grade lists (ECharts draws the
  // matrix tooltip as HTML): evaluations of every active ready-made model, comments as payloads.
  const models = (await admin.get('/api/v1/scoring-models')).json().items as { id: string; isActive: boolean; readyKey: string | null }[];
  for (const m of models.filter((x) => x.isActive && x.readyKey)) {
    const model = (await admin.get(`/api/v1/scoring-models/${m.id}`)).json() as { definition?: { criteria?: { key: string; scale: string; source: { type: string } }[] } };
    const scoreOf = (scale: string) => {
      const range = /^(\d+)-(\d+)$/.exec(scale);
      return range ? Math.round((Number(range[1]) + Number(range[2])) / 2) : 1;
    };
    const criteria = (model.definition?.criteria ?? []).filter((c) => c.source.type === 'judged');
    for (const [i, id] of payloadAccounts.slice(0, 8).entries()) {
      const judged = Object.fromEntries(criteria.map((c, j) => [c.key, { score: scoreOf(c.scale), comment: list[(i + j) % list.length].text.slice(0, 2000) }]));
      const r = await s1a.post(`/api/v1/accounts/${id}/evaluations`, { modelId: m.id, judged, comment: list[i % list.length].text });
      stored.writes++;
      if (r.statusCode < 300) stored.evaluations++;
    }
  }
  for (const p of list.slice(0, 10)) {
    await ok(`team ${p.id}`, admin.post('/api/v1/teams', { name: `部门${p.id} ${p.text}`.slice(0, 100) }));
    await ok(`view ${p.id}`, s1a.post('/api/v1/saved-views', { resource: 'accounts', name: `视图${p.id} ${p.text}`.slice(0, 60), state: {}, isShared: true }));
  }
  for (const p of list.slice(0, 4)) {
    await ok(`user ${p.id}`, admin.post('/api/v1/users', { username: `xss${p.id}`, name: p.text.slice(0, 100), password: 'xss-gate-password', role: 'account_manager', teamId: t.teams.d1 }));
  }
  // The owner's display name is shown on every account row, card and history entry.
  const s1aUrl = `/api/v1/users/${t.users.s1a.id}`;
  await ok('display name', admin.patch(s1aUrl, { version: (await admin.get(s1aUrl)).json().version, name: list[0].text.slice(0, 100) }));
  // An import whose cells and file name are payloads.
  const csv = ['客户名称,地址,主营业务', ...list.slice(0, 20).map((p) => [`导入${p.id}${p.text}`, p.text, p.text].map((c) => `"${c.slice(0, 180).replaceAll('"', '""')}"`).join(','))].join('\n');
  const boundary = 'xssgateboundary';
  const fileName = `${shortPayload(list[0].id)}客户.csv`.replaceAll('"', '');
  const payload = `--${boundary}\r\nContent-Disposition: form-data; name="options"\r\n\r\n{"dryRun":false}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n\r\n${csv}\r\n--${boundary}--\r\n`;
  await ok('import', s1a.request({ method: 'POST', url: '/api/v1/accounts/import', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }));
  // The customer's form link, with a submission of payloads waiting for review.
  const link = await ok('form link', s1a.post(`/api/v1/accounts/${gallery.id}/form-links`, {}));
  const token = link.url.split('/form/')[1];
  await clients.anonymous.post(`/api/v1/public/customer-forms/${token}`, { address: list[1 % list.length].text.slice(0, 300), mainBusiness: list[2 % list.length].text });
  stored.formToken = (await ok('form link 2', s1a.post(`/api/v1/accounts/${gallery.id}/form-links`, {}))).url.split('/form/')[1];
  // Fields the first pass could not fill on their own (custom field values need a defined field,
  // labels a whole valid definition) and this pass stored.
  const second = ['PUT /api/v1/settings/archive customFields.[].label.zh-CN', 'PUT /api/v1/settings/archive customFields.[].label.en-US', 'PUT /api/v1/settings/archive customFields.[].options.[]', 'POST /api/v1/accounts customFields.{}'];
  stored.fieldsStored = [...new Set([...stored.fieldsStored, ...second.filter((f) => stored.fieldsFound.includes(f))])];
  stored.fieldsRefused = stored.fieldsRefused.filter((r) => !stored.fieldsStored.some((f) => r.startsWith(`${f} (`)));
  stored.accountIds = [...new Set(stored.accountIds)];
  return stored;
}
