// Places the chart tree left to right with d3-hierarchy's tidy tree: depth runs across
// (workspace → orgs → groups → items), siblings stack down. Nodes differ in height, so the
// separation is computed in pixels from both nodes' heights. Pure: no DOM.
import { hierarchy, tree } from 'd3-hierarchy';
import type { HierarchyPointNode } from 'd3-hierarchy';
import type { ChartNodeData, ChartNodeKind } from './chartModel';

export const NODE_HEIGHT: Record<ChartNodeKind, number> = { root: 52, org: 68, group: 30, person: 44, project: 32, app: 32, more: 28, loading: 28 };
/** Left edge and width of each depth's column. */
export const COLUMNS = [
  { x: 0, width: 168 },
  { x: 224, width: 288 },
  { x: 568, width: 156 },
  { x: 780, width: 340 },
] as const;
const GAP_SIBLING = 6;
const GAP_COUSIN = 14;
const GAP_ORG = 22;

export interface LaidOutNode {
  data: ChartNodeData;
  /** Top-left corner and size, in chart coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  depth: number;
  parentId: string | null;
}

export interface LaidOutLink {
  id: string;
  source: LaidOutNode;
  target: LaidOutNode;
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  nodes: LaidOutNode[];
  links: LaidOutLink[];
  byId: Map<string, LaidOutNode>;
  /** Person nodes per user: a user in several orgs has several. */
  occurrences: Map<string, LaidOutNode[]>;
  bounds: Bounds;
}

function column(depth: number): { x: number; width: number } {
  return COLUMNS[Math.min(depth, COLUMNS.length - 1)] ?? COLUMNS[0];
}

export function layoutChart(root: ChartNodeData): ChartLayout {
  const h = hierarchy<ChartNodeData>(root, (d) => d.children);
  const height = (n: HierarchyPointNode<ChartNodeData>) => NODE_HEIGHT[n.data.kind];
  const laid = tree<ChartNodeData>()
    .nodeSize([1, 1])
    .separation((a, b) => {
      const gap = a.depth === 1 ? GAP_ORG : a.parent === b.parent ? GAP_SIBLING : GAP_COUSIN;
      return height(a as HierarchyPointNode<ChartNodeData>) / 2 + height(b as HierarchyPointNode<ChartNodeData>) / 2 + gap;
    })(h);

  const nodes: LaidOutNode[] = [];
  const byId = new Map<string, LaidOutNode>();
  const occurrences = new Map<string, LaidOutNode[]>();
  let minY = Infinity;
  let maxY = -Infinity;
  let maxX = 0;
  // Pre-order, so `nodes` is also the top-to-bottom reading order keyboard navigation walks.
  laid.eachBefore((n) => {
    const col = column(n.depth);
    const hgt = height(n);
    const node: LaidOutNode = { data: n.data, x: col.x, y: n.x - hgt / 2, width: col.width, height: hgt, depth: n.depth, parentId: n.parent?.data.id ?? null };
    nodes.push(node);
    byId.set(n.data.id, node);
    if (n.data.kind === 'person') {
      const list = occurrences.get(n.data.item.user);
      if (list) list.push(node);
      else occurrences.set(n.data.item.user, [node]);
    }
    minY = Math.min(minY, node.y);
    maxY = Math.max(maxY, node.y + hgt);
    maxX = Math.max(maxX, node.x + node.width);
  });
  const links: LaidOutLink[] = [];
  for (const node of nodes) {
    const parent = node.parentId === null ? undefined : byId.get(node.parentId);
    if (parent) links.push({ id: `${parent.data.id}>${node.data.id}`, source: parent, target: node });
  }
  return { nodes, links, byId, occurrences, bounds: { x: 0, y: minY, width: maxX, height: maxY - minY } };
}

/** The smallest box holding `nodes` (empty input gives an empty box at the origin). */
export function boundsOf(nodes: readonly LaidOutNode[]): Bounds {
  if (nodes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x);
    y0 = Math.min(y0, n.y);
    x1 = Math.max(x1, n.x + n.width);
    y1 = Math.max(y1, n.y + n.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Tree order (depth first, as drawn top to bottom): the order arrow keys walk. */
export function visitOrder(layout: ChartLayout): LaidOutNode[] {
  return layout.nodes.filter((n) => n.data.kind !== 'root' && n.data.kind !== 'loading');
}
