// The chart surface: an SVG driven by d3-zoom (wheel zooms, drag pans), rendering only the
// nodes and links inside the visible area plus a margin, so thousands of laid-out nodes cost
// a few dozen elements. Events are delegated from the SVG; the view decides what they mean.
import type { KeyboardEvent, MouseEvent, ReactElement, Ref } from 'react';
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { ZoomBehavior } from 'd3-zoom';
import type { OutboxMarks } from '../changes/useOutboxMarks';
import { grantTarget, memberTarget, orgTarget } from '../changes/useOutboxMarks';
import { levelSwatch } from '../../ui/levelScale';
import type { Bounds, ChartLayout, LaidOutLink, LaidOutNode } from './chartLayout';
import { boundsOf, visitOrder } from './chartLayout';
import type { KeyAction } from './chartKeys';
import { keyAction } from './chartKeys';
import { serializeChartSvg } from './chartExport';
import { SANS } from './chartText';
import type { NodeMarks } from './ChartNode';
import { ChartNode } from './ChartNode';
import type { ViewTransform } from './viewport';
import { MAX_SCALE, MIN_SCALE, contains, cull, fitTransform, centreTransform, visibleRect } from './viewport';

export interface ChartCanvasHandle {
  zoomBy(factor: number): void;
  fit(): void;
  /** Centres on `ids` (zooming out only as far as needed to show them all). */
  reveal(ids: readonly string[]): void;
  focusNode(id: string): void;
  exportSvg(): string;
}

export interface ChartCanvasProps {
  layout: ChartLayout;
  hoverUser: string | null;
  highlightUser: string | null;
  selectedId: string | null;
  focusId: string | null;
  marks: OutboxMarks;
  onHover(user: string | null): void;
  onActivate(node: LaidOutNode): void;
  onToggle(node: LaidOutNode, expand: boolean): void;
  onFocusNode(id: string): void;
  onEscape(): void;
  onScale(k: number): void;
  ref?: Ref<ChartCanvasHandle>;
}

/** Screen pixels rendered beyond each edge, so small pans need no re-render. */
const OVERSCAN = 480;

function linkPath(l: LaidOutLink): string {
  const sx = l.source.x + l.source.width;
  const sy = l.source.y + l.source.height / 2;
  const tx = l.target.x;
  const ty = l.target.y + l.target.height / 2;
  const mx = sx + (tx - sx) / 2;
  return `M${sx},${sy} C${mx},${sy} ${mx},${ty} ${tx},${ty}`;
}

function linkColour(l: LaidOutLink): { stroke: string; width: number } {
  if (l.target.data.kind === 'project') {
    const s = levelSwatch(l.target.data.item.level);
    return { stroke: l.target.data.item.level === 'VIEW' ? '#9fc2e6' : s.border, width: 1.75 };
  }
  return { stroke: '#c6cad2', width: 1.25 };
}

/** Arcs joining a person's occurrences, bulging to the right of the items column. */
function occurrenceArcs(nodes: readonly LaidOutNode[]): string[] {
  const sorted = [...nodes].sort((a, b) => a.y - b.y);
  const out: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as LaidOutNode;
    const b = sorted[i] as LaidOutNode;
    const x = a.x + a.width;
    const ya = a.y + a.height / 2;
    const yb = b.y + b.height / 2;
    const bulge = Math.min(160, 28 + Math.abs(yb - ya) * 0.12);
    out.push(`M${x},${ya} C${x + bulge},${ya} ${x + bulge},${yb} ${x},${yb}`);
  }
  return out;
}

function nodeProblem(node: LaidOutNode, marks: OutboxMarks): NodeMarks['problem'] {
  const d = node.data;
  if (d.kind === 'person') return marks.problem(memberTarget(d.org, d.item.user));
  if (d.kind === 'org') return marks.problem(orgTarget(d.org.id));
  if (d.kind === 'project') return marks.problem(grantTarget(d.item.id, d.org));
  if (d.kind === 'app') return marks.problem(`app:${d.item.id}:${d.org}`);
  return null;
}

export function ChartCanvas(props: ChartCanvasProps): ReactElement {
  const { layout, hoverUser, highlightUser, selectedId, focusId, marks, onHover, onActivate, onToggle, onFocusNode, onEscape, onScale, ref } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const contentRef = useRef<SVGGElement>(null);
  const defsRef = useRef<SVGDefsElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const transformRef = useRef<ViewTransform>({ x: 0, y: 0, k: 1 });
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [rendered, setRendered] = useState<Bounds | null>(null);
  const [showAll, setShowAll] = useState(false);
  const placed = useRef(false);
  const sizeRef = useRef(size);
  sizeRef.current = size;

  const updateRendered = useCallback((force = false) => {
    const s = sizeRef.current;
    if (!s) return;
    const t = transformRef.current;
    const visible = visibleRect(t, s.width, s.height);
    setRendered((prev) => {
      if (!force && prev && contains(prev, visible) && prev.width < (s.width + 4 * OVERSCAN) / t.k) return prev;
      return visibleRect(t, s.width, s.height, OVERSCAN);
    });
  }, []);

  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return undefined;
    const ro = new ResizeObserver(() => setSize({ width: el.clientWidth, height: el.clientHeight }));
    ro.observe(el);
    setSize({ width: el.clientWidth, height: el.clientHeight });
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return undefined;
    let frame = 0;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([MIN_SCALE, MAX_SCALE])
      .on('zoom', (event: { transform: ViewTransform & { toString(): string } }) => {
        transformRef.current = { x: event.transform.x, y: event.transform.y, k: event.transform.k };
        contentRef.current?.setAttribute('transform', event.transform.toString());
        if (!frame) {
          frame = requestAnimationFrame(() => {
            frame = 0;
            updateRendered();
            onScale(transformRef.current.k);
          });
        }
      });
    zoomRef.current = behaviour;
    const selection = select(svg);
    selection.call(behaviour).on('dblclick.zoom', null);
    return () => {
      cancelAnimationFrame(frame);
      selection.on('.zoom', null);
    };
  }, [updateRendered, onScale]);

  const setTransform = useCallback((t: ViewTransform) => {
    const svg = svgRef.current;
    const behaviour = zoomRef.current;
    if (!svg || !behaviour) return;
    select(svg).call(behaviour.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    updateRendered(true);
  }, [updateRendered]);

  const fit = useCallback(() => {
    if (!size) return;
    setTransform(fitTransform(layout.bounds, size.width, size.height, 32, 1));
  }, [layout.bounds, size, setTransform]);

  // First placement: fit when that keeps text readable, else start at the top at 100%.
  useEffect(() => {
    if (placed.current || !size || layout.nodes.length <= 1) return;
    placed.current = true;
    const fitted = fitTransform(layout.bounds, size.width, size.height, 32, 1);
    if (fitted.k >= 0.7) setTransform(fitted);
    else setTransform({ k: 1, x: 32 - layout.bounds.x, y: 32 - layout.bounds.y });
  }, [layout, size, setTransform]);

  useEffect(() => updateRendered(true), [size, updateRendered]);

  const reveal = useCallback(
    (ids: readonly string[]) => {
      // Measured now, not from state: the details panel may have opened in this very commit.
      const el = wrapRef.current;
      const size = el ? { width: el.clientWidth, height: el.clientHeight } : null;
      if (!size) return;
      const nodes = ids.map((id) => layout.byId.get(id)).filter((n): n is LaidOutNode => Boolean(n));
      if (nodes.length === 0) return;
      const box = boundsOf(nodes);
      const t = transformRef.current;
      const fitted = fitTransform(box, size.width, size.height, 64, Math.max(t.k, 0.8));
      setTransform(fitted.k < t.k ? fitted : centreTransform(box, size.width, size.height, t.k));
    },
    [layout, setTransform],
  );

  const focusNode = useCallback(
    (id: string) => {
      const node = layout.byId.get(id);
      if (!node || !size) return;
      const t = transformRef.current;
      const onScreen = visibleRect(t, size.width, size.height, -24);
      if (!contains(onScreen, node)) setTransform(centreTransform(node, size.width, size.height, t.k));
    },
    [layout, size, setTransform],
  );

  useImperativeHandle(
    ref,
    () => ({
      zoomBy: (factor: number) => {
        const svg = svgRef.current;
        const behaviour = zoomRef.current;
        if (svg && behaviour) select(svg).call(behaviour.scaleBy, factor);
      },
      fit,
      reveal,
      focusNode,
      exportSvg: () => {
        // Render everything (not just what is on screen) for the file, then go back to culling.
        flushSync(() => setShowAll(true));
        try {
          const content = contentRef.current;
          if (!content) throw new Error('The chart is not on screen yet');
          return serializeChartSvg(content, layout.bounds, defsRef.current);
        } finally {
          flushSync(() => setShowAll(false));
        }
      },
    }),
    [fit, reveal, focusNode, layout],
  );

  const keep = useMemo(() => new Set(focusId ? [focusId] : []), [focusId]);
  const visible = useMemo(() => cull(layout, showAll ? null : rendered, keep), [layout, rendered, keep, showAll]);
  const hoverNodes = hoverUser ? (layout.occurrences.get(hoverUser) ?? []) : [];
  const highlightNodes = highlightUser ? (layout.occurrences.get(highlightUser) ?? []) : [];
  const arcs = [...(hoverNodes.length > 1 ? occurrenceArcs(hoverNodes) : []), ...(highlightUser !== hoverUser && highlightNodes.length > 1 ? occurrenceArcs(highlightNodes) : [])];
  const order = useMemo(() => visitOrder(layout), [layout]);
  const tabStop = focusId && layout.byId.has(focusId) ? focusId : (order[0]?.data.id ?? null);

  // Keep DOM focus on the focused node when it re-renders (after expand, paging, culling).
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || !focusId || !svg.contains(document.activeElement)) return;
    const el = svg.querySelector<SVGGElement>(`[data-node-id="${CSS.escape(focusId)}"]`);
    if (el && document.activeElement !== el) el.focus();
  }, [focusId, visible]);

  const nodeAt = (target: EventTarget | null): LaidOutNode | undefined => {
    const el = (target as Element | null)?.closest?.('[data-node-id]');
    const id = el?.getAttribute('data-node-id');
    return id ? layout.byId.get(id) : undefined;
  };

  const apply = (action: KeyAction): void => {
    const node = layout.byId.get(action.id);
    if (!node) return;
    if (action.kind === 'focus') {
      onFocusNode(action.id);
      focusNode(action.id);
      const el = svgRef.current?.querySelector<SVGGElement>(`[data-node-id="${CSS.escape(action.id)}"]`);
      el?.focus();
    } else if (action.kind === 'toggle') onToggle(node, action.expand);
    else onActivate(node);
  };

  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>): void => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') {
      zoomRef.current && svgRef.current && select(svgRef.current).call(zoomRef.current.scaleBy, 1.25);
    } else if (e.key === '-' || e.key === '_') {
      zoomRef.current && svgRef.current && select(svgRef.current).call(zoomRef.current.scaleBy, 0.8);
    } else if (e.key === '0') {
      fit();
    } else if (e.key === 'Escape') {
      onEscape();
    } else {
      const current = nodeAt(e.target)?.data.id ?? tabStop;
      const action = keyAction(order, current, e.key);
      if (!action) return;
      apply(action);
    }
    e.preventDefault();
  };

  const onClick = (e: MouseEvent<SVGSVGElement>): void => {
    const node = nodeAt(e.target);
    if (!node || node.data.kind === 'root' || node.data.kind === 'loading') return;
    onFocusNode(node.data.id);
    onActivate(node);
  };

  const onMouseOver = (e: MouseEvent<SVGSVGElement>): void => {
    const user = (e.target as Element).closest?.('[data-user]')?.getAttribute('data-user') ?? null;
    onHover(user);
  };

  return (
    <div className="chart-surface" ref={wrapRef}>
      <svg
        ref={svgRef}
        className="chart-svg"
        role="tree"
        aria-label="Org chart: orgs, their admins, members, projects and apps"
        onKeyDown={onKeyDown}
        onClick={onClick}
        onMouseOver={onMouseOver}
        onMouseLeave={() => onHover(null)}
        onFocus={(e) => {
          const node = nodeAt(e.target);
          if (node) onFocusNode(node.data.id);
        }}
      >
        <defs ref={defsRef}>
          <filter id="chart-shadow" x="-5%" y="-10%" width="110%" height="130%">
            <feDropShadow dx="0" dy="1" stdDeviation="1.2" floodColor="#101828" floodOpacity="0.08" />
          </filter>
        </defs>
        <g ref={contentRef} fontFamily={SANS}>
          <g className="chart-links" fill="none">
            {visible.links.map((l) => {
              const c = linkColour(l);
              return <path key={l.id} d={linkPath(l)} stroke={c.stroke} strokeWidth={c.width} />;
            })}
          </g>
          <g className="chart-nodes">
            {visible.nodes.map((n) => {
              const d = n.data;
              const user = d.kind === 'person' ? d.item.user : null;
              const m: NodeMarks = {
                hovered: user !== null && user === hoverUser,
                highlighted: user !== null && user === highlightUser,
                selected: d.id === selectedId || (user !== null && selectedId === `user:${user}`),
                focused: d.id === tabStop,
                problem: nodeProblem(n, marks),
              };
              return <ChartNode key={d.id} node={n} marks={m} />;
            })}
          </g>
          <g className="chart-occurrences" fill="none" pointerEvents="none">
            {arcs.map((d) => (
              <path key={d} d={d} stroke="#1f5fbf" strokeWidth={1.5} strokeDasharray="4 4" opacity={0.55} />
            ))}
          </g>
        </g>
      </svg>
    </div>
  );
}
