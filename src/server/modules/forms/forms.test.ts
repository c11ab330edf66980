import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { clientFor, createTestApp, type Client, type TestApp } from '../../test/harness.ts';

let t: TestApp;
let s1a: Client;
let s2: Client;
let customer: Client;
let accountId: string;

beforeAll(async () => {
  t = await createTestApp();
  [s1a, s2] = await Promise.all([t.loginAs('s1a'), t.loginAs('s2')]);
  customer = clientFor(t.app, null, '203.0.113.7');
  accountId = (await s1a.post('/api/v1/accounts', { name: '萦丰电子', phone: '0769-1111 1111', culture: '内部评价：保守' })).json().id;
});
afterAll(() => t.close());

const tokenOf = (url: string) => url.split('/form/')[1];

describe('customer self-service form (ARC-8)', () => {
  it('lets the customer fill in the form once; the owner accepts chosen fields and contacts', async () => {
    const link = await s1a.post(`/api/v1/accounts/${accountId}/form-links`, { expiresInDays: 3 });
    expect(link.statusCode).toBe(201);
    const token = tokenOf(link.json().url);

    const form = await customer.get(`/api/v1/public/customer-forms/${token}`);
    expect(form.statusCode).toBe(200);
    expect(form.json()).toMatchObject({ accountName: '萦丰电子', fields: { phone: '0769-1111 1111' } });
    expect(JSON.stringify(form.json())).not.toContain('保守'); // internal assessments are not on the form

    const bad = await customer.post(`/api/v1/public/customer-forms/${token}`, { email: 'nope', ownerId: t.users.s2.id });
    expect(bad.statusCode).toBe(400);
    const sent = await customer.post(`/api/v1/public/customer-forms/${token}`, {
      phone: '0769-2222 2222',
      address: '东莞市长安镇',
      legalRepresentative: '王大明',
      contacts: [{ name: '刘会计', title: '财务经理', mobile: '13900000000' }, { name: '不要的人' }],
    });
    expect(sent.statusCode).toBe(204);
    expect((await customer.post(`/api/v1/public/customer-forms/${token}`, { phone: '1' })).statusCode).toBe(410);
    expect((await customer.get(`/api/v1/public/customer-forms/${token}`)).statusCode).toBe(410);

    // Nothing reached the archive yet.
    const before = (await s1a.get(`/api/v1/accounts/${accountId}`)).json();
    expect(before.phone).toBe('0769-1111 1111');
    const links = (await s1a.get(`/api/v1/accounts/${accountId}/form-links`)).json();
    expect(links.items[0].status).toBe('submitted');
    expect(links.items[0].changes).toEqual(
      expect.arrayContaining([{ field: 'phone', current: '0769-1111 1111', submitted: '0769-2222 2222' }, { field: 'address', current: null, submitted: '东莞市长安镇' }]),
    );

    expect((await s2.post(`/api/v1/form-links/${links.items[0].id}/accept`, { accountVersion: before.version, fields: ['phone'] })).statusCode).toBe(404);
    const accepted = await s1a.post(`/api/v1/form-links/${links.items[0].id}/accept`, { accountVersion: before.version, fields: ['phone', 'address'], contacts: [0] });
    expect(accepted.statusCode).toBe(200);
    const after = (await s1a.get(`/api/v1/accounts/${accountId}`)).json();
    expect(after).toMatchObject({ phone: '0769-2222 2222', address: '东莞市长安镇', legalRepresentative: null });
    expect(after.completenessMissing).not.toContain('address');
    const contacts = (await s1a.get(`/api/v1/accounts/${accountId}/contacts`)).json();
    expect(contacts.items.map((c: { name: string }) => c.name)).toEqual(['刘会计']);
    expect((await s1a.post(`/api/v1/form-links/${links.items[0].id}/accept`, { accountVersion: after.version, fields: ['legalRepresentative'] })).statusCode).toBe(409);
  });

  it('refuses expired and unknown links with 410, malformed ones with 400', async () => {
    const { url, id } = (await s1a.post(`/api/v1/accounts/${accountId}/form-links`, {})).json();
    await t.database.db.execute(sql`update customer_form_links set expires_at = now() - interval '1 second' where id = ${id}`);
    expect((await customer.get(`/api/v1/public/customer-forms/${tokenOf(url)}`)).statusCode).toBe(410);
    expect((await customer.get(`/api/v1/public/customer-forms/${'x'.repeat(32)}`)).statusCode).toBe(410);
    expect((await customer.get('/api/v1/public/customer-forms/..%2F..%2Fetc')).statusCode).toBe(400);
  });

  it('lets only people who may edit the account create links', async () => {
    expect((await s2.post(`/api/v1/accounts/${accountId}/form-links`, {})).statusCode).toBe(404);
  });
});
