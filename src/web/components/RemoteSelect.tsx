import { Select } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../hooks/useDebouncedValue.ts';

export type Option = { value: string; label: string };

// What a concrete picker passes on from Form.Item or a filter bar.
export type PickerProps = {
  id?: string;
  // For use outside a Form.Item (filters), where no <label> names the field.
  'aria-label'?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  // The selected record's label before any search has run (e.g. a name from the record).
  initialOption?: Option | null;
  excludeId?: string;
  placeholder?: string;
  style?: CSSProperties;
};

type Props = PickerProps & {
  placeholder: string;
  // Server search for the typed text; only runs once the list is opened or text is typed.
  useSearch: (q: string, isEnabled: boolean) => { options: Option[]; isFetching: boolean };
};

// One record picked from a long list searched on the server (users, accounts …).
export function RemoteSelect({ id, 'aria-label': ariaLabel, value, onChange, initialOption, excludeId, placeholder, style, useSearch }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const [isOpen, setOpen] = useState(false);
  const result = useSearch(q, isOpen || Boolean(q));
  const found = result.options.filter((o) => o.value !== excludeId);
  const options = initialOption && !found.some((o) => o.value === initialOption.value) ? [initialOption, ...found] : found;

  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={setOpen}
      allowClear
      loading={result.isFetching}
      placeholder={placeholder}
      notFoundContent={result.isFetching ? t('common.loading') : t('common.noMatch')}
      style={style}
    />
  );
}
