import { useState } from 'react';
import { ACCOUNT_COLUMN_KEYS, DEFAULT_ACCOUNT_COLUMNS, isAccountColumnKey, type AccountColumnKey } from './accountColumns.tsx';

const STORAGE_KEY = 'kam.accounts.columns';

// Keeps known keys in the table's order; the name column is always there.
export const normaliseColumns = (keys: readonly string[]): AccountColumnKey[] => {
  const wanted = new Set(keys.filter(isAccountColumnKey));
  wanted.add('name');
  return ACCOUNT_COLUMN_KEYS.filter((key) => wanted.has(key));
};

const stored = (): AccountColumnKey[] => {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return Array.isArray(value) ? normaliseColumns(value.filter((v): v is string => typeof v === 'string')) : DEFAULT_ACCOUNT_COLUMNS;
  } catch {
    return DEFAULT_ACCOUNT_COLUMNS;
  }
};

// The visible columns of the account table: remembered in this browser, replaced by a saved
// view's columns when one is opened.
export function useAccountColumns() {
  const [columns, setColumnsState] = useState<AccountColumnKey[]>(stored);
  const setColumns = (keys: readonly string[]) => {
    const next = normaliseColumns(keys);
    setColumnsState(next);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage disabled: the choice lasts for this page.
    }
  };
  return { columns, setColumns, reset: () => setColumns(DEFAULT_ACCOUNT_COLUMNS) };
}
