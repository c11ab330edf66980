// T1: the checked-in authorization policy. Every operation of the OpenAPI document is listed with
// who may call it, by the caller's relation to a fixture account owned by specialist S1a:
//   owner           S1a, the owner
//   same_team       S1b, a specialist in the owner's department (no relation to the account)
//   chain_manager   M1, the owner's manager
//   other_manager   M2, a manager of another department
//   team_member     S2 (other department), on the account's team
//   granted         B1 (back-office), holding an approved, unexpired read grant
//   expired_grant   F1 (finance), whose grant has expired
//   director, admin
//   anonymous       no session
// The matrix test walks the OpenAPI document and fails on any operation missing here.

export const RELATIONS = [
  'owner',
  'same_team',
  'chain_manager',
  'other_manager',
  'team_member',
  'granted',
  'expired_grant',
  'director',
  'admin',
  'anonymous',
] as const;
export type Relation = (typeof RELATIONS)[number];

const SIGNED_IN: Relation[] = RELATIONS.filter((r) => r !== 'anonymous');
// Who sees the account (ARC-5): owner, account team, management chain, grant, director/admin.
export const READ: Relation[] = ['owner', 'chain_manager', 'team_member', 'granted', 'director', 'admin'];
// Who changes it: the same minus read-only grants.
export const EDIT: Relation[] = ['owner', 'chain_manager', 'team_member', 'director', 'admin'];
// Management acts (delete, transfer, review, decide access): the owner's managers, director, admin.
export const MANAGE: Relation[] = ['chain_manager', 'director', 'admin'];

export type Rule = {
  allow: readonly Relation[];
  // The status a signed-in caller outside `allow` gets: 404 hides the record, 403 refuses the act.
  deny: 401 | 403 | 404 | 409;
  // What a caller without a session gets, when not 401 (public operations).
  anonymous?: 409;
};

export const POLICY: Record<string, Rule> = {
  'GET /api/health': { allow: RELATIONS, deny: 401 },
  'GET /api/v1/setup': { allow: RELATIONS, deny: 401 },
  'POST /api/v1/setup': { allow: [], deny: 409, anonymous: 409 }, // users exist: nobody may run setup again
  'POST /api/v1/auth/login': { allow: RELATIONS, deny: 401 },
  'POST /api/v1/auth/logout': { allow: RELATIONS, deny: 401 },
  'GET /api/v1/auth/me': { allow: SIGNED_IN, deny: 401 },
  'PATCH /api/v1/auth/me': { allow: SIGNED_IN, deny: 401 },
  'POST /api/v1/auth/password': { allow: SIGNED_IN, deny: 401 },
  'GET /api/v1/auth/tokens': { allow: SIGNED_IN, deny: 401 },
  'POST /api/v1/auth/tokens': { allow: SIGNED_IN, deny: 401 },
  'DELETE /api/v1/auth/tokens/{id}': { allow: ['owner'], deny: 404 }, // only the token's own user (S1a's token)
  'GET /api/v1/users': { allow: SIGNED_IN, deny: 401 },
  'POST /api/v1/users': { allow: ['admin'], deny: 403 },
  'GET /api/v1/users/{id}': { allow: SIGNED_IN, deny: 401 },
  'PATCH /api/v1/users/{id}': { allow: ['admin'], deny: 403 },
  'POST /api/v1/users/{id}/password': { allow: ['admin'], deny: 403 },
  'GET /api/v1/teams': { allow: SIGNED_IN, deny: 401 },
  'POST /api/v1/teams': { allow: ['admin'], deny: 403 },
  'PATCH /api/v1/teams/{id}': { allow: ['admin'], deny: 403 },
  'GET /api/v1/audit': { allow: ['director', 'admin'], deny: 403 },
  'POST /api/v1/admin/backup': { allow: ['admin'], deny: 403 }, // the whole database, credentials included
  'GET /api/v1/settings/archive': { allow: SIGNED_IN, deny: 401 },
  'PUT /api/v1/settings/archive': { allow: ['admin'], deny: 403 },

  'GET /api/v1/accounts': { allow: SIGNED_IN, deny: 401 },
  'POST /api/v1/accounts': { allow: ['owner', 'same_team', 'chain_manager', 'other_manager', 'team_member', 'granted', 'director', 'admin'], deny: 403 },
  'POST /api/v1/accounts/import': { allow: ['owner', 'same_team', 'chain_manager', 'other_manager', 'team_member', 'granted', 'director', 'admin'], deny: 403 },
  'GET /api/v1/accounts/export': { allow: SIGNED_IN, deny: 401 },
  'GET /api/v1/accounts/lookup': { allow: SIGNED_IN, deny: 401 },
  'GET /api/v1/accounts/{id}': { allow: READ, deny: 404 },
  'GET /api/v1/accounts/{id}/history': { allow: READ, deny: 404 },
  'PATCH /api/v1/accounts/{id}': { allow: EDIT, deny: 404 },
  'DELETE /api/v1/accounts/{id}': { allow: MANAGE, deny: 404 },
  'PUT /api/v1/accounts/{id}/team': { allow: EDIT, deny: 404 },
  'POST /api/v1/accounts/transfer': { allow: MANAGE, deny: 404 },
  'POST /api/v1/accounts/batch': { allow: ['owner', ...MANAGE], deny: 404 },
  'POST /api/v1/accounts/{id}/review/submit': { allow: EDIT, deny: 404 },
  'POST /api/v1/accounts/{id}/review': { allow: MANAGE, deny: 404 },
  'POST /api/v1/access-requests': { allow: ['same_team', 'other_manager', 'expired_grant'], deny: 409 }, // those who cannot see it yet
  'GET /api/v1/access-requests': { allow: SIGNED_IN, deny: 401 },
  'POST /api/v1/access-requests/{id}/decision': { allow: MANAGE, deny: 404 },

  'POST /api/v1/contacts/import': { allow: SIGNED_IN, deny: 401 }, // the rows are checked against the caller's accounts
  'GET /api/v1/contacts': { allow: SIGNED_IN, deny: 401 },
  'GET /api/v1/accounts/{id}/contacts': { allow: READ, deny: 404 },
  'GET /api/v1/accounts/{id}/coverage': { allow: READ, deny: 404 },
  'POST /api/v1/accounts/{id}/contacts': { allow: EDIT, deny: 404 },
  'GET /api/v1/contacts/{id}': { allow: READ, deny: 404 },
  'PATCH /api/v1/contacts/{id}': { allow: EDIT, deny: 404 },
  'DELETE /api/v1/contacts/{id}': { allow: EDIT, deny: 404 },
  'PUT /api/v1/contacts/{id}/relationships': { allow: EDIT, deny: 404 },

  'GET /api/v1/saved-views': { allow: SIGNED_IN, deny: 401 },
  'POST /api/v1/saved-views': { allow: SIGNED_IN, deny: 401 },
  'PATCH /api/v1/saved-views/{id}': { allow: ['owner', 'admin'], deny: 403 }, // S1a's shared view
  'DELETE /api/v1/saved-views/{id}': { allow: ['owner', 'admin'], deny: 403 },

  'POST /api/v1/accounts/{id}/form-links': { allow: EDIT, deny: 404 },
  'GET /api/v1/accounts/{id}/form-links': { allow: READ, deny: 404 },
  'POST /api/v1/form-links/{id}/accept': { allow: EDIT, deny: 404 },
  'POST /api/v1/form-links/{id}/dismiss': { allow: EDIT, deny: 404 },
  'GET /api/v1/public/customer-forms/{token}': { allow: RELATIONS, deny: 401 },
  'POST /api/v1/public/customer-forms/{token}': { allow: RELATIONS, deny: 401 },

  'GET /api/v1/products': { allow: SIGNED_IN, deny: 401 },
  'GET /api/v1/products/categories': { allow: SIGNED_IN, deny: 401 },
  'GET /api/v1/products/{id}': { allow: SIGNED_IN, deny: 401 },
  // products:manage: administrator, director and back-office (B1 plays `granted`).
  'POST /api/v1/products': { allow: ['granted', 'director', 'admin'], deny: 403 },
  'PATCH /api/v1/products/{id}': { allow: ['granted', 'director', 'admin'], deny: 403 },
  'POST /api/v1/products/{id}/deactivate': { allow: ['granted', 'director', 'admin'], deny: 403 },

  'GET /api/v1/sales': { allow: SIGNED_IN, deny: 401 },
  'GET /api/v1/sales/export': { allow: SIGNED_IN, deny: 401 },
  'POST /api/v1/sales/import': { allow: SIGNED_IN, deny: 401 }, // every fixture role holds sales:write; the rows are checked against the caller's accounts
  'GET /api/v1/accounts/{id}/sales': { allow: READ, deny: 404 },
  'POST /api/v1/accounts/{id}/sales': { allow: EDIT, deny: 404 },
  'GET /api/v1/sales/{id}': { allow: READ, deny: 404 },
  'PATCH /api/v1/sales/{id}': { allow: EDIT, deny: 404 },
  'DELETE /api/v1/sales/{id}': { allow: EDIT, deny: 404 },

  'GET /api/v1/scoring-models': { allow: SIGNED_IN, deny: 401 },
  'GET /api/v1/scoring-models/{id}': { allow: SIGNED_IN, deny: 401 },
  // grading:manage: administrator and director.
  'POST /api/v1/scoring-models': { allow: ['director', 'admin'], deny: 403 },
  'PATCH /api/v1/scoring-models/{id}': { allow: ['director', 'admin'], deny: 403 },
  'GET /api/v1/accounts/{id}/evaluation-draft': { allow: READ, deny: 404 },
  'GET /api/v1/accounts/{id}/evaluations': { allow: READ, deny: 404 },
  'POST /api/v1/accounts/{id}/evaluations': { allow: EDIT, deny: 404 },
  'GET /api/v1/grading/matrix': { allow: SIGNED_IN, deny: 401 }, // only the points of visible accounts (grading.test.ts)
  'GET /api/v1/grading/composition': { allow: SIGNED_IN, deny: 401 }, // only the sales of visible accounts (composition.test.ts)
  'GET /api/v1/grading/composition/export': { allow: SIGNED_IN, deny: 401 },
  'GET /api/v1/grading/matrix/export': { allow: SIGNED_IN, deny: 401 }, // the same points as a spreadsheet
  'POST /api/v1/grading/regrade': { allow: ['director', 'admin'], deny: 403 },
  'GET /api/v1/grading/jobs/{id}': { allow: ['director', 'admin'], deny: 403 },
  'GET /api/v1/grading/policies': { allow: SIGNED_IN, deny: 401 },
  'PUT /api/v1/grading/policies': { allow: ['director', 'admin'], deny: 403 },
  'GET /api/v1/accounts/{id}/service-level': { allow: READ, deny: 404 },

  // Approval requests are not account records: the fixture request is S1a's general request of
  // ¥8,000, so `owner` plays the applicant, `chain_manager` (M1, S1a's manager) the current
  // approver and `director` the next one; admins and directors see every request. Anyone else
  // gets 404; on the route but not the current approver (applicant, director, admin): 403.
  'GET /api/v1/approvals': { allow: SIGNED_IN, deny: 401 }, // box=inbox: only what waits for the caller (approvals.test.ts)
  'GET /api/v1/approvals/inbox-count': { allow: SIGNED_IN, deny: 401 },
  'POST /api/v1/approvals': { allow: SIGNED_IN, deny: 401 }, // everyone may apply; nobody decides their own
  'GET /api/v1/approvals/{id}': { allow: ['owner', 'chain_manager', 'director', 'admin'], deny: 404 },
  'POST /api/v1/approvals/{id}/decision': { allow: ['chain_manager'], deny: 404 },
  'POST /api/v1/approvals/{id}/resubmit': { allow: ['owner'], deny: 404 }, // the fixture request was returned by M1
  'POST /api/v1/approvals/{id}/withdraw': { allow: ['owner'], deny: 404 },
  // settings:manage: the administrator unblocks a request whose step has nobody, and edits flows.
  'POST /api/v1/approvals/{id}/reassign': { allow: ['admin'], deny: 403 },
  'POST /api/v1/approvals/{id}/reroute': { allow: ['admin'], deny: 403 },
  'GET /api/v1/approval-flows/{kind}': { allow: ['admin'], deny: 403 },
  'PUT /api/v1/approval-flows/{kind}': { allow: ['admin'], deny: 403 },
};
