import { and, asc, gt, isNull, sql } from 'drizzle-orm';
import { archiveCompleteness } from '../../../domain/accounts/completeness.ts';
import type { Executor } from '../../db/connection.ts';
import { accountFieldsFor, setCompleteness } from '../accounts/accounts.service.ts';
import { accounts } from '../accounts/accounts.schema.ts';
import { contactFacts, contactFactsOf } from '../contacts/contacts.service.ts';
import { getArchiveSettings } from '../settings/archive-settings.service.ts';

// ARC-4: recomputes an archive's stored completeness after a change to the account or its
// contacts, against the configured checklist. It sits above both modules so that neither reads
// the other's tables.
export async function refreshCompleteness(db: Executor, accountId: string): Promise<void> {
  const [fields, facts, { checklist }] = await Promise.all([accountFieldsFor(db, accountId), contactFacts(db, accountId), getArchiveSettings(db)]);
  await setCompleteness(db, accountId, archiveCompleteness({ fields, ...facts }, checklist));
}

export async function refreshCompletenessOf(db: Executor, accountIds: readonly string[]): Promise<void> {
  for (const id of new Set(accountIds)) await refreshCompleteness(db, id);
}

const CHUNK = 1000;

// After the checklist changed: every archive, a thousand at a time (three queries per chunk),
// so that 100k archives take seconds, not one request per archive. Returns how many it scored.
export async function refreshAllCompleteness(db: Executor): Promise<number> {
  const { checklist } = await getArchiveSettings(db);
  let after = '00000000-0000-0000-0000-000000000000';
  let scored = 0;
  for (;;) {
    const rows = await db.select().from(accounts).where(and(isNull(accounts.deletedAt), gt(accounts.id, after))).orderBy(asc(accounts.id)).limit(CHUNK);
    if (rows.length === 0) return scored;
    const facts = await contactFactsOf(db, rows.map((r) => r.id));
    const results = rows.map((row) => ({ id: row.id, ...archiveCompleteness({ fields: row, ...facts(row.id) }, checklist) }));
    const values = sql.join(results.map((r) => sql`(${r.id}::uuid, ${r.score}::int, ${`{${r.missing.map((m) => `"${m}"`).join(',')}}`}::text[])`), sql`, `);
    await db.execute(sql`
      update accounts set completeness = v.score, completeness_missing = v.missing
      from (values ${values}) as v(id, score, missing)
      where accounts.id = v.id`);
    scored += rows.length;
    after = rows[rows.length - 1].id;
  }
}
