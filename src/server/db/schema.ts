// Every table, for Drizzle's typed queries and for drizzle-kit's migration generator.
export * from '../auth/auth.schema.ts';
export * from '../modules/users/users.schema.ts';
export * from '../modules/audit/audit.schema.ts';
export * from '../modules/settings/settings.schema.ts';
export * from '../modules/accounts/accounts.schema.ts';
export * from '../modules/contacts/contacts.schema.ts';
export * from '../modules/views/views.schema.ts';
export * from '../modules/forms/forms.schema.ts';
export * from '../modules/products/products.schema.ts';
export * from '../modules/sales/sales.schema.ts';
export * from '../modules/grading/grading.schema.ts';
export * from '../modules/approvals/approvals.schema.ts';
