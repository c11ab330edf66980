import type { Graph, IElementDragEvent, IPointerEvent, NodeData, Tooltip } from '@antv/g6';
import { Alert, Spin } from 'antd';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgEdge } from './orgChart.ts';

// One node as the map draws it; texts are already translated by the caller.
export type MapNode = {
  id: string;
  size: [number, number];
  label: string;
  badge: string | null;
  footer: string | null;
  fill: string;
  stroke: string;
  isLeft: boolean;
  tooltip: { title: string; lines: string[] };
};

export type RelationshipGraphHandle = { toPng: () => Promise<string | null>; fit: () => void };

type Props = {
  nodes: MapNode[];
  edges: OrgEdge[];
  height: number;
  canDrag: boolean;
  // On a phone the fitted chart can be too small to read: zoom in to this and show the top.
  minZoom?: number;
  onReparent: (contactId: string, managerId: string) => void;
  onOpen: (contactId: string) => void;
  ref?: Ref<RelationshipGraphHandle>;
};

const toNodeData = (node: MapNode): NodeData => ({
  id: node.id,
  data: { tooltip: node.tooltip },
  style: {
    size: node.size,
    radius: 8,
    fill: node.fill,
    stroke: node.stroke,
    lineWidth: 2,
    lineDash: node.isLeft ? [4, 4] : undefined,
    opacity: node.isLeft ? 0.45 : 1,
    cursor: 'pointer',
    labelText: node.label,
    labelPlacement: 'center',
    labelFill: '#1f1f1f',
    labelFontSize: 12,
    labelLineHeight: 16,
    labelTextAlign: 'center',
    labelWordWrap: true,
    labelMaxWidth: node.size[0] - 12,
    labelMaxLines: 3,
    badges: [
      ...(node.badge ? [{ text: node.badge, placement: 'right-top' as const }] : []),
      ...(node.footer ? [{ text: node.footer, placement: 'bottom' as const }] : []),
    ],
    badgePalette: ['#722ed1', '#1677ff'],
    badgeFontSize: 10,
  },
});

// Tooltip content built from text nodes only: contact data is user input (no HTML injection).
const tooltipElement = (tooltip: { title: string; lines: string[] } | undefined): HTMLElement => {
  const box = document.createElement('div');
  box.style.maxWidth = '280px';
  const title = document.createElement('div');
  title.style.fontWeight = '600';
  title.style.marginBottom = '4px';
  title.textContent = tooltip?.title ?? '';
  box.appendChild(title);
  for (const line of tooltip?.lines ?? []) {
    const row = document.createElement('div');
    row.style.fontSize = '12px';
    row.style.whiteSpace = 'normal';
    row.textContent = line;
    box.appendChild(row);
  }
  return box;
};

// The G6 canvas of the relationship map. G6 is loaded on first use (it is large).
export function RelationshipGraph({ nodes, edges, height, canDrag, minZoom, onReparent, onOpen, ref }: Props) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const graphRef = useRef<Graph | null>(null);
  const positions = useRef<{ id: string; size: [number, number] }[]>([]);
  const callbacks = useRef({ onReparent, onOpen });
  callbacks.current = { onReparent, onOpen };
  const [isReady, setReady] = useState(false);
  const [hasFailed, setFailed] = useState(false);

  useImperativeHandle(ref, () => ({
    toPng: async () => (graphRef.current ? graphRef.current.toDataURL({ mode: 'overall', type: 'image/png' }) : null),
    fit: () => void graphRef.current?.fitView(),
  }));

  useEffect(() => {
    let isCancelled = false;
    let graph: Graph | null = null;
    import('@antv/g6')
      .then(({ Graph: G6Graph }) => {
        if (isCancelled || !containerRef.current) return;
        graph = new G6Graph({
          container: containerRef.current,
          autoResize: true,
          background: '#ffffff',
          padding: 24,
          autoFit: { type: 'view', options: { when: 'overflow' } },
          zoomRange: [0.2, 2],
          node: { type: 'rect' },
          edge: { type: 'cubic-vertical', style: { stroke: '#bfbfbf', lineWidth: 1.5, endArrow: true, endArrowSize: 6 } },
          layout: { type: 'antv-dagre', rankdir: 'TB', nodesep: 28, ranksep: 56 },
          behaviors: ['drag-canvas', 'zoom-canvas', { type: 'drag-element', key: 'drag-element', shadow: true, enable: false }],
          plugins: [{ type: 'tooltip', key: 'tooltip', trigger: 'hover', getContent: async (_event: unknown, items: { data?: Record<string, unknown> }[]) => tooltipElement(items[0]?.data?.tooltip as never) }],
          animation: false,
        });
        graphRef.current = graph;
        let dragged: string | null = null;
        let dropTarget: string | null = null;
        const hideTooltip = () => graphRef.current?.getPluginInstance<Tooltip>('tooltip')?.hide();
        graph.on('node:dragstart', (event: IElementDragEvent) => {
          hideTooltip();
          dragged = event.target.id;
          dropTarget = null;
        });
        // G6 fires a drop on the node under the pointer (the dragged node stays put, a shadow moves).
        graph.on('node:drop', (event: IPointerEvent) => {
          const id = (event.target as { id?: string }).id;
          if (id && id !== dragged) dropTarget = id;
        });
        graph.on('node:dragend', (event: IElementDragEvent) => {
          const source = dragged;
          const point = event.canvas ? [event.canvas.x, event.canvas.y] : null;
          let target = dropTarget;
          // Fallback: the node whose box holds the pointer.
          if (!target && point && graphRef.current) {
            target =
              positions.current.find(({ id, size }) => {
                if (id === source) return false;
                const [x, y] = graphRef.current?.getElementPosition(id) ?? [Infinity, Infinity];
                return Math.abs(point[0] - x) <= size[0] / 2 && Math.abs(point[1] - y) <= size[1] / 2;
              })?.id ?? null;
          }
          dragged = null;
          dropTarget = null;
          hideTooltip();
          // The map is an org chart: the dropped node goes back to its place in the layout.
          void graphRef.current?.layout();
          if (source && target) callbacks.current.onReparent(source, target);
        });
        graph.on('canvas:pointerleave', hideTooltip);
        graph.on('node:dblclick', (event: IPointerEvent) => {
          hideTooltip();
          const id = (event.target as { id?: string }).id;
          if (id) callbacks.current.onOpen(id);
        });
        setReady(true);
      })
      .catch(() => !isCancelled && setFailed(true));
    return () => {
      isCancelled = true;
      graph?.destroy();
      graphRef.current = null;
    };
  }, []);

  useEffect(() => {
    const graph = graphRef.current;
    if (!graph || !isReady) return;
    positions.current = nodes.map((n) => ({ id: n.id, size: n.size }));
    graph.updateBehavior({ key: 'drag-element', enable: canDrag });
    graph.setData({ nodes: nodes.map(toNodeData), edges: edges.map((e) => ({ ...e })) });
    void graph.render().then(async () => {
      if (!minZoom || graph.destroyed || graph.getZoom() >= minZoom) return;
      await graph.zoomTo(minZoom, false);
      const top = nodes.find((node) => !edges.some((edge) => edge.target === node.id));
      if (top) await graph.focusElement(top.id, false);
    });
  }, [nodes, edges, canDrag, minZoom, isReady]);

  if (hasFailed) return <Alert type="error" showIcon title={t('map.loadFailed')} />;
  return (
    <Spin spinning={!isReady}>
      <div ref={containerRef} style={{ width: '100%', height, border: '1px solid #f0f0f0', borderRadius: 8, overflow: 'hidden', touchAction: 'none' }} />
    </Spin>
  );
}
