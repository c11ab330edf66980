import { defineErrors } from '../../lib/errors.ts';

export const UserErrors = defineErrors({
  USER_NOT_FOUND: { status: 404, title: 'User not found' },
  USER_USERNAME_TAKEN: { status: 409, title: 'That username is already taken' },
  USER_EMAIL_TAKEN: { status: 409, title: 'That e-mail address is already used by another user' },
  USER_MANAGER_CYCLE: { status: 400, title: 'That manager would make a loop in the management chain' },
  USER_MANAGER_INVALID: { status: 400, title: 'The manager does not exist or is disabled' },
  USER_LAST_ADMIN: { status: 409, title: 'The last active administrator cannot be disabled or demoted' },
  USER_TEAM_INVALID: { status: 400, title: 'The team does not exist' },
  TEAM_NOT_FOUND: { status: 404, title: 'Team not found' },
  TEAM_NAME_TAKEN: { status: 409, title: 'A team with that name already exists' },
});
