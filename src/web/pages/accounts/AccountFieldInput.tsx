import { DatePicker, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { AccountSelect } from '../../components/AccountSelect.tsx';
import { codeOptions } from '../../components/codeLabels.ts';
import { MoneyInput } from '../../components/MoneyInput.tsx';
import { UserSelect } from '../../components/UserSelect.tsx';
import type { AccountField } from './accountFields.ts';

type Props = {
  field: AccountField;
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
  // For `account` and `user` fields: the current selection's name, and an id to leave out.
  initialOption?: { value: string; label: string } | null;
  excludeId?: string;
};

// The input for one archive field, chosen by its kind (accountFields.ts). Used inside Form.Item,
// which passes id, value and onChange.
export function AccountFieldInput({ field, id, value, onChange, initialOption, excludeId }: Props) {
  const { t } = useTranslation();
  const common = { id, value: value as never, onChange: onChange as never };
  switch (field.kind) {
    case 'longText':
      return <Input.TextArea {...common} onChange={(event) => onChange?.(event.target.value)} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={field.max} showCount />;
    case 'date':
      return <DatePicker {...common} style={{ width: '100%' }} />;
    case 'money':
      return <MoneyInput id={id} value={value as number | null} onChange={onChange} />;
    case 'count':
      return <InputNumber {...common} min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />;
    case 'code':
      return <Select {...common} options={codeOptions(t, field.codes?.group ?? '', field.codes?.values ?? [])} allowClear showSearch={{ optionFilterProp: 'label' }} />;
    case 'tags':
      return <Select {...common} mode="tags" maxCount={30} tokenSeparators={[',', '，']} open={false} suffixIcon={null} placeholder={t('accounts.tagsPlaceholder')} />;
    case 'account':
      return <AccountSelect id={id} value={value as string | null} onChange={onChange} initialOption={initialOption} excludeId={excludeId} />;
    case 'user':
      return <UserSelect id={id} value={value as string | null} onChange={onChange} initialOption={initialOption} />;
    case 'creditCode':
      return <Input {...common} onChange={(event) => onChange?.(event.target.value.toUpperCase())} maxLength={24} autoComplete="off" style={{ fontFamily: 'monospace' }} />;
    case 'email':
      return <Input {...common} onChange={(event) => onChange?.(event.target.value)} inputMode="email" autoComplete="off" />;
    case 'phone':
      return <Input {...common} onChange={(event) => onChange?.(event.target.value)} inputMode="tel" autoComplete="off" />;
    case 'postcode':
      return <Input {...common} onChange={(event) => onChange?.(event.target.value)} inputMode="numeric" maxLength={6} autoComplete="off" />;
    default:
      return <Input {...common} onChange={(event) => onChange?.(event.target.value)} maxLength={field.max} autoComplete="off" />;
  }
}
