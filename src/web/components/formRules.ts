import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

// The server's password policy (src/server/auth/password.ts), checked before sending.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export const passwordRules = (t: TFunction): FormRule[] => [
  { required: true, message: t('validation.required') },
  { min: PASSWORD_MIN_LENGTH, message: t('validation.passwordMin', { n: PASSWORD_MIN_LENGTH }) },
  { max: PASSWORD_MAX_LENGTH, message: t('validation.maxLength', { n: PASSWORD_MAX_LENGTH }) },
];

// A password typed twice must match; `field` is the first of the two.
export const confirmRules = (t: TFunction, field: string): FormRule[] => [
  { required: true, message: t('validation.required') },
  ({ getFieldValue }) => ({
    validator: (_, value) => (!value || value === getFieldValue(field) ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
  }),
];

// Usernames as the server accepts them (users.schemas.ts).
export const usernameRules = (t: TFunction): FormRule[] => [
  { required: true, message: t('validation.required') },
  { min: 2, message: t('validation.minLength', { n: 2 }) },
  { max: 32, message: t('validation.maxLength', { n: 32 }) },
  { pattern: /^[A-Za-z0-9._-]+$/, message: t('validation.username') },
];

export const requiredText = (t: TFunction, max = 100): FormRule[] => [
  { required: true, whitespace: true, message: t('validation.required') },
  { max, message: t('validation.maxLength', { n: max }) },
];
