import { DatePicker, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { UserSelect } from '../../components/UserSelect.tsx';

// The record types the server writes to the log (recordAudit calls); unknown ones still show, by their id.
export const AUDIT_ENTITY_TYPES = ['account', 'account_team', 'account_review', 'access_request', 'contact', 'contact_relationships', 'user', 'team', 'api_token', 'saved_view'] as const;
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'read', 'login', 'logout', 'password', 'token'] as const;

export type AuditFilterState = {
  entityType: string | null;
  action: string | null;
  actorId: string | null;
  entityId: string;
  range: [Dayjs, Dayjs] | null;
};

type Props = { state: AuditFilterState; onChange: (patch: Partial<AuditFilterState>) => void };

const fieldStyle = { flex: '1 1 160px', minWidth: 140, maxWidth: 220 };

export function AuditFilters({ state, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 16 }}>
      <Select
        aria-label={t('audit.entityType')}
        placeholder={t('audit.allEntityTypes')}
        value={state.entityType ?? undefined}
        onChange={(value: string | undefined) => onChange({ entityType: value ?? null })}
        options={AUDIT_ENTITY_TYPES.map((value) => ({ value, label: t(`audit.entity.${value}`) }))}
        allowClear
        style={fieldStyle}
      />
      <Select
        aria-label={t('audit.action')}
        placeholder={t('audit.allActions')}
        value={state.action ?? undefined}
        onChange={(value: string | undefined) => onChange({ action: value ?? null })}
        options={AUDIT_ACTIONS.map((value) => ({ value, label: t(`audit.actions.${value}`) }))}
        allowClear
        style={fieldStyle}
      />
      <UserSelect
        aria-label={t('audit.actor')}
        value={state.actorId}
        onChange={(actorId) => onChange({ actorId })}
        placeholder={t('audit.allActors')}
        isActiveOnly={false}
        style={fieldStyle}
      />
      <Input.Search
        aria-label={t('audit.entityId')}
        placeholder={t('audit.entityId')}
        defaultValue={state.entityId}
        onSearch={(value) => onChange({ entityId: value.trim() })}
        allowClear
        style={{ ...fieldStyle, maxWidth: 280 }}
      />
      <DatePicker.RangePicker
        aria-label={t('audit.period')}
        value={state.range}
        onChange={(range) => onChange({ range: range && range[0] && range[1] ? [range[0], range[1]] : null })}
        style={{ flex: '2 1 240px', minWidth: 220, maxWidth: 300 }}
      />
    </div>
  );
}
