import { DatePicker, Input, InputNumber, Select, Switch } from 'antd';
import { MAX_CUSTOM_TEXT } from '../../../domain/accounts/custom-fields.ts';
import type { CustomFieldDefinition } from '../../api/archiveSettings.queries.ts';

type Props = {
  field: CustomFieldDefinition;
  id?: string;
  value?: unknown;
  onChange?: (value: unknown) => void;
};

// The input for one custom field (ARC-1), chosen by its type. Used inside Form.Item, which passes
// id, value and onChange; dates stay dayjs here (customFieldValues.ts turns them into YYYY-MM-DD).
export function CustomFieldInput({ field, id, value, onChange }: Props) {
  const common = { id, value: value as never, onChange: onChange as never };
  switch (field.type) {
    case 'number':
      return <InputNumber {...common} style={{ width: '100%' }} />;
    case 'date':
      return <DatePicker {...common} style={{ width: '100%' }} />;
    case 'select':
      return (
        <Select
          {...common}
          options={field.options.map((option) => ({ value: option, label: option }))}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
        />
      );
    case 'multiselect':
      return <Select {...common} mode="multiple" options={field.options.map((option) => ({ value: option, label: option }))} allowClear />;
    case 'boolean':
      return <Switch id={id} checked={value === true} onChange={(checked) => onChange?.(checked)} />;
    default:
      return <Input {...common} onChange={(event) => onChange?.(event.target.value)} maxLength={MAX_CUSTOM_TEXT} autoComplete="off" />;
  }
}
