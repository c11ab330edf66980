import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Viewer } from '../../../domain/users/visibility.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { AppError } from '../../lib/errors.ts';
import { FormErrors } from './forms.errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { assertCanEdit, assertCanSee } from '../accounts/account-access.ts';
import { accountFieldsFor, updateAccount } from '../accounts/accounts.service.ts';
import { createContact } from '../contacts/contacts.service.ts';
import { customerFormLinks } from './forms.schema.ts';
import { FORM_FIELDS, type FormField, type FormSubmission } from './forms.schemas.ts';


const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
type Value = string | number | null;

export async function createFormLink(db: Db, actor: Actor, viewer: Viewer, accountId: string, days: number) {
  await assertCanEdit(db, viewer, accountId);
  const token = randomBytes(24).toString('base64url');
  const [link] = await db
    .insert(customerFormLinks)
    .values({ accountId, tokenHash: hashOf(token), expiresAt: sql`now() + make_interval(days => ${days})`, createdBy: actor.id })
    .returning();
  await recordAudit(db, actor, { entityType: 'customer_form', entityId: link.id, accountId, action: 'create', after: { expiresAt: link.expiresAt } });
  return { id: link.id, token, expiresAt: link.expiresAt };
}

const openLink = async (db: Executor, token: string) => {
  const [link] = await db
    .select()
    .from(customerFormLinks)
    .where(and(eq(customerFormLinks.tokenHash, hashOf(token)), eq(customerFormLinks.status, 'open'), gt(customerFormLinks.expiresAt, sql`now()`)));
  if (!link) throw new AppError(FormErrors.FORM_LINK_GONE);
  return link;
};

const formValues = (fields: Record<string, unknown>): Record<string, Value> =>
  Object.fromEntries(FORM_FIELDS.map((f) => [f, (fields[f] ?? null) as Value]));

// Public (no login): what the customer sees — its name and the current basic data.
export async function readPublicForm(db: Executor, token: string) {
  const link = await openLink(db, token);
  const fields = formValues(await accountFieldsFor(db, link.accountId));
  return { accountName: String(fields.name ?? ''), expiresAt: link.expiresAt, fields };
}

// Public (no login): single use — a second submission of the same link gets 410.
export async function submitPublicForm(db: Db, token: string, submission: FormSubmission, ip: string) {
  const link = await openLink(db, token);
  const updated = await db
    .update(customerFormLinks)
    .set({ status: 'submitted', submission, submittedAt: new Date(), version: sql`${customerFormLinks.version} + 1` })
    .where(and(eq(customerFormLinks.id, link.id), eq(customerFormLinks.status, 'open'), isNull(customerFormLinks.submittedAt)))
    .returning({ id: customerFormLinks.id });
  if (updated.length === 0) throw new AppError(FormErrors.FORM_LINK_GONE);
  await recordAudit(db, { id: null, name: 'customer', ip }, { entityType: 'customer_form', entityId: link.id, accountId: link.accountId, action: 'update', after: submission });
}

// A link on an account the viewer cannot see answers like a link that does not exist.
const assertCanEditLink = (db: Executor, viewer: Viewer, accountId: string) =>
  assertCanEdit(db, viewer, accountId).catch((error: AppError) => {
    throw error.status === 404 ? new AppError(FormErrors.FORM_LINK_NOT_FOUND) : error;
  });

type LinkRow = typeof customerFormLinks.$inferSelect;

const describeLink = (link: LinkRow, current: Record<string, Value>) => {
  const submitted = (link.submission ?? {}) as FormSubmission;
  const changes = FORM_FIELDS.filter((f) => f in submitted && (submitted[f] ?? null) !== current[f]).map((field) => ({
    field,
    current: current[field],
    submitted: (submitted[field] ?? null) as Value,
  }));
  const { id, status, createdAt, expiresAt, submittedAt } = link;
  return { id, status, createdAt, expiresAt, submittedAt, changes, contacts: submitted.contacts ?? [] };
};

export async function listFormLinks(db: Executor, viewer: Viewer, accountId: string) {
  await assertCanSee(db, viewer, accountId);
  const [links, current] = await Promise.all([
    db.select().from(customerFormLinks).where(eq(customerFormLinks.accountId, accountId)).orderBy(desc(customerFormLinks.createdAt)).limit(50),
    accountFieldsFor(db, accountId).then(formValues),
  ]);
  const items = links.map((l) => describeLink(l, current));
  return { items, total: items.length };
}

// The owner takes the fields and contacts they trust; the rest is dropped. Nothing is written
// to the archive without this step.
export async function acceptForm(
  db: Db,
  actor: Actor,
  viewer: Viewer,
  id: string,
  choice: { accountVersion: number; fields: FormField[]; contacts: number[] },
) {
  const [link] = await db.select().from(customerFormLinks).where(eq(customerFormLinks.id, id));
  if (!link) throw new AppError(FormErrors.FORM_LINK_NOT_FOUND);
  await assertCanEditLink(db, viewer, link.accountId);
  if (link.status !== 'submitted') throw new AppError(FormErrors.FORM_NOT_SUBMITTED);
  const submitted = (link.submission ?? {}) as FormSubmission;
  const patch = Object.fromEntries(choice.fields.filter((f) => f in submitted).map((f) => [f, submitted[f]]));
  // One transaction: the archive, the new contacts and the link's status change together.
  await db.transaction(async (tx) => {
    if (Object.keys(patch).length > 0) await updateAccount(tx, actor, viewer, link.accountId, { version: choice.accountVersion, ...patch });
    for (const index of choice.contacts) {
      const contact = submitted.contacts?.[index];
      if (contact) await createContact(tx, actor, viewer, link.accountId, contact);
    }
    const done = await tx
      .update(customerFormLinks)
      .set({ status: 'accepted', decidedAt: new Date() })
      .where(and(eq(customerFormLinks.id, id), eq(customerFormLinks.status, 'submitted')))
      .returning({ id: customerFormLinks.id });
    if (done.length === 0) throw new AppError(FormErrors.FORM_NOT_SUBMITTED);
  });
  return { accountId: link.accountId };
}

export async function dismissForm(db: Db, actor: Actor, viewer: Viewer, id: string) {
  const [link] = await db.select().from(customerFormLinks).where(eq(customerFormLinks.id, id));
  if (!link) throw new AppError(FormErrors.FORM_LINK_NOT_FOUND);
  await assertCanEditLink(db, viewer, link.accountId);
  await db.update(customerFormLinks).set({ status: 'dismissed', decidedAt: new Date() }).where(eq(customerFormLinks.id, id));
  await recordAudit(db, actor, { entityType: 'customer_form', entityId: id, accountId: link.accountId, action: 'update', after: { status: 'dismissed' } });
}
