// An app authorized for the org: its name, and "unpublished" when members cannot run it yet.
import type { ReactElement } from 'react';
import type { SyncProblem } from '../../ui/Badge';
import type { ChartNodeData } from './chartModel';
import { fitText } from './chartText';
import { SyncMark } from './SyncMark';
import { SvgBadge, badgeWidth } from './SvgBadge';

type AppData = Extract<ChartNodeData, { kind: 'app' }>;

export function AppNode({ data, width, height, problem }: { data: AppData; width: number; height: number; problem: SyncProblem | null }): ReactElement {
  const a = data.item;
  const tag = a.published ? 'app' : 'unpublished';
  const tagW = badgeWidth(tag);
  return (
    <>
      <rect x={12} y={height / 2 - 6} width={11} height={11} rx={2.5} fill="none" stroke="#8b909c" strokeWidth={1.2} />
      <path d={`M15.5 ${height / 2 - 2.5} l2 2 l-2 2`} fill="none" stroke="#8b909c" strokeWidth={1.2} />
      <text x={30} y={height / 2 + 4} fontSize={12} fontWeight={500} fill="#1b1e24">
        {fitText(a.name, width - 50 - tagW, 12)}
      </text>
      <SyncMark x={width - tagW - 14} y={height / 2} pending={a.pending} problem={problem} anchor="end" />
      <SvgBadge x={width - tagW - 8} y={height / 2 - 8} text={tag} tone={a.published ? 'neutral' : 'off'} title={a.published ? `Authorized for ${data.org}` : 'Not published: nobody can run it yet'} />
    </>
  );
}
