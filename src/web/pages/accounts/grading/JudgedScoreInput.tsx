import { Form, Input, InputNumber, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../../domain/grading/index.ts';
import { useLocale } from '../../../hooks/useLocale.ts';

const FIVE_POINTS = [1, 2, 3, 4, 5];

// One judged criterion: its name and what a high score means, the score on its scale (tap 1–5 on a
// phone, or type 0–100) and the comment the score needs.
export function JudgedScoreInput({ criterion }: { criterion: Criterion }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const scored = Form.useWatch(['judged', criterion.key, 'score']) as number | null | undefined;
  const isScored = typeof scored === 'number';
  return (
    <div style={{ marginBottom: 16 }} data-testid={`judged-${criterion.key}`}>
      <Typography.Text strong>{criterion.name[locale]}</Typography.Text>
      <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
        {t('grading.weightOf', { weight: criterion.weight })}
      </Typography.Text>
      {criterion.hint && (
        <Typography.Paragraph type="secondary" style={{ margin: '2px 0 6px', fontSize: 12 }}>
          {criterion.hint[locale]}
        </Typography.Paragraph>
      )}
      <Form.Item
        name={['judged', criterion.key, 'score']}
        style={{ marginBottom: 6 }}
        // On the five-point control "not judged" is the empty choice; the form keeps null for it.
        {...(criterion.scale === '1-5' ? { getValueProps: (v: unknown) => ({ value: v ?? '' }), normalize: (v: unknown) => (v === '' ? null : v) } : {})}
      >
        {criterion.scale === '1-5' ? (
          <Segmented<number | string>
            aria-label={criterion.name[locale]}
            options={[...FIVE_POINTS.map((n) => ({ label: String(n), value: n })), { label: t('grading.notJudged'), value: '' }]}
          />
        ) : (
          <InputNumber aria-label={criterion.name[locale]} min={0} max={100} precision={1} style={{ width: 140 }} placeholder={t('grading.notJudged')} />
        )}
      </Form.Item>
      <Form.Item
        name={['judged', criterion.key, 'comment']}
        style={{ marginBottom: 0 }}
        rules={[{ required: isScored, whitespace: true, message: t('grading.commentRequired') }]}
      >
        <Input.TextArea aria-label={t('grading.commentFor', { name: criterion.name[locale] })} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} placeholder={t('grading.commentPlaceholder')} />
      </Form.Item>
    </div>
  );
}
