import type { InjectOptions } from 'fastify';
import type { Client, TestApp } from '../harness.ts';
import { TEST_PASSWORD } from '../harness.ts';
import type { Fixture } from './fixture.ts';

// A valid request for each operation of the policy, so that an allowed caller gets 2xx and a
// denied one is refused for who they are, not for what they sent.
export type Built = Pick<InjectOptions, 'method' | 'url' | 'payload' | 'headers'>;
export type RequestContext = { t: TestApp; f: Fixture; caller: Client; n: number };
type Builder = (c: RequestContext) => Promise<Built> | Built;

const multipart = (csv: string, options: object, url = '/api/v1/accounts/import'): Built => {
  const boundary = 'matrixboundary';
  const payload = [
    `--${boundary}\r\nContent-Disposition: form-data; name="options"\r\n\r\n${JSON.stringify(options)}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n${csv}\r\n--${boundary}--\r\n`,
  ].join('');
  return { method: 'POST', url, payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
};

const versionOf = async (client: Client, url: string) => (await client.get(url)).json().version as number;
const admin = (c: RequestContext) => c.t.loginAs('admin');
// The fixture request's version, read by the admin (who sees every request; one session per test app).
const adminSessions = new WeakMap<TestApp, Promise<Client>>();
const approvalVersion = async (c: RequestContext) => {
  let session = adminSessions.get(c.t);
  if (!session) adminSessions.set(c.t, (session = admin(c)));
  return versionOf(await session, `/api/v1/approvals/${c.f.approvalId}`);
};
// The id of a ready scoring model ('grade', 'dealer', 'matrix'), looked up once per test app.
const readyModels = new WeakMap<TestApp, Promise<Record<string, string>>>();
const regradeJobs = new WeakMap<TestApp, Promise<string>>();
const readyModel = async (c: RequestContext, key: string) => {
  if (!readyModels.has(c.t)) {
    const lookup = admin(c).then(async (client) => {
      const items = (await client.get('/api/v1/scoring-models')).json().items as { id: string; readyKey: string | null }[];
      return Object.fromEntries(items.filter((m) => m.readyKey).map((m) => [m.readyKey, m.id]));
    });
    readyModels.set(c.t, lookup);
  }
  return (await readyModels.get(c.t))?.[key] ?? '';
};
const modelDefinition = (n: number) => ({
  kind: 'grade',
  name: { 'zh-CN': `矩阵模型${n}`, 'en-US': `Matrix model ${n}` },
  criteria: [{ key: 'openness', name: { 'zh-CN': '开放', 'en-US': 'Openness' }, weight: 100, scale: '1-5', source: { type: 'judged' } }],
  thresholds: [
    { grade: 'A', minTotal: 50 },
    { grade: 'B', minTotal: 0 },
  ],
});

export const REQUESTS: Record<string, Builder> = {
  'GET /api/health': () => ({ method: 'GET', url: '/api/health' }),
  'GET /api/v1/setup': () => ({ method: 'GET', url: '/api/v1/setup' }),
  'POST /api/v1/setup': () => ({ method: 'POST', url: '/api/v1/setup', payload: { username: 'again', name: 'x', password: 'again-again' } }),
  'POST /api/v1/auth/login': () => ({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'director', password: TEST_PASSWORD } }),
  'POST /api/v1/auth/logout': () => ({ method: 'POST', url: '/api/v1/auth/logout' }),
  'GET /api/v1/auth/me': () => ({ method: 'GET', url: '/api/v1/auth/me' }),
  'PATCH /api/v1/auth/me': async ({ caller }) => {
    const me = (await caller.get('/api/v1/auth/me')).json();
    return { method: 'PATCH', url: '/api/v1/auth/me', payload: { version: me?.user?.version ?? 1, locale: 'zh-CN' } };
  },
  'POST /api/v1/auth/password': () => ({ method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } }),
  'GET /api/v1/auth/tokens': () => ({ method: 'GET', url: '/api/v1/auth/tokens' }),
  'POST /api/v1/auth/tokens': ({ n }) => ({ method: 'POST', url: '/api/v1/auth/tokens', payload: { name: `t${n}` } }),
  'DELETE /api/v1/auth/tokens/{id}': ({ f }) => ({ method: 'DELETE', url: `/api/v1/auth/tokens/${f.tokenId}` }),
  'GET /api/v1/users': () => ({ method: 'GET', url: '/api/v1/users' }),
  'POST /api/v1/users': ({ n }) => ({ method: 'POST', url: '/api/v1/users', payload: { username: `matrix${n}`, name: 'M', password: 'matrix-pass', role: 'service' } }),
  'GET /api/v1/users/{id}': ({ t }) => ({ method: 'GET', url: `/api/v1/users/${t.users.b1.id}` }),
  'PATCH /api/v1/users/{id}': async (c) => {
    const url = `/api/v1/users/${c.t.users.disabled.id}`;
    return { method: 'PATCH', url, payload: { version: await versionOf(await admin(c), url), name: `改名${c.n}` } };
  },
  'POST /api/v1/users/{id}/password': ({ t }) => ({ method: 'POST', url: `/api/v1/users/${t.users.disabled.id}/password`, payload: { password: 'reset-matrix' } }),
  'GET /api/v1/teams': () => ({ method: 'GET', url: '/api/v1/teams' }),
  'POST /api/v1/teams': ({ n }) => ({ method: 'POST', url: '/api/v1/teams', payload: { name: `矩阵部${n}` } }),
  'PATCH /api/v1/teams/{id}': async (c) => {
    const teams = (await (await admin(c)).get('/api/v1/teams')).json().items as { id: string; name: string; version: number }[];
    const d2 = teams.find((x) => x.id === c.t.teams.d2)!;
    return { method: 'PATCH', url: `/api/v1/teams/${d2.id}`, payload: { version: d2.version, managerId: c.t.users.m2.id } };
  },
  'GET /api/v1/audit': () => ({ method: 'GET', url: '/api/v1/audit' }),
  'POST /api/v1/admin/backup': () => ({ method: 'POST', url: '/api/v1/admin/backup' }),
  'GET /api/v1/settings/archive': () => ({ method: 'GET', url: '/api/v1/settings/archive' }),
  // Saves the settings as they are (the version read just before), so the matrix changes nothing else.
  'PUT /api/v1/settings/archive': async (c) => {
    const settings = (await (await admin(c)).get('/api/v1/settings/archive')).json();
    return { method: 'PUT', url: '/api/v1/settings/archive', payload: settings };
  },

  'GET /api/v1/accounts': () => ({ method: 'GET', url: '/api/v1/accounts?limit=200' }),
  'POST /api/v1/accounts': ({ n }) => ({ method: 'POST', url: '/api/v1/accounts', payload: { name: `新客户${n}` } }),
  'POST /api/v1/accounts/import': ({ n }) => multipart(`客户名称\n导入客户${n}\n`, { dryRun: false }),
  'GET /api/v1/accounts/export': () => ({ method: 'GET', url: '/api/v1/accounts/export?format=csv' }),
  'GET /api/v1/accounts/lookup': ({ n }) => ({ method: 'GET', url: `/api/v1/accounts/lookup?name=${encodeURIComponent(`矩阵客户${n}`)}` }),
  'GET /api/v1/accounts/{id}': ({ f }) => ({ method: 'GET', url: `/api/v1/accounts/${f.accountId}` }),
  'GET /api/v1/accounts/{id}/history': ({ f }) => ({ method: 'GET', url: `/api/v1/accounts/${f.accountId}/history` }),
  'PATCH /api/v1/accounts/{id}': ({ f }) => ({ method: 'PATCH', url: `/api/v1/accounts/${f.accountId}`, payload: { version: 1, phone: '0769-0000 0000' } }),
  'DELETE /api/v1/accounts/{id}': ({ f }) => ({ method: 'DELETE', url: `/api/v1/accounts/${f.accountId}?version=1` }),
  'PUT /api/v1/accounts/{id}/team': ({ f, t }) => ({ method: 'PUT', url: `/api/v1/accounts/${f.accountId}/team`, payload: { members: [{ userId: t.users.m2.id, role: 'sales' }] } }),
  'POST /api/v1/accounts/transfer': ({ f, t }) => ({ method: 'POST', url: '/api/v1/accounts/transfer', payload: { accountIds: [f.accountId], toUserId: t.users.s1b.id } }),
  'POST /api/v1/accounts/batch': ({ f }) => ({ method: 'POST', url: '/api/v1/accounts/batch', payload: { accountIds: [f.accountId], addTags: ['矩阵'] } }),
  'POST /api/v1/accounts/{id}/review/submit': ({ f }) => ({ method: 'POST', url: `/api/v1/accounts/${f.accountId}/review/submit` }),
  'POST /api/v1/accounts/{id}/review': async ({ f, t }) => {
    await (await t.loginAs('s1a')).post(`/api/v1/accounts/${f.accountId}/review/submit`);
    return { method: 'POST', url: `/api/v1/accounts/${f.accountId}/review`, payload: { decision: 'approve' } };
  },
  'POST /api/v1/access-requests': ({ f }) => ({ method: 'POST', url: '/api/v1/access-requests', payload: { accountId: f.accountId, reason: 'need it' } }),
  'GET /api/v1/access-requests': () => ({ method: 'GET', url: '/api/v1/access-requests?scope=to_decide' }),
  'POST /api/v1/access-requests/{id}/decision': ({ f }) => ({ method: 'POST', url: `/api/v1/access-requests/${f.accessRequestId}/decision`, payload: { approve: true } }),

  'POST /api/v1/contacts/import': ({ n }) => multipart(`客户名称,姓名\n矩阵客户${n - 1},导入联系人\n`, { dryRun: true }, '/api/v1/contacts/import'),
  'GET /api/v1/contacts': () => ({ method: 'GET', url: '/api/v1/contacts?limit=200' }),
  'GET /api/v1/accounts/{id}/contacts': ({ f }) => ({ method: 'GET', url: `/api/v1/accounts/${f.accountId}/contacts` }),
  'GET /api/v1/accounts/{id}/coverage': ({ f }) => ({ method: 'GET', url: `/api/v1/accounts/${f.accountId}/coverage` }),
  'POST /api/v1/accounts/{id}/contacts': ({ f }) => ({ method: 'POST', url: `/api/v1/accounts/${f.accountId}/contacts`, payload: { name: '新联系人' } }),
  'GET /api/v1/contacts/{id}': ({ f }) => ({ method: 'GET', url: `/api/v1/contacts/${f.contactId}` }),
  'PATCH /api/v1/contacts/{id}': ({ f }) => ({ method: 'PATCH', url: `/api/v1/contacts/${f.contactId}`, payload: { version: 1, title: '经理' } }),
  'DELETE /api/v1/contacts/{id}': ({ f }) => ({ method: 'DELETE', url: `/api/v1/contacts/${f.contactId}?version=1` }),
  'PUT /api/v1/contacts/{id}/relationships': ({ f, t }) => ({ method: 'PUT', url: `/api/v1/contacts/${f.contactId}/relationships`, payload: { links: [{ userId: t.users.s1a.id, strength: 3 }] } }),

  'GET /api/v1/saved-views': () => ({ method: 'GET', url: '/api/v1/saved-views?resource=accounts' }),
  'POST /api/v1/saved-views': ({ n }) => ({ method: 'POST', url: '/api/v1/saved-views', payload: { resource: 'accounts', name: `v${n}`, state: {} } }),
  'PATCH /api/v1/saved-views/{id}': ({ f }) => ({ method: 'PATCH', url: `/api/v1/saved-views/${f.viewId}`, payload: { version: 1, name: '改' } }),
  'DELETE /api/v1/saved-views/{id}': ({ f }) => ({ method: 'DELETE', url: `/api/v1/saved-views/${f.viewId}` }),

  'POST /api/v1/accounts/{id}/form-links': ({ f }) => ({ method: 'POST', url: `/api/v1/accounts/${f.accountId}/form-links`, payload: {} }),
  'GET /api/v1/accounts/{id}/form-links': ({ f }) => ({ method: 'GET', url: `/api/v1/accounts/${f.accountId}/form-links` }),
  'POST /api/v1/form-links/{id}/accept': ({ f }) => ({ method: 'POST', url: `/api/v1/form-links/${f.formLinkId}/accept`, payload: { accountVersion: 1, fields: ['phone'] } }),
  'POST /api/v1/form-links/{id}/dismiss': ({ f }) => ({ method: 'POST', url: `/api/v1/form-links/${f.formLinkId}/dismiss` }),
  'GET /api/v1/public/customer-forms/{token}': ({ f }) => ({ method: 'GET', url: `/api/v1/public/customer-forms/${f.formToken}` }),
  'POST /api/v1/public/customer-forms/{token}': ({ f }) => ({ method: 'POST', url: `/api/v1/public/customer-forms/${f.formToken}`, payload: { phone: '0769-9999 9999' } }),

  'GET /api/v1/products': () => ({ method: 'GET', url: '/api/v1/products?isActive=true' }),
  'GET /api/v1/products/categories': () => ({ method: 'GET', url: '/api/v1/products/categories' }),
  'GET /api/v1/products/{id}': ({ f }) => ({ method: 'GET', url: `/api/v1/products/${f.productId}` }),
  'POST /api/v1/products': ({ n }) => ({ method: 'POST', url: '/api/v1/products', payload: { name: `新产品${n}`, unit: '桶' } }),
  'PATCH /api/v1/products/{id}': ({ f }) => ({ method: 'PATCH', url: `/api/v1/products/${f.productId}`, payload: { version: 1, standardPriceFen: 100_00 } }),
  'POST /api/v1/products/{id}/deactivate': ({ f }) => ({ method: 'POST', url: `/api/v1/products/${f.productId}/deactivate`, payload: { version: 1 } }),

  'GET /api/v1/sales': () => ({ method: 'GET', url: '/api/v1/sales?limit=200' }),
  'GET /api/v1/sales/export': () => ({ method: 'GET', url: '/api/v1/sales/export?format=csv' }),
  'POST /api/v1/sales/import': ({ n }) => multipart(`客户名称,产品名称,规格,日期,数量,金额\n矩阵客户${n - 1},矩阵产品${n - 1},200L/桶,2026-03-01,1,100\n`, { dryRun: true }, '/api/v1/sales/import'),
  'GET /api/v1/accounts/{id}/sales': ({ f }) => ({ method: 'GET', url: `/api/v1/accounts/${f.accountId}/sales` }),
  'POST /api/v1/accounts/{id}/sales': ({ f }) => ({ method: 'POST', url: `/api/v1/accounts/${f.accountId}/sales`, payload: { productId: f.productId, soldOn: '2026-03-02', quantity: 1, amountFen: 2_980_00 } }),
  'GET /api/v1/sales/{id}': ({ f }) => ({ method: 'GET', url: `/api/v1/sales/${f.saleId}` }),
  'PATCH /api/v1/sales/{id}': ({ f }) => ({ method: 'PATCH', url: `/api/v1/sales/${f.saleId}`, payload: { version: 1, paidFen: 5_960_00 } }),
  'DELETE /api/v1/sales/{id}': ({ f }) => ({ method: 'DELETE', url: `/api/v1/sales/${f.saleId}?version=1` }),

  'GET /api/v1/scoring-models': () => ({ method: 'GET', url: '/api/v1/scoring-models?kind=grade' }),
  'GET /api/v1/scoring-models/{id}': async (c) => ({ method: 'GET', url: `/api/v1/scoring-models/${await readyModel(c, 'dealer')}` }),
  'POST /api/v1/scoring-models': ({ n }) => ({ method: 'POST', url: '/api/v1/scoring-models', payload: { definition: modelDefinition(n) } }),
  'PATCH /api/v1/scoring-models/{id}': async (c) => {
    const created = (await (await admin(c)).post('/api/v1/scoring-models', { definition: modelDefinition(c.n) })).json();
    return { method: 'PATCH', url: `/api/v1/scoring-models/${created.id}`, payload: { version: created.version, isActive: false } };
  },
  'GET /api/v1/accounts/{id}/evaluation-draft': async (c) => ({ method: 'GET', url: `/api/v1/accounts/${c.f.accountId}/evaluation-draft?modelId=${await readyModel(c, 'grade')}` }),
  'GET /api/v1/accounts/{id}/evaluations': ({ f }) => ({ method: 'GET', url: `/api/v1/accounts/${f.accountId}/evaluations` }),
  'POST /api/v1/accounts/{id}/evaluations': async (c) => ({
    method: 'POST',
    url: `/api/v1/accounts/${c.f.accountId}/evaluations`,
    payload: { modelId: await readyModel(c, 'grade'), judged: { openness: { score: 4, comment: '愿意听取建议' } } },
  }),
  'GET /api/v1/grading/matrix': async (c) => ({ method: 'GET', url: `/api/v1/grading/matrix?modelId=${await readyModel(c, 'matrix')}` }),
  'GET /api/v1/grading/composition': () => ({ method: 'GET', url: '/api/v1/grading/composition?from=2025-01-01&to=2025-12-31&by=region' }),
  'GET /api/v1/grading/composition/export': () => ({ method: 'GET', url: '/api/v1/grading/composition/export?by=product&lang=en-US' }),
  'GET /api/v1/grading/matrix/export': async (c) => ({ method: 'GET', url: `/api/v1/grading/matrix/export?format=csv&modelId=${await readyModel(c, 'matrix')}` }),
  'POST /api/v1/grading/regrade': async (c) => ({ method: 'POST', url: '/api/v1/grading/regrade', payload: { modelId: await readyModel(c, 'dealer') } }),
  'GET /api/v1/grading/jobs/{id}': async (c) => {
    // One re-grade per test app serves every caller (each one runs over all accounts).
    if (!regradeJobs.has(c.t)) regradeJobs.set(c.t, admin(c).then(async (client) => (await client.post('/api/v1/grading/regrade', { modelId: await readyModel(c, 'dealer') })).json().id as string));
    return { method: 'GET', url: `/api/v1/grading/jobs/${await regradeJobs.get(c.t)}` };
  },
  'GET /api/v1/grading/policies': () => ({ method: 'GET', url: '/api/v1/grading/policies' }),
  // Saves the policies as they are (the version read just before), so the matrix changes nothing else.
  'PUT /api/v1/grading/policies': async (c) => {
    const policies = (await (await admin(c)).get('/api/v1/grading/policies')).json();
    return { method: 'PUT', url: '/api/v1/grading/policies', payload: policies };
  },
  'GET /api/v1/accounts/{id}/service-level': ({ f }) => ({ method: 'GET', url: `/api/v1/accounts/${f.accountId}/service-level` }),

  'GET /api/v1/approvals': () => ({ method: 'GET', url: '/api/v1/approvals?box=inbox' }),
  'GET /api/v1/approvals/inbox-count': () => ({ method: 'GET', url: '/api/v1/approvals/inbox-count' }),
  'POST /api/v1/approvals': ({ n }) => ({ method: 'POST', url: '/api/v1/approvals', payload: { title: `矩阵申请${n}`, amountFen: 8_000_00, description: '客户交流会' } }),
  'GET /api/v1/approvals/{id}': ({ f }) => ({ method: 'GET', url: `/api/v1/approvals/${f.approvalId}` }),
  'POST /api/v1/approvals/{id}/decision': async (c) => ({
    method: 'POST',
    url: `/api/v1/approvals/${c.f.approvalId}/decision`,
    payload: { action: 'approve', comment: '同意', version: await approvalVersion(c) },
  }),
  'POST /api/v1/approvals/{id}/resubmit': async (c) => ({ method: 'POST', url: `/api/v1/approvals/${c.f.approvalId}/resubmit`, payload: { version: await approvalVersion(c), comment: '已补充' } }),
  'POST /api/v1/approvals/{id}/withdraw': async (c) => ({ method: 'POST', url: `/api/v1/approvals/${c.f.approvalId}/withdraw`, payload: { version: await approvalVersion(c) } }),
  'POST /api/v1/approvals/{id}/reassign': async (c) => ({
    method: 'POST',
    url: `/api/v1/approvals/${c.f.approvalId}/reassign`,
    payload: { version: await approvalVersion(c), userId: c.t.users.m2.id, comment: 'M1 休假' },
  }),
  'POST /api/v1/approvals/{id}/reroute': async (c) => ({ method: 'POST', url: `/api/v1/approvals/${c.f.approvalId}/reroute`, payload: { version: await approvalVersion(c) } }),
  'GET /api/v1/approval-flows/{kind}': () => ({ method: 'GET', url: '/api/v1/approval-flows/visit' }),
  // Saves the visit flow as it is (the version read just before).
  'PUT /api/v1/approval-flows/{kind}': async (c) => {
    const flow = (await (await admin(c)).get('/api/v1/approval-flows/visit')).json();
    return { method: 'PUT', url: '/api/v1/approval-flows/visit', payload: { steps: flow.steps, version: flow.version } };
  },
};

// Operations that only read: they share one fixture; every other case gets a fresh one.
export const isReadOnly = (operation: string) => operation.startsWith('GET ');

// Operations whose path names the fixture account (or a record under it): a caller who cannot see
// the account must get exactly the answer a non-existent id gets (no existence leak).
export const ACCOUNT_SCOPED = (operation: string) => /\/accounts\/\{id\}|\/contacts\/\{id\}|\/form-links\/\{id\}|\/sales\/\{id\}|\/approvals\/\{id\}/.test(operation);
