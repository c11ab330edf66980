import { Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../hooks/useLocale.ts';
import { LOCALES, type Locale } from '../../../i18n/locales.ts';
import type { Bilingual } from './policyDraft.ts';

type Props = {
  label: string;
  value: Bilingual;
  onChange: (value: Bilingual) => void;
  // Problems per language (the texts shown under that language's input).
  issuesOf: (locale: Locale) => string[];
  maxLength: number;
  isMultiline?: boolean;
};

// One text in both languages, the UI's language first: both must be filled (every user reads
// the template in their own language).
export function BilingualInput({ label, value, onChange, issuesOf, maxLength, isMultiline = false }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const order = [locale, ...LOCALES.filter((l) => l !== locale)];
  return (
    <Flex gap={8} wrap style={{ width: '100%' }}>
      {order.map((l) => {
        const issues = issuesOf(l);
        const common = {
          'aria-label': t('gradingPolicies.inLanguage', { label, language: t(`gradingPolicies.lang.${l}`) }),
          value: value[l],
          maxLength,
          status: issues.length > 0 ? ('error' as const) : undefined,
          placeholder: t(`gradingPolicies.lang.${l}`),
        };
        return (
          <div key={l} style={{ flex: '1 1 260px', minWidth: 0 }}>
            {isMultiline ? (
              <Input.TextArea {...common} autoSize={{ minRows: 1, maxRows: 6 }} onChange={(e) => onChange({ ...value, [l]: e.target.value })} />
            ) : (
              <Input {...common} prefix={<Typography.Text type="secondary">{t(`gradingPolicies.langShort.${l}`)}</Typography.Text>} onChange={(e) => onChange({ ...value, [l]: e.target.value })} />
            )}
            {issues.length > 0 && (
              <div role="alert" style={{ color: 'var(--ant-color-error, #ff4d4f)', fontSize: 12 }}>
                {issues.join(' ')}
              </div>
            )}
          </div>
        );
      })}
    </Flex>
  );
}
