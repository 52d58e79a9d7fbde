// One laid-out node: its frame (whose outline shows hover, search highlight, selection and
// focus), the tree semantics (role, level, expanded, roving tabindex) and its content. Events
// are handled once on the canvas by delegation; nodes only carry data-node-id.
import type { ReactElement } from 'react';
import { memo } from 'react';
import type { SyncProblem } from '../../ui/Badge';
import type { LaidOutNode } from './chartLayout';
import { AppNode } from './AppNode';
import { GroupNode } from './GroupNode';
import { LoadingNode, MoreNode } from './MoreNode';
import { OrgNode } from './OrgNode';
import { PersonNode } from './PersonNode';
import { ProjectNode } from './ProjectNode';
import { RootNode } from './RootNode';
import { nodeLabel } from './nodeLabel';

export interface NodeMarks {
  /** Another occurrence of this person is hovered (or this one is). */
  hovered: boolean;
  /** Found by search. */
  highlighted: boolean;
  selected: boolean;
  focused: boolean;
  problem: SyncProblem | null;
}

const FRAME = {
  root: { fill: '#1b2a3f', stroke: '#1b2a3f', rx: 8 },
  org: { fill: '#ffffff', stroke: '#c6cad2', rx: 6 },
  group: { fill: '#f9fafb', stroke: '#dfe2e7', rx: 5 },
  person: { fill: '#ffffff', stroke: '#dfe2e7', rx: 5 },
  project: { fill: '#ffffff', stroke: '#dfe2e7', rx: 5 },
  app: { fill: '#ffffff', stroke: '#dfe2e7', rx: 5 },
  more: { fill: '#ffffff', stroke: '#b9cfee', rx: 5 },
  loading: { fill: 'none', stroke: 'none', rx: 0 },
} as const;

function frameColours(kind: keyof typeof FRAME, m: NodeMarks): { fill: string; stroke: string; width: number } {
  const base = FRAME[kind];
  if (m.selected) return { fill: m.highlighted ? '#eef4fc' : base.fill, stroke: '#1b2a3f', width: 2 };
  if (m.highlighted) return { fill: '#eef4fc', stroke: '#1f5fbf', width: 2 };
  if (m.hovered) return { fill: '#f5f8fd', stroke: '#1f5fbf', width: 1.5 };
  return { fill: base.fill, stroke: base.stroke, width: 1 };
}

function isExpandable(n: LaidOutNode): boolean {
  return n.data.kind === 'org' || (n.data.kind === 'group' && n.data.count > 0);
}

function ariaLevel(n: LaidOutNode): number {
  return Math.max(1, n.depth);
}

export const ChartNode = memo(function ChartNode({ node, marks }: { node: LaidOutNode; marks: NodeMarks }): ReactElement {
  const d = node.data;
  const { width, height } = node;
  const frame = frameColours(d.kind, marks);
  const expanded = d.kind === 'org' || d.kind === 'group' ? d.expanded : undefined;
  const interactive = d.kind !== 'root' && d.kind !== 'loading';
  return (
    <g
      transform={`translate(${node.x},${node.y})`}
      data-node-id={d.id}
      data-user={d.kind === 'person' ? d.item.user : undefined}
      data-kind={d.kind}
      className={`chart-node chart-node-${d.kind}${marks.highlighted ? ' is-highlighted' : ''}${marks.hovered ? ' is-hovered' : ''}`}
      role={interactive ? 'treeitem' : undefined}
      aria-label={nodeLabel(d)}
      aria-level={interactive ? ariaLevel(node) : undefined}
      aria-expanded={isExpandable(node) ? expanded : undefined}
      aria-selected={interactive ? marks.selected : undefined}
      tabIndex={interactive ? (marks.focused ? 0 : -1) : undefined}
    >
      <rect
        width={width}
        height={height}
        rx={FRAME[d.kind].rx}
        fill={frame.fill}
        stroke={frame.stroke}
        strokeWidth={frame.width}
        strokeDasharray={d.kind === 'more' ? '4 3' : undefined}
        filter={d.kind === 'org' ? 'url(#chart-shadow)' : undefined}
      />
      {d.kind === 'root' ? <RootNode data={d} height={height} /> : null}
      {d.kind === 'org' ? <OrgNode data={d} width={width} problem={marks.problem} /> : null}
      {d.kind === 'group' ? <GroupNode data={d} width={width} height={height} /> : null}
      {d.kind === 'person' ? <PersonNode data={d} width={width} height={height} problem={marks.problem} linked={marks.hovered && d.item.orgCount > 1} /> : null}
      {d.kind === 'project' ? <ProjectNode data={d} width={width} height={height} problem={marks.problem} /> : null}
      {d.kind === 'app' ? <AppNode data={d} width={width} height={height} problem={marks.problem} /> : null}
      {d.kind === 'more' ? <MoreNode data={d} height={height} /> : null}
      {d.kind === 'loading' ? <LoadingNode height={height} /> : null}
      {marks.focused ? <rect className="chart-focus" x={-4} y={-4} width={width + 8} height={height + 8} rx={FRAME[d.kind].rx + 3} fill="none" stroke="#1f5fbf" strokeWidth={2} /> : null}
    </g>
  );
});
