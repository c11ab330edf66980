import { and, eq, inArray, or } from 'drizzle-orm';
import type { ApplicantOrg } from '../../../domain/approvals/index.ts';
import type { Executor } from '../../db/connection.ts';
import { teams, users } from '../users/users.schema.ts';

// Who holds each approver role for this applicant today: their manager, their department's
// manager, every director and every finance user, active users only (a disabled manager holds no
// role, so the step waits for an admin instead of for someone who cannot sign in).
export async function loadApplicantOrg(db: Executor, applicantId: string): Promise<ApplicantOrg> {
  const [applicant] = await db
    .select({ managerId: users.managerId, teamManagerId: teams.managerId })
    .from(users)
    .leftJoin(teams, eq(teams.id, users.teamId))
    .where(eq(users.id, applicantId));
  const candidates = [applicant?.managerId, applicant?.teamManagerId].filter((id): id is string => !!id);
  const rows = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(and(eq(users.isDisabled, false), or(inArray(users.role, ['director', 'finance']), candidates.length > 0 ? inArray(users.id, candidates) : undefined)));
  const active = new Set(rows.filter((r) => candidates.includes(r.id)).map((r) => r.id));
  const activeId = (id: string | null | undefined) => (id && active.has(id) ? id : null);
  return {
    applicantId,
    directManagerId: activeId(applicant?.managerId),
    departmentManagerId: activeId(applicant?.teamManagerId),
    directorIds: rows.filter((r) => r.role === 'director').map((r) => r.id),
    financeIds: rows.filter((r) => r.role === 'finance').map((r) => r.id),
  };
}

// Names for the ids a page shows (route approvers, deciders, history actors), in one query.
export async function namesOf(db: Executor, ids: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}
