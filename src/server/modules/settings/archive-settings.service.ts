import { eq, sql } from 'drizzle-orm';
import { DEFAULT_ARCHIVE_SETTINGS, validateArchiveSettings, type ArchiveSettings } from '../../../domain/accounts/archive-settings.ts';
import type { Db, Executor } from '../../db/connection.ts';
import type { Actor } from '../../auth/current-user.ts';
import { AppError, CommonErrors, versionConflict } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { appSettings } from './settings.schema.ts';

const KEY = 'archive_settings';

export type VersionedArchiveSettings = ArchiveSettings & { version: number };

// The archive configuration; version 0 means "never saved: the defaults".
export async function getArchiveSettings(db: Executor): Promise<VersionedArchiveSettings> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, KEY));
  return row ? (row.value as VersionedArchiveSettings) : { ...DEFAULT_ARCHIVE_SETTINGS, version: 0 };
}

// Saves the whole configuration (send the version you read). Returns whether the checklist
// changed, in which case every archive's completeness must be recomputed.
export async function saveArchiveSettings(
  db: Db,
  actor: Actor,
  input: VersionedArchiveSettings,
): Promise<{ settings: VersionedArchiveSettings; checklistChanged: boolean }> {
  return db.transaction(async (tx) => {
    // Serialise concurrent saves: the row (or its absence) is the version.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${KEY}))`);
    const before = await getArchiveSettings(tx);
    if (before.version !== input.version) throw versionConflict();
    const errors = validateArchiveSettings(input, before);
    if (errors.length > 0) throw new AppError(CommonErrors.VALIDATION_FAILED, undefined, { errors });
    const settings: VersionedArchiveSettings = { checklist: input.checklist, customFields: input.customFields, version: before.version + 1 };
    const value = sql`${JSON.stringify(settings)}::jsonb`;
    await tx.insert(appSettings).values({ key: KEY, value }).onConflictDoUpdate({ target: appSettings.key, set: { value, updatedAt: new Date() } });
    const { version: _b, ...beforeValue } = before;
    const { version: _a, ...afterValue } = settings;
    await recordAudit(tx, actor, { entityType: 'settings', entityId: KEY, action: 'update', before: beforeValue, after: afterValue });
    return { settings, checklistChanged: JSON.stringify(before.checklist) !== JSON.stringify(settings.checklist) };
  });
}
