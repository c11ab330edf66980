import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { creditCodeError } from '../../../domain/accounts/credit-code.ts';
import type { AccountField } from './accountFields.ts';

// Client-side checks mirroring the server's schemas (accounts.schemas.ts), so most mistakes are
// shown under the field before anything is sent.
export const PHONE_PATTERN = /^[+\d][\d\s()\-+,/转]*$/;

export function accountFieldRules(t: TFunction, field: AccountField): FormRule[] {
  const max = (n: number): FormRule => ({ max: n, message: t('validation.maxLength', { n }) });
  switch (field.kind) {
    case 'text':
    case 'longText':
    case 'url':
      return field.name === 'name' ? [{ required: true, whitespace: true, message: t('validation.required') }, max(field.max ?? 200)] : [max(field.max ?? 200)];
    case 'email':
      return [{ type: 'email', message: t('validation.email') }, max(200)];
    case 'phone':
      return [{ pattern: PHONE_PATTERN, message: t('validation.phone') }, max(40)];
    case 'postcode':
      return [{ pattern: /^\d{6}$/, message: t('validation.postcode') }];
    case 'bankAccount':
      return [{ pattern: /^[\d\s-]*$/, message: t('validation.bankAccount') }, max(40)];
    case 'creditCode':
      return [
        {
          validator: (_, value: string | null | undefined) =>
            !value || creditCodeError(value) === null ? Promise.resolve() : Promise.reject(new Error(t('validation.creditCode'))),
        },
      ];
    case 'tags':
      return [
        {
          validator: (_, tags: string[] | null | undefined) =>
            (tags ?? []).every((tag) => tag.trim().length <= 30) ? Promise.resolve() : Promise.reject(new Error(t('validation.tagLength', { n: 30 }))),
        },
      ];
    default:
      return [];
  }
}
