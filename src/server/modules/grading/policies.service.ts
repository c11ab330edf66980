import { eq, sql } from 'drizzle-orm';
import { DEFAULT_GRADING_POLICIES, validateGradingPolicies, type GradingPolicies } from '../../../domain/grading/grading-policies.ts';
import { QUADRANTS, type Quadrant } from '../../../domain/grading/quadrant.ts';
import { servicePolicyFor } from '../../../domain/grading/service-levels.ts';
import { strategyTemplateFor } from '../../../domain/grading/strategy-templates.ts';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { AppError, CommonErrors, versionConflict } from '../../lib/errors.ts';
import { assertCanSee } from '../accounts/account-access.ts';
import { accounts } from '../accounts/accounts.schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { appSettings } from '../settings/settings.schema.ts';
import type { SavePoliciesInput } from './policies.schemas.ts';

// GRD-3 / GRD-4: service levels by grade and strategy templates by quadrant, one instance-wide
// record (app_settings) that later modules (visits, plans, reviews) read through getGradingPolicies.
const KEY = 'grading_policies';

export type VersionedGradingPolicies = GradingPolicies & { version: number };

// Version 0 means "never saved: the defaults".
export async function getGradingPolicies(db: Executor): Promise<VersionedGradingPolicies> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, KEY));
  return row ? (row.value as VersionedGradingPolicies) : { ...DEFAULT_GRADING_POLICIES, version: 0 };
}

// Replaces the whole table (send the version you read: 409 when someone saved in between).
export async function saveGradingPolicies(db: Db, actor: Actor, input: SavePoliciesInput): Promise<VersionedGradingPolicies> {
  const next: GradingPolicies = { servicePolicies: input.servicePolicies, strategyTemplates: input.strategyTemplates };
  const errors = validateGradingPolicies(next);
  if (errors.length > 0) throw new AppError(CommonErrors.VALIDATION_FAILED, errors[0].message, { errors: errors.map(({ path, message }) => ({ path, message })) });
  // Stored in the matrix's order, whatever order they were sent in.
  next.strategyTemplates = [...next.strategyTemplates].sort((a, b) => QUADRANTS.indexOf(a.quadrant) - QUADRANTS.indexOf(b.quadrant));
  return db.transaction(async (tx) => {
    // Serialise concurrent saves: the row (or its absence) is the version.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${KEY}))`);
    const before = await getGradingPolicies(tx);
    if (before.version !== input.version) throw versionConflict();
    const saved: VersionedGradingPolicies = { ...next, version: before.version + 1 };
    const value = sql`${JSON.stringify(saved)}::jsonb`;
    await tx.insert(appSettings).values({ key: KEY, value }).onConflictDoUpdate({ target: appSettings.key, set: { value, updatedAt: new Date() } });
    const { version: _before, ...beforeValue } = before;
    await recordAudit(tx, actor, { entityType: 'settings', entityId: KEY, action: 'update', before: beforeValue, after: next });
    return saved;
  });
}

// What the account's current grade and quadrant ask for: 404 when the viewer cannot see it.
export async function accountServiceLevel(db: Executor, viewer: Viewer, accountId: string) {
  await assertCanSee(db, viewer, accountId);
  const [account] = await db
    .select({ grade: accounts.currentGrade, quadrant: accounts.currentQuadrant, gradedAt: accounts.gradedAt })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  const policies = await getGradingPolicies(db);
  const quadrant = QUADRANTS.includes(account.quadrant as Quadrant) ? (account.quadrant as Quadrant) : null;
  return {
    accountId,
    grade: account.grade,
    quadrant,
    gradedAt: account.gradedAt,
    servicePolicy: account.grade === null ? null : (servicePolicyFor(account.grade, policies.servicePolicies) ?? null),
    strategyTemplate: quadrant === null ? null : (strategyTemplateFor(quadrant, policies.strategyTemplates) ?? null),
  };
}
