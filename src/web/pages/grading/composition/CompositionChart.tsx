import { Skeleton } from 'antd';
import type { ECharts, EChartsOption } from 'echarts';
import { useEffect, useRef, useState } from 'react';

// An ECharts chart for this page. ECharts is large, so it loads with the first chart only.
export function CompositionChart({ option, height, testId }: { option: object; height: number; testId: string }) {
  const element = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ECharts>();

  useEffect(() => {
    let instance: ECharts | undefined;
    let observer: ResizeObserver | undefined;
    let isCancelled = false;
    void import('echarts').then((echarts) => {
      if (isCancelled || !element.current) return;
      instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
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
