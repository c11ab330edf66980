import { and, desc, gte, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { auditLog } from './audit.schema.ts';
import { countAll } from '../../db/sql-helpers.ts';
import { eqIf } from '../../lib/pagination.ts';

export type AuditAction = 'create' | 'update' | 'delete' | 'read' | 'login' | 'login_failed' | 'logout' | 'password' | 'export';

export type AuditEntry = {
  entityType: string;
  entityId: string;
  action: AuditAction;
  accountId?: string | null;
  before?: unknown;
  after?: unknown;
};

// Fields that never enter the log (T6: secrets must not leak through the audit trail).
const SECRET_KEYS = new Set(['password', 'key', 'token', 'secret']);

const scrub = (value: unknown): unknown => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(scrub);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !SECRET_KEYS.has(k))
        .map(([k, v]) => [k, scrub(v)]),
    );
  }
  return value;
};

// Only the fields that changed, so that an update's row reads as before → after.
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (key === 'updatedAt' || key === 'version') continue;
    if (JSON.stringify(scrub(before[key])) !== JSON.stringify(scrub(after[key]))) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}

// Call inside the same transaction as the write it records.
export async function recordAudit(db: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: actor.id,
    actorName: actor.name,
    ip: actor.ip ?? null,
    entityType: entry.entityType,
    entityId: entry.entityId,
    accountId: entry.accountId ?? null,
    action: entry.action,
    before: scrub(entry.before),
    after: scrub(entry.after),
  });
}

export type AuditQuery = {
  entityType?: string;
  entityId?: string;
  accountId?: string;
  actorId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
};

export async function listAudit(db: Executor, q: AuditQuery) {
  const filters: (SQL | undefined)[] = [
    eqIf(auditLog.entityType, q.entityType),
    eqIf(auditLog.entityId, q.entityId),
    eqIf(auditLog.accountId, q.accountId),
    eqIf(auditLog.actorId, q.actorId),
    eqIf(auditLog.action, q.action),
    q.from ? gte(auditLog.at, q.from) : undefined,
    q.to ? lt(auditLog.at, q.to) : undefined,
  ];
  const where = and(...filters);
  const [items, [{ total }]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(q.limit).offset(q.offset),
    db.select({ total: countAll }).from(auditLog).where(where),
  ]);
  return { items, total };
}
