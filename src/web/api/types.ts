import type { components } from './schema';

// The API's records under the names the UI uses.
export type User = components['schemas']['User'];
export type Team = components['schemas']['Team'];
export type Me = components['schemas']['Me'];
export type ApiToken = components['schemas']['ApiToken'];
export type AuditEntry = components['schemas']['AuditEntry'];
export type Account = components['schemas']['Account'];
export type AccountDetail = components['schemas']['AccountDetail'];
export type AccountTeamMember = components['schemas']['AccountTeamMember'];
export type Contact = components['schemas']['Contact'];
export type Coverage = components['schemas']['Coverage'];
export type AccessRequest = components['schemas']['AccessRequest'];
export type SavedView = components['schemas']['SavedView'];
export type CustomerForm = components['schemas']['CustomerForm'];
export type CustomerFormLink = components['schemas']['CustomerFormLink'];
export type Locale = 'zh-CN' | 'en-US';
