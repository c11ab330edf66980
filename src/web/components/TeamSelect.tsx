import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useTeams } from '../api/teams.queries.ts';

type Props = {
  id?: string;
  // For use outside a Form.Item (filters), where no <label> names the field.
  'aria-label'?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  style?: CSSProperties;
};

export function TeamSelect({ id, 'aria-label': ariaLabel, value, onChange, placeholder, style }: Props) {
  const { t } = useTranslation();
  const teams = useTeams();
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      options={(teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }))}
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      loading={teams.isPending}
      placeholder={placeholder ?? t('user.noTeam')}
      style={style}
    />
  );
}
