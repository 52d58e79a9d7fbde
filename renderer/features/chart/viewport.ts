// Zoom-transform arithmetic for the chart: which part of the chart is on screen, which nodes
// and links fall in it (everything else is not rendered), and the transforms that fit or
// centre a box. Pure numbers; d3-zoom applies the transforms.
import type { Bounds, ChartLayout, LaidOutLink, LaidOutNode } from './chartLayout';

export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

export const MIN_SCALE = 0.05;
export const MAX_SCALE = 2.5;

/** The chart-coordinate rectangle a `width` x `height` screen shows, grown by `pad` screen px. */
export function visibleRect(t: ViewTransform, width: number, height: number, pad = 0): Bounds {
  return { x: (-t.x - pad) / t.k, y: (-t.y - pad) / t.k, width: (width + 2 * pad) / t.k, height: (height + 2 * pad) / t.k };
}

export function intersects(a: Bounds, b: Bounds): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function contains(outer: Bounds, inner: Bounds): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

function linkBox(l: LaidOutLink): Bounds {
  const y0 = Math.min(l.source.y, l.target.y);
  const y1 = Math.max(l.source.y + l.source.height, l.target.y + l.target.height);
  const x0 = l.source.x + l.source.width;
  return { x: x0, y: y0, width: Math.max(1, l.target.x - x0), height: y1 - y0 };
}

/** What to render for `rect`; `keep` ids (the focused node) are rendered wherever they are. */
export function cull(layout: ChartLayout, rect: Bounds | null, keep: ReadonlySet<string> = new Set()): { nodes: LaidOutNode[]; links: LaidOutLink[] } {
  if (!rect) return { nodes: layout.nodes, links: layout.links };
  return {
    nodes: layout.nodes.filter((n) => keep.has(n.data.id) || intersects(rect, n)),
    links: layout.links.filter((l) => intersects(rect, linkBox(l))),
  };
}

export function clampScale(k: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, k));
}

/** The transform showing all of `box` in a `width` x `height` screen with `margin` px around it. */
export function fitTransform(box: Bounds, width: number, height: number, margin = 32, maxScale = 1): ViewTransform {
  const w = Math.max(1, box.width);
  const h = Math.max(1, box.height);
  const k = clampScale(Math.min(maxScale, (width - 2 * margin) / w, (height - 2 * margin) / h));
  return { k, x: width / 2 - (box.x + w / 2) * k, y: height / 2 - (box.y + h / 2) * k };
}

/** Keeps the scale (within limits) and puts the centre of `box` in the middle of the screen. */
export function centreTransform(box: Bounds, width: number, height: number, k: number): ViewTransform {
  const s = clampScale(k);
  return { k: s, x: width / 2 - (box.x + box.width / 2) * s, y: height / 2 - (box.y + box.height / 2) * s };
}
