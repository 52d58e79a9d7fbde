// An org card: expand chevron, name and ID, the acting user's level, a pending mark and the
// group counts, so a collapsed org still says what is inside it.
import type { ReactElement } from 'react';
import type { SyncProblem } from '../../ui/Badge';
import type { ChartNodeData } from './chartModel';
import { MONO, fitText, orgCountsText } from './chartText';
import { Chevron } from './Chevron';
import { SyncMark } from './SyncMark';
import { SvgBadge, badgeWidth } from './SvgBadge';

type OrgData = Extract<ChartNodeData, { kind: 'org' }>;

export function OrgNode({ data, width, problem }: { data: OrgData; width: number; problem: SyncProblem | null }): ReactElement {
  const { org } = data;
  const mine = org.myLevel ? `You: ${org.myLevel}` : null;
  const right = mine ? badgeWidth(mine) + 10 : 10;
  return (
    <>
      <rect x={0} y={0} width={4} height={68} rx={2} fill="#1b2a3f" />
      <Chevron x={16} y={20} open={data.expanded} />
      <text x={30} y={24} fontSize={13.5} fontWeight={650} fill="#1b1e24">
        {fitText(org.name, width - 40 - right, 13.5, true)}
      </text>
      {mine ? <SvgBadge x={width - right} y={12} text={mine} tone={org.myLevel === 'ADMIN' ? 'strong' : 'neutral'} title="Your level in this org" /> : null}
      <text x={30} y={40} fontSize={11} fill="#646a77" fontFamily={MONO}>
        {fitText(org.id, width - 110, 11)}
      </text>
      <SyncMark x={width - 10} y={31} pending={org.pending} problem={problem} anchor="end" />
      <text x={30} y={57} fontSize={11} fill="#4a505c">
        {fitText(orgCountsText(org), width - 40, 11)}
      </text>
    </>
  );
}
