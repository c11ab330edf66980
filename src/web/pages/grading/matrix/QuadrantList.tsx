import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoney } from '../../../components/money.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { gradeColor } from '../../accounts/grading/SheetSummary.tsx';
import type { MatrixItem } from './matrixOption.ts';

// The accounts of the matrix (or of one quadrant), biggest sales first, with where each came from.
export function QuadrantList({ items }: { items: MatrixItem[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const quadrantName = (q: string | null) => (q ? t(`grading.quadrants.${q}`) : '—');
  const columns: TableColumnsType<MatrixItem> = [
    { title: t('grading.matrix.account'), key: 'account', render: (_, i) => <Link to={`/accounts/${i.accountId}?tab=grading`}>{i.accountName}</Link> },
    { title: t('grading.quadrant'), key: 'quadrant', render: (_, i) => quadrantName(i.current.quadrant) },
    { title: t('grading.grade'), key: 'grade', render: (_, i) => (i.grade ? <Tag color={gradeColor(i.grade)}>{i.grade}</Tag> : '—') },
    { title: t('grading.axis.attractiveness'), key: 'x', align: 'right', render: (_, i) => i.current.attractiveness },
    { title: t('grading.axis.ability'), key: 'y', align: 'right', render: (_, i) => i.current.ability },
    { title: t('grading.matrix.sales12m'), key: 'sales', align: 'right', render: (_, i) => formatMoney(i.salesFen, locale), sorter: (a, b) => a.salesFen - b.salesFen, defaultSortOrder: 'descend' },
    {
      title: t('grading.matrix.previous'),
      key: 'previous',
      render: (_, i) =>
        i.previous ? (
          <Typography.Text type={i.previous.quadrant === i.current.quadrant ? 'secondary' : undefined}>
            {quadrantName(i.previous.quadrant)} ({i.previous.evaluatedOn})
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    { title: t('grading.evaluatedOn'), key: 'on', render: (_, i) => i.current.evaluatedOn },
  ];
  return (
    <Table<MatrixItem>
      rowKey="accountId"
      size="small"
      columns={columns}
      dataSource={items}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true, showTotal: (n) => t('common.total', { total: n }) }}
    />
  );
}
