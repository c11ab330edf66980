import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { STRATEGY_OF } from '../../../../domain/grading/index.ts';
import { formatMoney } from '../../../components/money.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import type { QuadrantSummary } from './quadrantSummary.ts';

type Props = { summaries: QuadrantSummary[]; selected: string | null; onSelect: (quadrant: string | null) => void };

// The four quadrants with their strategy, accounts and sales; a click shows that quadrant's list.
export function QuadrantCards({ summaries, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Row gutter={[12, 12]}>
      {summaries.map((s) => (
        <Col key={s.quadrant} xs={12} lg={6}>
          <Card
            size="small"
            hoverable
            role="button"
            aria-pressed={selected === s.quadrant}
            onClick={() => onSelect(selected === s.quadrant ? null : s.quadrant)}
            style={selected === s.quadrant ? { borderColor: '#1677ff', boxShadow: '0 0 0 1px #1677ff' } : undefined}
            data-testid={`quadrant-${s.quadrant}`}
          >
            <Typography.Text strong>{t(`grading.quadrants.${s.quadrant}`)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
              {t(`grading.strategies.${STRATEGY_OF[s.quadrant]}`)}
            </Typography.Text>
            <Statistic value={s.count} suffix={t('grading.matrix.accountsUnit')} styles={{ content: { fontSize: 20 } }} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('grading.matrix.salesShare', { amount: formatMoney(s.salesFen, locale), share: s.salesShare })}
              {s.movedIn > 0 && ` · ${t('grading.matrix.movedIn', { count: s.movedIn })}`}
            </Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
