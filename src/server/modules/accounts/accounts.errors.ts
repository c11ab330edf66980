import { defineErrors } from '../../lib/errors.ts';

export const AccountErrors = defineErrors({
  ACCOUNT_NOT_FOUND: { status: 404, title: 'Account not found' },
  ACCOUNT_CREDIT_CODE_TAKEN: { status: 409, title: 'Another account already has this unified social credit code' },
  ACCOUNT_PARENT_INVALID: { status: 400, title: 'The parent account does not exist, is not visible to you, or would make a loop' },
  ACCOUNT_OWNER_INVALID: { status: 400, title: 'The owner must be an active user' },
  ACCOUNT_OWNER_NOT_ALLOWED: { status: 403, title: 'You may not assign this account to someone else' },
  ACCOUNT_TRANSFER_NOT_ALLOWED: { status: 403, title: 'You may not transfer these accounts' },
  ACCOUNT_DELETE_NOT_ALLOWED: { status: 403, title: "Only the owner's managers, the director or an administrator may delete an account" },
  ACCOUNT_HAS_CHILDREN: { status: 409, title: 'The account still has subsidiaries; move or delete them first' },
  ACCOUNT_BATCH_NOT_ALLOWED: { status: 403, title: 'You may change only your own accounts and those of your team in a batch' },
  ACCOUNT_REVIEW_NOT_ALLOWED: { status: 403, title: "Only the owner's manager (or the director) reviews an archive, and not their own" },
  ACCOUNT_REVIEW_STATE: { status: 409, title: 'The archive is not in a state for this review step' },
  ACCESS_ALREADY_GRANTED: { status: 409, title: 'You can already see this account' },
  ACCESS_REQUEST_PENDING: { status: 409, title: 'You already asked for access to this account; the request is waiting for a decision' },
  ACCESS_REQUEST_NOT_FOUND: { status: 404, title: 'Access request not found' },
  ACCESS_REQUEST_DECIDED: { status: 409, title: 'This access request has already been decided' },
  ACCESS_SELF_APPROVAL: { status: 403, title: 'You cannot approve your own access request' },
  ACCOUNT_ARCHIVE_NO_TAKEN: { status: 409, title: 'An archive number in the file is already used (or used twice in the file)' },
});
