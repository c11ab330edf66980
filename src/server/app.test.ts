import fs from 'node:fs';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enforceRouteAccess, MissingAccessError } from './lib/access.ts';
import { isPostgresTestRun } from './config.ts';
import { createTestApp, type TestApp } from './test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type OpenApi = { paths: Record<string, Record<string, { security?: unknown[] }>> };

describe('API contract', () => {
  it('answers /api/health with the database kind', async () => {
    const response = await t.anonymous.get('/api/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', db: isPostgresTestRun() ? 'postgres' : 'pglite' });
  });

  it('serves an OpenAPI 3.1 document equal to the committed openapi.json (run `npm run openapi` after changing routes)', async () => {
    const served = (await t.anonymous.get('/api/openapi.json')).json();
    const committed = JSON.parse(fs.readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'));
    expect(served.openapi).toBe('3.1.0');
    expect(served).toEqual(committed);
  });

  it('lists every API route in the OpenAPI document', () => {
    const documented = new Set<string>();
    for (const [path, methods] of Object.entries((t.app.swagger() as unknown as OpenApi).paths)) {
      for (const method of Object.keys(methods)) documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    const routes = t.app
      .printRoutes({ commonPrefix: false })
      .split('\n')
      .filter((line) => line.includes('/api/v1'));
    expect(routes.length).toBeGreaterThan(0);
    expect(documented.size).toBeGreaterThanOrEqual(20);
  });

  it('refuses to register a route that declares no access', async () => {
    const app = Fastify();
    enforceRouteAccess(app);
    expect(() => app.get('/api/v1/secret', () => 'x')).toThrow(MissingAccessError);
    await app.close();
  });

  it('answers 401 to an anonymous call of every non-public operation', async () => {
    const doc = t.app.swagger() as unknown as OpenApi;
    const publicOps = new Set([
      'GET /api/health',
      'GET /api/v1/setup',
      'POST /api/v1/setup',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/logout',
      'GET /api/v1/public/customer-forms/{token}',
      'POST /api/v1/public/customer-forms/{token}',
    ]);
    let checked = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) {
        const op = `${method.toUpperCase()} ${path}`;
        if (publicOps.has(op)) continue;
        const url = path.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
        const response = await t.anonymous.request({ method: method.toUpperCase() as 'GET', url, payload: method === 'get' ? undefined : {} });
        expect(response.statusCode, op).toBe(401);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });
});

describe('bad input', () => {
  it('answers malformed JSON with 400 problem+json', async () => {
    const response = await t.anonymous.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "a", ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(response.json().code).toBe('MALFORMED_JSON');
  });

  it('answers an unsupported content type with 415', async () => {
    const response = await t.anonymous.request({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'text/xml' }, payload: '<x/>' });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a body over 1 MB with 413', async () => {
    const response = await t.anonymous.post('/api/v1/auth/login', { username: 'x', password: 'y'.repeat(1_100_000) });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('BODY_TOO_LARGE');
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const response = await t.anonymous.get('/api/v1/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
  });

  it('answers a malformed id with 400 naming the parameter, not 500', async () => {
    const admin = await t.loginAs('admin');
    const response = await admin.get("/api/v1/users/1'%20or%201=1--");
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('params.id');
  });

  it('rejects control characters, wrong types, deep JSON and __proto__ keys without a 500', async () => {
    const admin = await t.loginAs('admin');
    const bodies = [
      JSON.stringify({ name: 'a\u0000b' }),
      JSON.stringify({ name: 12, version: 'x' }),
      '{"__proto__": {"isAdmin": true}, "name": "x"}',
      '{"name": ' + '['.repeat(5000) + ']'.repeat(5000) + '}',
      '{"name": "x", "managerId": 1e309}',
      '{"name": "\\ud800"}',
    ];
    for (const body of bodies) {
      const response = await admin.request({ method: 'POST', url: '/api/v1/teams', payload: body, headers: { 'content-type': 'application/json' } });
      expect(response.statusCode, body.slice(0, 40)).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.body).not.toMatch(/at \w+ \(|node_modules|SELECT|postgres/i);
    }
  });

  it('sends security headers and no-store on API answers', async () => {
    const response = await t.anonymous.get('/api/health');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
