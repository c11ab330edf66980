import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Db } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { canManage, visibleAccounts } from './account-access.ts';
import { assertActiveUser } from './accounts.service.ts';
import { AccountErrors } from './accounts.errors.ts';
import { accounts } from './accounts.schema.ts';
import type { BatchUpdateInput } from './accounts.schemas.ts';

// Batch actions on a list selection. All or nothing: one account the user may not change
// fails the whole batch and nothing is written.

// ARC-4 handover: reassign accounts (their contacts and open work hang under them and move along).
export async function transferAccounts(db: Db, actor: Actor, viewer: Viewer, accountIds: string[], toUserId: string, note: string | null) {
  return db.transaction(async (tx) => {
    await assertActiveUser(tx, toUserId, 'toUserId');
    if (toUserId !== viewer.id && !canManage(viewer, toUserId)) throw new AppError(AccountErrors.ACCOUNT_TRANSFER_NOT_ALLOWED, 'The new owner is outside your team');
    const rows = await tx
      .select({ id: accounts.id, ownerId: accounts.ownerId, version: accounts.version })
      .from(accounts)
      .where(and(inArray(accounts.id, accountIds), visibleAccounts(viewer)))
      .for('update');
    if (rows.length !== new Set(accountIds).size) throw new AppError(AccountErrors.ACCOUNT_NOT_FOUND);
    if (rows.some((r) => !canManage(viewer, r.ownerId))) throw new AppError(AccountErrors.ACCOUNT_TRANSFER_NOT_ALLOWED);
    for (const row of rows) {
      if (row.ownerId === toUserId) continue;
      await tx.update(accounts).set({ ownerId: toUserId, updatedAt: new Date(), version: row.version + 1 }).where(eq(accounts.id, row.id));
      await recordAudit(tx, actor, {
        entityType: 'account',
        entityId: row.id,
        accountId: row.id,
        action: 'update',
        before: { ownerId: row.ownerId },
        after: { ownerId: toUserId, note },
      });
    }
    return { transferred: rows.filter((r) => r.ownerId !== toUserId).length };
  });
}


export async function batchUpdateAccounts(db: Db, actor: Actor, viewer: Viewer, input: BatchUpdateInput) {
  return db.transaction(async (tx) => {
    const ids = [...new Set(input.accountIds)];
    const rows = await tx
      .select({ id: accounts.id, ownerId: accounts.ownerId, lifecycleStage: accounts.lifecycleStage, tags: accounts.tags, version: accounts.version })
      .from(accounts)
      .where(and(inArray(accounts.id, ids), visibleAccounts(viewer)))
      .for('update');
    if (rows.length !== ids.length) throw new AppError(AccountErrors.ACCOUNT_NOT_FOUND);
    // Editing needs a working relation: owner, chain manager or director/admin (grants are read-only).
    if (rows.some((r) => r.ownerId !== viewer.id && !canManage(viewer, r.ownerId))) throw new AppError(AccountErrors.ACCOUNT_BATCH_NOT_ALLOWED);
    for (const row of rows) {
      const tags = [...new Set([...row.tags.filter((t) => !input.removeTags?.includes(t)), ...(input.addTags ?? [])])];
      const lifecycleStage = input.lifecycleStage ?? row.lifecycleStage;
      await tx.update(accounts).set({ tags, lifecycleStage, updatedAt: new Date(), version: sql`${accounts.version} + 1` }).where(eq(accounts.id, row.id));
      await recordAudit(tx, actor, {
        entityType: 'account',
        entityId: row.id,
        accountId: row.id,
        action: 'update',
        before: { lifecycleStage: row.lifecycleStage, tags: row.tags },
        after: { lifecycleStage, tags },
      });
    }
    return { updated: rows.length };
  });
}
