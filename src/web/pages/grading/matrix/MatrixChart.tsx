import { Skeleton } from 'antd';
import type { ECharts } from 'echarts';
import { useEffect, useRef, useState } from 'react';
import { matrixOption, type MatrixOptionInput } from './matrixOption.ts';

type Props = MatrixOptionInput & { onOpenAccount: (accountId: string) => void; height: number };

// The screening matrix drawn by ECharts. ECharts is large, so it loads with this chart only.
export function MatrixChart({ onOpenAccount, height, items, split, labels, showMoves }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ECharts>();
  const open = useRef(onOpenAccount);
  open.current = onOpenAccount;

  useEffect(() => {
    let instance: ECharts | undefined;
    let observer: ResizeObserver | undefined;
    let isCancelled = false;
    void import('echarts').then((echarts) => {
      if (isCancelled || !element.current) return;
      instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
      instance.on('click', (params) => {
        const accountId = (params.data as { accountId?: string } | undefined)?.accountId;
        if (accountId) open.current(accountId);
      });
      observer = new ResizeObserver(() => instance?.resize());
      observer.observe(element.current);
      setChart(instance);
    });
    return () => {
      isCancelled = true;
      observer?.disconnect();
      instance?.dispose();
    };
  }, []);

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
