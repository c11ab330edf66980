import { CUSTOMER_TYPES, INDUSTRIES, LIFECYCLE_STAGES, OWNERSHIP_TYPES, REGIONS } from '../../../domain/accounts/lists.ts';
import type { Account } from '../../api/types.ts';

// The archive's fields in the order and groups of the seed's 客户档案表 (ARC-1). The form, the
// profile view, the customer-form review and the history all read labels and kinds from here;
// labels are `account.field.<name>` in the locale files.
export type AccountFieldKind =
  | 'text'
  | 'longText'
  | 'date'
  | 'money'
  | 'count'
  | 'email'
  | 'url'
  | 'phone'
  | 'postcode'
  | 'creditCode'
  | 'bankAccount'
  | 'code'
  | 'tags'
  | 'account'
  | 'user';

export type AccountField = {
  name: keyof Account & string;
  kind: AccountFieldKind;
  // For `code`: the locale group of the labels and the allowed codes.
  codes?: { group: string; values: readonly string[] };
  max?: number;
};

export type AccountFieldGroup = { key: 'basic' | 'business' | 'classification' | 'responsibility'; fields: AccountField[] };

const code = (name: AccountField['name'], group: string, values: readonly string[]): AccountField => ({ name, kind: 'code', codes: { group, values } });

export const ACCOUNT_FIELD_GROUPS: AccountFieldGroup[] = [
  {
    key: 'basic',
    fields: [
      { name: 'name', kind: 'text', max: 200 },
      { name: 'creditCode', kind: 'creditCode' },
      { name: 'parentId', kind: 'account' },
      { name: 'address', kind: 'text', max: 300 },
      { name: 'postcode', kind: 'postcode' },
      { name: 'phone', kind: 'phone' },
      { name: 'fax', kind: 'phone' },
      { name: 'email', kind: 'email' },
      { name: 'website', kind: 'url', max: 300 },
      { name: 'foundedOn', kind: 'date' },
      { name: 'registeredCapitalFen', kind: 'money' },
      { name: 'mainShareholders', kind: 'longText', max: 1000 },
      { name: 'bankName', kind: 'text', max: 200 },
      { name: 'bankAccount', kind: 'bankAccount' },
      { name: 'legalRepresentative', kind: 'text', max: 100 },
    ],
  },
  {
    key: 'business',
    fields: [
      { name: 'employeesTotal', kind: 'count' },
      { name: 'employeesDomestic', kind: 'count' },
      { name: 'employeesForeign', kind: 'count' },
      { name: 'annualRevenueFen', kind: 'money' },
      { name: 'mainBusiness', kind: 'longText', max: 2000 },
      { name: 'serviceArea', kind: 'longText', max: 1000 },
      { name: 'salesCapability', kind: 'longText', max: 2000 },
      { name: 'developmentPotential', kind: 'longText', max: 2000 },
      { name: 'culture', kind: 'longText', max: 2000 },
      { name: 'businessPolicy', kind: 'longText', max: 2000 },
      { name: 'managementStyle', kind: 'longText', max: 2000 },
      { name: 'firstPurchaseOn', kind: 'date' },
      { name: 'firstContactOn', kind: 'date' },
    ],
  },
  {
    key: 'classification',
    fields: [
      code('industry', 'account.industry', INDUSTRIES),
      code('region', 'account.region', REGIONS),
      code('ownership', 'account.ownership', OWNERSHIP_TYPES),
      code('customerType', 'account.customerType', CUSTOMER_TYPES),
      code('lifecycleStage', 'account.stage', LIFECYCLE_STAGES),
      { name: 'tags', kind: 'tags' },
    ],
  },
  {
    key: 'responsibility',
    fields: [
      { name: 'ownerId', kind: 'user' },
      { name: 'executiveSponsorId', kind: 'user' },
    ],
  },
];

export const ACCOUNT_FIELDS: AccountField[] = ACCOUNT_FIELD_GROUPS.flatMap((group) => group.fields);

export const accountFieldByName = (name: string): AccountField | undefined => ACCOUNT_FIELDS.find((field) => field.name === name);
