// A project shared with the org: its name and the level granted to the org, on the level
// colour scale (the same colour draws the edge from the Projects group).
import type { ReactElement } from 'react';
import type { SyncProblem } from '../../ui/Badge';
import { levelSwatch } from '../../ui/levelScale';
import type { ChartNodeData } from './chartModel';
import { fitText } from './chartText';
import { SyncMark } from './SyncMark';
import { SvgBadge, badgeWidth } from './SvgBadge';

type ProjectData = Extract<ChartNodeData, { kind: 'project' }>;

export function ProjectNode({ data, width, height, problem }: { data: ProjectData; width: number; height: number; problem: SyncProblem | null }): ReactElement {
  const p = data.item;
  const s = levelSwatch(p.level);
  const levelW = badgeWidth(p.level);
  const mark = problem ?? (p.pending ? 'pending' : null);
  const right = levelW + 8 + (mark ? badgeWidth(mark) + 6 : 0);
  return (
    <>
      <path d={`M12 ${height / 2 - 5} h8 l2 2 v8 h-10 z`} fill="none" stroke="#8b909c" strokeWidth={1.2} />
      <text x={30} y={height / 2 + 4} fontSize={12} fontWeight={500} fill="#1b1e24">
        {fitText(p.name, width - 38 - right, 12)}
      </text>
      <SyncMark x={width - levelW - 14} y={height / 2} pending={p.pending} problem={problem} anchor="end" />
      <SvgBadge x={width - levelW - 8} y={height / 2 - 8} text={p.level} colors={{ fill: s.background, stroke: s.border, text: s.foreground }} title={`Shared with ${data.org} at ${p.level}`} />
    </>
  );
}
