import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { isPostgresTestRun, testDatabaseUrl } from '../config.ts';
import { openPglite, openPostgres, type Database } from '../db/connection.ts';
import { runMigrations } from '../db/migrate.ts';

// A fresh, migrated database per test file: in-memory PGlite by default, or a new database on
// the PostgreSQL server at TEST_DATABASE_URL when KAM_TEST_DB=postgres (dropped at close).
export async function openTestDatabase(): Promise<Database> {
  if (!isPostgresTestRun()) {
    const database = await openPglite(undefined);
    await runMigrations(database);
    return database;
  }
  const serverUrl = new URL(testDatabaseUrl());
  const name = `kam_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  await runMigrations(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl.toString() });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
