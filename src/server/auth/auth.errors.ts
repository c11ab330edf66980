import { defineErrors } from '../lib/errors.ts';

export const AuthErrors = defineErrors({
  AUTH_INVALID_CREDENTIALS: { status: 401, title: 'Wrong username or password' },
  AUTH_TOO_MANY_ATTEMPTS: { status: 429, title: 'Too many failed sign-in attempts; try again later' },
  AUTH_WRONG_PASSWORD: { status: 400, title: 'The current password is wrong' },
  AUTH_SETUP_DONE: { status: 409, title: 'OpenKAM is already set up' },
  TOKEN_NOT_FOUND: { status: 404, title: 'API token not found' },
});
