import { Flex, Tag, Typography, type TableColumnType } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Account } from '../../api/types.ts';
import { codeLabel } from '../../components/codeLabels.ts';
import { formatDate, formatDateTime } from '../../components/formatDate.ts';
import { formatMoney } from '../../components/money.ts';
import type { Locale } from '../../i18n/locales.ts';
import { CompletenessBar } from './CompletenessBar.tsx';
import { ReviewStatusBadge } from './ReviewStatusBadge.tsx';
import { StageTag } from './StageTag.tsx';

// The account table's columns. Every column has a key; the user picks which to show (column
// settings, remembered in saved views). `name` is always shown.
export const ACCOUNT_COLUMN_KEYS = [
  'name',
  'archiveNo',
  'lifecycleStage',
  'grade',
  'quadrant',
  'owner',
  'industry',
  'region',
  'ownership',
  'customerType',
  'tags',
  'completeness',
  'reviewStatus',
  'parent',
  'executiveSponsor',
  'legalRepresentative',
  'phone',
  'employeesTotal',
  'registeredCapital',
  'annualRevenue',
  'builtOn',
  'createdAt',
  'updatedAt',
] as const;
export type AccountColumnKey = (typeof ACCOUNT_COLUMN_KEYS)[number];

export const DEFAULT_ACCOUNT_COLUMNS: AccountColumnKey[] = ['name', 'archiveNo', 'lifecycleStage', 'grade', 'owner', 'industry', 'region', 'completeness', 'reviewStatus', 'updatedAt'];

export const isAccountColumnKey = (key: string): key is AccountColumnKey => (ACCOUNT_COLUMN_KEYS as readonly string[]).includes(key);

// Column key → the API's sort field, for the columns the server can sort by.
const SORT_FIELDS: Partial<Record<AccountColumnKey, string>> = {
  name: 'name',
  archiveNo: 'archiveNo',
  lifecycleStage: 'lifecycleStage',
  grade: 'grade',
  builtOn: 'builtOn',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
};

const orderOf = (sort: string | null, field: string): SortOrder => (sort === field ? 'ascend' : sort === `-${field}` ? 'descend' : null);

const dash = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? '—' : value);

export const accountColumnTitle = (t: TFunction, key: AccountColumnKey): string => t(`accounts.column.${key}`);

export function accountColumns(t: TFunction, locale: Locale, sort: string | null): Record<AccountColumnKey, TableColumnType<Account>> {
  const column = (key: AccountColumnKey, render: (account: Account) => ReactNode, extra: Partial<TableColumnType<Account>> = {}): TableColumnType<Account> => {
    const field = SORT_FIELDS[key];
    return {
      key,
      title: accountColumnTitle(t, key),
      render: (_: unknown, account: Account) => render(account),
      ...(field ? { sorter: true, sortOrder: orderOf(sort, field), sortDirections: ['ascend' as const, 'descend' as const] } : {}),
      ...extra,
    };
  };
  return {
    name: column(
      'name',
      (a) => (
        <Link to={`/accounts/${a.id}`} style={{ fontWeight: 500 }}>
          {a.name}
        </Link>
      ),
      { width: 260, fixed: 'left' },
    ),
    archiveNo: column('archiveNo', (a) => <Typography.Text type="secondary">{a.archiveNo}</Typography.Text>),
    lifecycleStage: column('lifecycleStage', (a) => <StageTag stage={a.lifecycleStage} />),
    owner: column('owner', (a) => dash(a.ownerName)),
    industry: column('industry', (a) => codeLabel(t, 'account.industry', a.industry)),
    region: column('region', (a) => codeLabel(t, 'account.region', a.region)),
    ownership: column('ownership', (a) => codeLabel(t, 'account.ownership', a.ownership)),
    customerType: column('customerType', (a) => codeLabel(t, 'account.customerType', a.customerType)),
    tags: column('tags', (a) =>
      a.tags.length === 0 ? (
        '—'
      ) : (
        <Flex gap={4} wrap>
          {a.tags.map((tag) => (
            <Tag key={tag} style={{ marginInlineEnd: 0 }}>
              {tag}
            </Tag>
          ))}
        </Flex>
      ),
    ),
    grade: column('grade', (a) => dash(a.currentGrade)),
    quadrant: column('quadrant', (a) => (a.currentQuadrant ? t(`grading.quadrants.${a.currentQuadrant}`) : '—')),
    completeness: column('completeness', (a) => <CompletenessBar value={a.completeness} missing={a.completenessMissing} width={72} />),
    reviewStatus: column('reviewStatus', (a) => <ReviewStatusBadge status={a.reviewStatus} />),
    parent: column('parent', (a) => (a.parentId ? <Link to={`/accounts/${a.parentId}`}>{a.parentName ?? '…'}</Link> : '—')),
    executiveSponsor: column('executiveSponsor', (a) => dash(a.executiveSponsorName)),
    legalRepresentative: column('legalRepresentative', (a) => dash(a.legalRepresentative)),
    phone: column('phone', (a) => dash(a.phone)),
    employeesTotal: column('employeesTotal', (a) => dash(a.employeesTotal), { align: 'right' }),
    registeredCapital: column('registeredCapital', (a) => formatMoney(a.registeredCapitalFen, locale), { align: 'right' }),
    annualRevenue: column('annualRevenue', (a) => formatMoney(a.annualRevenueFen, locale), { align: 'right' }),
    builtOn: column('builtOn', (a) => formatDate(a.builtOn)),
    createdAt: column('createdAt', (a) => formatDateTime(a.createdAt)),
    updatedAt: column('updatedAt', (a) => formatDateTime(a.updatedAt)),
  };
}

export const sortFieldOfColumn = (key: string): string | null => (isAccountColumnKey(key) ? (SORT_FIELDS[key] ?? null) : null);
