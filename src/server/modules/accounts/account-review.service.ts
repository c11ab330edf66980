import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { AppError } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { users } from '../users/users.schema.ts';
import { assertCanEdit, assertCanSee, canManage } from './account-access.ts';
import { AccountErrors } from './accounts.errors.ts';
import { accounts } from './accounts.schema.ts';

// ARC-4: the archive is built by the person who met the customer and reviewed by their direct
// superior: draft/returned → submitted → reviewed (or returned with comments).

export async function submitForReview(db: Db, actor: Actor, viewer: Viewer, id: string) {
  await db.transaction(async (tx) => {
    await assertCanEdit(tx, viewer, id);
    const [row] = await tx.select({ reviewStatus: accounts.reviewStatus }).from(accounts).where(eq(accounts.id, id)).for('update');
    if (row.reviewStatus === 'submitted') throw new AppError(AccountErrors.ACCOUNT_REVIEW_STATE);
    await tx.update(accounts).set({ reviewStatus: 'submitted', submittedAt: new Date(), reviewComment: null }).where(eq(accounts.id, id));
    await recordAudit(tx, actor, { entityType: 'account_review', entityId: id, accountId: id, action: 'update', before: { reviewStatus: row.reviewStatus }, after: { reviewStatus: 'submitted' } });
  });
}

export async function reviewArchive(db: Db, actor: Actor, viewer: Viewer, id: string, decision: 'approve' | 'return', comment: string | null) {
  await db.transaction(async (tx) => {
    await assertCanSee(tx, viewer, id);
    const [row] = await tx.select({ reviewStatus: accounts.reviewStatus, ownerId: accounts.ownerId }).from(accounts).where(eq(accounts.id, id)).for('update');
    if (row.ownerId === viewer.id || !canManage(viewer, row.ownerId)) throw new AppError(AccountErrors.ACCOUNT_REVIEW_NOT_ALLOWED);
    if (row.reviewStatus !== 'submitted') throw new AppError(AccountErrors.ACCOUNT_REVIEW_STATE);
    const reviewStatus = decision === 'approve' ? 'reviewed' : 'returned';
    await tx.update(accounts).set({ reviewStatus, reviewComment: comment, reviewedBy: viewer.id, reviewedAt: new Date() }).where(eq(accounts.id, id));
    await recordAudit(tx, actor, { entityType: 'account_review', entityId: id, accountId: id, action: 'update', before: { reviewStatus: row.reviewStatus }, after: { reviewStatus, comment } });
  });
}

// Before creating an archive, anyone may learn whether the company already has this customer
// (by exact normalised name or credit code) and who owns it — without seeing the archive — so
// that duplicates are avoided and access can be requested (ARC-5).
export async function lookupAccounts(db: Executor, query: { nameKey?: string; creditCode?: string }) {
  if (!query.nameKey && !query.creditCode) return { items: [], total: 0 };
  const items = await db
    .select({ id: accounts.id, name: accounts.name, archiveNo: accounts.archiveNo, ownerName: users.name })
    .from(accounts)
    .leftJoin(users, eq(users.id, accounts.ownerId))
    .where(
      and(
        isNull(accounts.deletedAt),
        or(query.nameKey ? eq(accounts.nameKey, query.nameKey) : undefined, query.creditCode ? eq(accounts.creditCode, query.creditCode) : undefined),
      ),
    )
    .orderBy(sql`${accounts.name}`)
    .limit(20);
  return { items, total: items.length };
}
