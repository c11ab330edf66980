import { Card, Col, Progress, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Composition } from '../../../api/composition.queries.ts';

type Share = Composition['accountShares']['grades'][number];

// How the accounts in scope divide into grades and into quadrants (with or without sales).
export function AccountShares({ shares }: { shares: Composition['accountShares'] }) {
  const { t } = useTranslation();
  const list = (title: string, items: Share[], labelOf: (key: string | null) => string, testId: string) => (
    <Col xs={24} md={12}>
      <Typography.Text strong>{title}</Typography.Text>
      <div data-testid={testId} style={{ marginTop: 8 }}>
        {items.map((s) => (
          <div key={s.key ?? '∅'} style={{ display: 'grid', gridTemplateColumns: 'minmax(96px, 140px) minmax(40px, 1fr) 76px', alignItems: 'center', gap: 8 }}>
            <Typography.Text ellipsis>{labelOf(s.key)}</Typography.Text>
            <Progress percent={s.percent} showInfo={false} size="small" status="normal" style={{ width: '100%', margin: 0 }} />
            <Typography.Text type="secondary" style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
              {s.count} · {s.percent}%
            </Typography.Text>
          </div>
        ))}
      </div>
    </Col>
  );
  return (
    <Card size="small" title={t('composition.accountShares.title')} extra={<Typography.Text type="secondary">{shares.total}</Typography.Text>}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('composition.accountShares.hint')}
      </Typography.Paragraph>
      <Row gutter={[24, 16]}>
        {list(t('composition.accountShares.grades'), shares.grades, (key) => key ?? t('composition.ungraded'), 'account-shares-grades')}
        {list(t('composition.accountShares.quadrants'), shares.quadrants, (key) => (key ? t(`grading.quadrants.${key}`, { defaultValue: key }) : t('composition.ungraded')), 'account-shares-quadrants')}
      </Row>
    </Card>
  );
}
