import { archiveCompleteness } from '../../../domain/accounts/completeness.ts';
import type { Executor } from '../../db/connection.ts';
import { accountFieldsFor, setCompleteness } from '../accounts/accounts.service.ts';
import { contactFacts } from '../contacts/contacts.service.ts';

// ARC-4: recomputes an archive's stored completeness after a change to the account or its
// contacts. It sits above both modules so that neither reads the other's tables.
export async function refreshCompleteness(db: Executor, accountId: string): Promise<void> {
  const [fields, facts] = await Promise.all([accountFieldsFor(db, accountId), contactFacts(db, accountId)]);
  await setCompleteness(db, accountId, archiveCompleteness({ fields, ...facts }));
}

export async function refreshCompletenessOf(db: Executor, accountIds: readonly string[]): Promise<void> {
  for (const id of new Set(accountIds)) await refreshCompleteness(db, id);
}
