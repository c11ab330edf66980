import { defineErrors } from '../../lib/errors.ts';

export const ContactErrors = defineErrors({
  CONTACT_NOT_FOUND: { status: 404, title: 'Contact not found' },
  CONTACT_REPORTS_TO_INVALID: { status: 400, title: 'The manager must be another contact of the same account, without a loop' },
  CONTACT_SUCCESSOR_INVALID: { status: 400, title: 'The successor must be another contact of the same account' },
  CONTACT_LINK_USER_INVALID: { status: 400, title: 'Links must name existing users' },
});
