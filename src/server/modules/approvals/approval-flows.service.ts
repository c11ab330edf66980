import { eq, sql } from 'drizzle-orm';
import { DEFAULT_FLOWS, validateFlow, type ApprovalKind, type FlowStep } from '../../../domain/approvals/index.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { AppError, versionConflict } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { ApprovalErrors } from './approvals.errors.ts';
import { approvalFlows } from './approvals.schema.ts';

export type FlowView = { kind: ApprovalKind; steps: FlowStep[]; isDefault: boolean; version: number };

// A kind nobody has edited uses its ready flow (version 0); the first save writes the row.
export async function getFlow(db: Executor, kind: ApprovalKind): Promise<FlowView> {
  const [row] = await db.select().from(approvalFlows).where(eq(approvalFlows.kind, kind));
  if (!row) return { kind, steps: DEFAULT_FLOWS[kind], isDefault: true, version: 0 };
  return { kind, steps: row.steps, isDefault: false, version: row.version };
}

export async function saveFlow(db: Db, actor: Actor, kind: ApprovalKind, input: { steps: FlowStep[]; version: number }): Promise<FlowView> {
  return db.transaction(async (tx) => {
    // Serialise concurrent saves of one kind: before the first save there is no row to lock.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`approval_flow:${kind}`}))`);
    const before = await getFlow(tx, kind);
    if (before.version !== input.version) throw versionConflict();
    const issues = validateFlow(input.steps);
    if (issues.length > 0) throw new AppError(ApprovalErrors.APPROVAL_FLOW_INVALID, undefined, { errors: issues.map((i) => ({ path: `body.${i.path}`, message: i.message })) });
    const steps = input.steps.map((s) => ({ relation: s.relation, minAmountFen: s.minAmountFen }));
    const version = before.version + 1;
    await tx
      .insert(approvalFlows)
      .values({ kind, steps, version, createdBy: actor.id })
      .onConflictDoUpdate({ target: approvalFlows.kind, set: { steps, version, updatedAt: new Date() } });
    await recordAudit(tx, actor, { entityType: 'approval_flow', entityId: kind, action: 'update', before: { steps: before.steps }, after: { steps } });
    return { kind, steps, isDefault: false, version };
  });
}
