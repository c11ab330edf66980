import { Alert, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DECISION_STYLES } from '../../../domain/contacts/lists.ts';
import { codeOptions } from '../../components/codeLabels.ts';

type Props = { id?: string; value?: string | null; onChange?: (value: string | null) => void };

// The four decision styles (seed 004) with the advice for the chosen one beside it.
export function DecisionStyleSelect({ id, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        id={id}
        value={value ?? undefined}
        onChange={(next: string | undefined) => onChange?.(next ?? null)}
        allowClear
        options={codeOptions(t, 'contact.decisionStyle', DECISION_STYLES)}
        optionRender={(option) => (
          <div style={{ whiteSpace: 'normal' }}>
            <div>{option.label}</div>
            <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{t(`contact.decisionAdvice.${String(option.value)}`)}</div>
          </div>
        )}
      />
      {value && <Alert type="info" showIcon style={{ marginTop: 8 }} title={t('contacts.adviceFor', { style: t(`contact.decisionStyle.${value}`) })} description={t(`contact.decisionAdvice.${value}`)} />}
    </>
  );
}
