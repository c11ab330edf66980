import { defineErrors } from '../../lib/errors.ts';

export const ApprovalErrors = defineErrors({
  APPROVAL_NOT_FOUND: { status: 404, title: 'Approval request not found' },
  APPROVAL_SELF_DECISION: { status: 403, title: 'You cannot decide your own request' },
  APPROVAL_NOT_YOUR_TURN: { status: 403, title: 'The request is waiting for someone else' },
  APPROVAL_NOT_PENDING: { status: 409, title: 'The request is no longer waiting for a decision' },
  APPROVAL_NO_APPROVER: { status: 409, title: "Nobody holds the current step's role; an administrator must assign an approver or fix the organisation" },
  APPROVAL_COMMENT_REQUIRED: { status: 400, title: 'Say why when you reject or return a request' },
  APPROVAL_NOT_APPLICANT: { status: 403, title: 'Only the applicant may do this' },
  APPROVAL_NOT_RETURNED: { status: 409, title: 'Only a returned request can be resubmitted' },
  APPROVAL_CLOSED: { status: 409, title: 'The request is already closed' },
  APPROVAL_SELF_ASSIGN: { status: 400, title: 'The applicant cannot approve their own request' },
  APPROVAL_ASSIGNEE_INVALID: { status: 400, title: 'The approver does not exist or is disabled' },
  APPROVAL_FLOW_INVALID: { status: 400, title: 'The approval flow is not valid' },
});
