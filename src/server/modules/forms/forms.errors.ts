import { defineErrors } from '../../lib/errors.ts';

export const FormErrors = defineErrors({
  FORM_LINK_GONE: { status: 410, title: 'This form link has expired or has already been used' },
  FORM_LINK_NOT_FOUND: { status: 404, title: 'Form not found' },
  FORM_NOT_SUBMITTED: { status: 409, title: 'The customer has not sent this form, or it was already handled' },
});
