import type { ECharts } from 'echarts';
import { useEffect, useRef, useState } from 'react';

// An ECharts instance in a div, loaded on first use (ECharts is large: it stays out of the main
// chunk), resized with its container and disposed with the component. `chart` is undefined
// until it is ready.
export function useECharts() {
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
  return { element, chart };
}
