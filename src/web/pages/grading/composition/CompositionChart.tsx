import { Skeleton } from 'antd';
import type { EChartsOption } from 'echarts';
import { useEffect } from 'react';
import { useECharts } from '../../../hooks/useECharts.ts';

// An ECharts chart for this page. ECharts is large, so it loads with the first chart only.
export function CompositionChart({ option, height, testId }: { option: object; height: number; testId: string }) {
  const { element, chart } = useECharts();

  useEffect(() => {
    // The options are built in compositionOption.ts as plain objects (testable without ECharts).
    chart?.setOption(option as EChartsOption, { notMerge: true });
  }, [chart, option]);

  return (
    <div style={{ position: 'relative', height }}>
      {!chart && <Skeleton.Node active style={{ width: '100%', height }} />}
      <div ref={element} data-testid={testId} style={{ position: 'absolute', inset: 0 }} />
    </div>
  );
}
