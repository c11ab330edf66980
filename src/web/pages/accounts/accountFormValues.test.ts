import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { CustomFieldDefinition } from '../../api/archiveSettings.queries.ts';
import type { Account } from '../../api/types.ts';
import { toAccountFormValues, toCreateAccountBody, toUpdateAccountBody } from './accountFormValues.ts';

const account = {
  id: 'a1',
  name: '东莞盈丰五金制品有限公司',
  creditCode: null,
  foundedOn: '2018-12-14',
  registeredCapitalFen: 1_260_000_000,
  annualRevenueFen: null,
  employeesTotal: 263,
  tags: ['华南'],
  industry: 'electronics',
  mainBusiness: '五金',
  ownerId: 'u1',
  version: 4,
} as unknown as Account;

describe('account form values', () => {
  it('shows dates as dates and keeps money in fen for the money input', () => {
    const values = toAccountFormValues(account);
    expect(values.registeredCapitalFen).toBe(1_260_000_000);
    expect(dayjs.isDayjs(values.foundedOn)).toBe(true);
    expect(values.creditCode).toBeNull();
  });

  it('sends only the changed fields, with the version read', () => {
    const values = { ...toAccountFormValues(account), registeredCapitalFen: 1_300_500_000, mainBusiness: '  五金冲压 ', tags: ['华南', 'VIP'] };
    expect(toUpdateAccountBody(account, values)).toEqual({
      version: 4,
      registeredCapitalFen: 1_300_500_000,
      mainBusiness: '五金冲压',
      tags: ['华南', 'VIP'],
    });
  });

  it('clears a field the user emptied and never sends the owner on edit', () => {
    const values = { ...toAccountFormValues(account), mainBusiness: '   ', ownerId: 'u2' };
    expect(toUpdateAccountBody(account, values)).toEqual({ version: 4, mainBusiness: null });
  });

  it('creates with what was filled in: ISO dates, whole fen, a normalised credit code', () => {
    const body = toCreateAccountBody({ name: ' 新客户 ', foundedOn: dayjs('2020-01-02'), registeredCapitalFen: 1234.4, creditCode: '9144 1900-ma4x', address: '', tags: [] });
    expect(body).toEqual({ name: '新客户', foundedOn: '2020-01-02', registeredCapitalFen: 1234, creditCode: '91441900MA4X' });
  });

  it('carries the custom fields under customFields: all filled ones on create, changed ones on edit', () => {
    const fields: CustomFieldDefinition[] = [
      { key: 'brand', label: { 'zh-CN': '现用品牌', 'en-US': 'Brand' }, type: 'select', options: ['美孚', '壳牌'], required: true, active: true },
      { key: 'oil_volume', label: { 'zh-CN': '年用油量', 'en-US': 'Oil volume' }, type: 'number', options: [], required: false, active: true },
    ];
    expect(toCreateAccountBody({ name: '新客户', customFields: { brand: '美孚', oil_volume: null } }, fields)).toEqual({ name: '新客户', customFields: { brand: '美孚' } });
    const stored = { ...account, customFields: { brand: '美孚', oil_volume: 900 } };
    const values = toAccountFormValues(stored, fields);
    expect(values.customFields).toEqual({ brand: '美孚', oil_volume: 900 });
    expect(toUpdateAccountBody(stored, values, fields)).toEqual({ version: 4 });
    expect(toUpdateAccountBody(stored, { ...values, customFields: { brand: '壳牌', oil_volume: 900 } }, fields)).toEqual({ version: 4, customFields: { brand: '壳牌' } });
  });
});
