import { Skeleton } from 'antd';
import { useEffect, useRef } from 'react';
import { useECharts } from '../../../hooks/useECharts.ts';
import { matrixOption, type MatrixOptionInput } from './matrixOption.ts';

type Props = MatrixOptionInput & { onOpenAccount: (accountId: string) => void; height: number };

// The screening matrix drawn by ECharts; a click on a bubble opens its account.
export function MatrixChart({ onOpenAccount, height, items, split, labels, showMoves }: Props) {
  const { element, chart } = useECharts();
  const open = useRef(onOpenAccount);
  open.current = onOpenAccount;

  useEffect(() => {
    chart?.on('click', (params) => {
      const accountId = (params.data as { accountId?: string } | undefined)?.accountId;
      if (accountId) open.current(accountId);
    });
    return () => void chart?.off('click');
  }, [chart]);

  useEffect(() => {
    chart?.setOption(matrixOption({ items, split, labels, showMoves }), { notMerge: true });
  }, [chart, items, split, labels, showMoves]);

  return (
    <div style={{ position: 'relative', height }}>
      {!chart && <Skeleton.Node active style={{ width: '100%', height }} />}
      <div ref={element} data-testid="matrix-chart" style={{ position: 'absolute', inset: 0 }} />
    </div>
  );
}
