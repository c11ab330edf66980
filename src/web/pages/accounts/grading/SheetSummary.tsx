import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { STRATEGY_OF, type Quadrant } from '../../../../domain/grading/index.ts';

type Props = {
  kind: 'grade' | 'matrix';
  total?: number | null;
  grade?: string | null;
  attractiveness?: number | null;
  ability?: number | null;
  quadrant?: string | null;
};

const GRADE_COLORS: Record<string, string> = { A: 'red', B: 'orange', C: 'blue', D: 'default' };
export const gradeColor = (grade: string | null | undefined) => (grade ? (GRADE_COLORS[grade] ?? 'purple') : 'default');

// The outcome of an evaluation in one line: "72.5 → B", or both axes → the quadrant and its strategy.
export function SheetSummary({ kind, total, grade, attractiveness, ability, quadrant }: Props) {
  const { t } = useTranslation();
  if (kind === 'grade') {
    return (
      <Space size={6} wrap>
        <Typography.Text>{t('grading.total', { total: total ?? '—' })}</Typography.Text>
        <span aria-hidden>→</span>
        {grade ? <Tag color={gradeColor(grade)}>{t('grading.gradeIs', { grade })}</Tag> : <Typography.Text type="secondary">{t('grading.noGrade')}</Typography.Text>}
      </Space>
    );
  }
  const strategy = quadrant ? STRATEGY_OF[quadrant as Quadrant] : undefined;
  return (
    <Space size={6} wrap>
      <Typography.Text>{t('grading.axisValues', { attractiveness: attractiveness ?? '—', ability: ability ?? '—' })}</Typography.Text>
      <span aria-hidden>→</span>
      {quadrant ? (
        <Tag color="green">
          {t(`grading.quadrants.${quadrant}`)} · {strategy ? t(`grading.strategies.${strategy}`) : ''}
        </Tag>
      ) : (
        <Typography.Text type="secondary">{t('grading.noQuadrant')}</Typography.Text>
      )}
    </Space>
  );
}
