import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBackupFile } from '../../db/backup-read.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('POST /api/v1/admin/backup', () => {
  it('gives an administrator a complete, verifiable backup and records it in the audit log', async () => {
    const admin = await t.loginAs('admin');
    const response = await admin.post('/api/v1/admin/backup');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/gzip');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="openkam-\d{8}T\d{6}Z\.backup\.gz"$/);
    const header = await verifyBackupFile(Readable.from([response.rawPayload]));
    expect(header.tables.find((table) => table.name === 'users')?.rows).toBe(10);

    const audit = (await admin.get('/api/v1/audit?entityType=backup')).json();
    expect(audit.items).toEqual([expect.objectContaining({ action: 'export', entityId: header.createdAt })]);
  });

  it('refuses everyone else, the director included', async () => {
    const director = await t.loginAs('director');
    expect((await director.post('/api/v1/admin/backup')).statusCode).toBe(403);
    expect((await t.anonymous.post('/api/v1/admin/backup')).statusCode).toBe(401);
  });
});
