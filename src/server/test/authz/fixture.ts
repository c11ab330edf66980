import { sql } from 'drizzle-orm';
import type { Client, TestApp } from '../harness.ts';
import type { Relation } from './policy.ts';
import { selectRows } from '../../db/sql-helpers.ts';

// Who plays each relation to the fixture account (see policy.ts).
export const PLAYERS: Record<Exclude<Relation, 'anonymous'>, string> = {
  owner: 's1a',
  same_team: 's1b',
  chain_manager: 'm1',
  other_manager: 'm2',
  team_member: 's2',
  granted: 'b1',
  expired_grant: 'f1',
  director: 'director',
  admin: 'admin',
};

export type Fixture = {
  accountId: string;
  contactId: string;
  tokenId: string;
  viewId: string;
  formLinkId: string;
  formToken: string;
  accessRequestId: string;
  productId: string;
  saleId: string;
  approvalId: string;
};

type Created = { id: string; url: string };

const ok = async (response: Promise<{ statusCode: number; body: string; json: () => unknown }>): Promise<Created> => {
  const r = await response;
  if (r.statusCode >= 300) throw new Error(`fixture step failed: ${r.statusCode} ${r.body}`);
  return (r.statusCode === 204 ? {} : r.json()) as Created;
};

// A fresh account owned by S1a with S2 on its team, an approved grant for B1, an expired grant for
// F1 and a contact; on demand S1a's API token and shared view, a submitted customer form (and a
// fresh link), and a pending access request by S1b.
export type Extra = 'token' | 'view' | 'form' | 'request' | 'product' | 'sale' | 'approval' | 'returned_approval';

// What an operation needs beyond the account, its team, grants and a contact.
export const extrasFor = (operation: string): Extra[] => [
  ...(operation.includes('/auth/tokens/') ? (['token'] as const) : []),
  ...(operation.includes('/saved-views/') ? (['view'] as const) : []),
  ...(operation.includes('form') ? (['form'] as const) : []),
  ...(operation.includes('/access-requests/') ? (['request'] as const) : []),
  ...(operation.includes('/products') || operation.includes('/sales') ? (['product'] as const) : []),
  ...(operation.includes('/sales/{id}') ? (['sale'] as const) : []),
  ...(operation.includes('/approvals/{id}/resubmit') ? (['returned_approval'] as const) : operation.includes('/approvals/{id}') ? (['approval'] as const) : []),
];

export async function buildFixture(t: TestApp, clients: Record<string, Client>, n: number, extras: Extra[]): Promise<Fixture> {
  const { s1a, s1b, m1, b1, f1 } = clients;
  const account = await ok(s1a.post('/api/v1/accounts', { name: `矩阵客户${n}` }));
  await ok(s1a.request({ method: 'PUT', url: `/api/v1/accounts/${account.id}/team`, payload: { members: [{ userId: t.users.s2.id, role: 'technical' }] } }));
  const grant = await ok(b1.post('/api/v1/access-requests', { accountId: account.id, reason: 'matrix' }));
  await ok(m1.post(`/api/v1/access-requests/${grant.id}/decision`, { approve: true, days: 7 }));
  const expired = await ok(f1.post('/api/v1/access-requests', { accountId: account.id, reason: 'matrix' }));
  await ok(m1.post(`/api/v1/access-requests/${expired.id}/decision`, { approve: true, days: 1 }));
  await t.database.db.execute(sql`update account_access_grants set expires_at = now() - interval '1 hour' where id = ${expired.id}`);
  const contact = await ok(s1a.post(`/api/v1/accounts/${account.id}/contacts`, { name: `矩阵联系人${n}` }));
  const f: Fixture = { accountId: account.id, contactId: contact.id, tokenId: '', viewId: '', formLinkId: '', formToken: '', accessRequestId: '', productId: '', saleId: '', approvalId: '' };
  if (extras.includes('request')) f.accessRequestId = (await ok(s1b.post('/api/v1/access-requests', { accountId: account.id, reason: 'matrix' }))).id;
  if (extras.includes('token')) f.tokenId = (await ok(s1a.post('/api/v1/auth/tokens', { name: `matrix${n}` }))).id;
  if (extras.includes('view')) f.viewId = (await ok(s1a.post('/api/v1/saved-views', { resource: 'accounts', name: `矩阵${n}`, state: {}, isShared: true }))).id;
  if (extras.includes('form')) {
    const link = await ok(s1a.post(`/api/v1/accounts/${account.id}/form-links`, {}));
    const submitted = await clients.anonymous.post(`/api/v1/public/customer-forms/${link.url.split('/form/')[1]}`, { phone: '0769-1234 5678' });
    if (submitted.statusCode !== 204) throw new Error(`form submit failed ${submitted.body}`);
    f.formLinkId = link.id;
    f.formToken = (await ok(s1a.post(`/api/v1/accounts/${account.id}/form-links`, {}))).url.split('/form/')[1];
  }
  if (extras.includes('product')) f.productId = (await ok(b1.post('/api/v1/products', { name: `矩阵产品${n}`, spec: '200L/桶', unit: '桶' }))).id;
  if (extras.includes('sale')) {
    f.saleId = (await ok(s1a.post(`/api/v1/accounts/${account.id}/sales`, { productId: f.productId, soldOn: '2026-03-01', quantity: 2, amountFen: 5_960_00 }))).id;
  }
  if (extras.includes('approval') || extras.includes('returned_approval')) {
    const approval = await ok(s1a.post('/api/v1/approvals', { title: `矩阵申请${n}`, amountFen: 8_000_00 }));
    f.approvalId = approval.id;
    if (extras.includes('returned_approval')) await ok(m1.post(`/api/v1/approvals/${approval.id}/decision`, { action: 'return', comment: '补充说明', version: 1 }));
  }
  return f;
}

// Fingerprint of everything a denied request must leave untouched (sessions, throttle and the
// audit log change on reads and sign-ins, so they are not part of it).
const TABLES = ['users', 'teams', 'accounts', 'account_team_members', 'account_access_grants', 'contacts', 'contact_relationships', 'saved_views', 'customer_form_links', 'api_tokens', 'products', 'sales_records', 'approval_flows', 'approval_requests', 'approval_actions'];

export async function fingerprint(t: TestApp): Promise<string> {
  const parts: string[] = [];
  for (const table of TABLES) {
    const rows = await selectRows<{ h: string }>(t.database.db, sql.raw(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from ${table} x`));
    parts.push(`${table}:${rows[0].h}`);
  }
  return parts.join(',');
}
