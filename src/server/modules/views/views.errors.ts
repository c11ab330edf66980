import { defineErrors } from '../../lib/errors.ts';

export const ViewErrors = defineErrors({
  VIEW_NOT_FOUND: { status: 404, title: 'Saved view not found' },
  VIEW_NOT_YOURS: { status: 403, title: 'Only the author (or an administrator) changes a shared view' },
});
