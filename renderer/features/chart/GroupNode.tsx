// A group inside an org (Admins, Members, Projects, Apps): chevron, label and count. An empty
// group is drawn muted and cannot expand.
import type { ReactElement } from 'react';
import type { ChartNodeData } from './chartModel';
import { GROUP_LABELS } from './chartModel';
import { Chevron } from './Chevron';

type GroupData = Extract<ChartNodeData, { kind: 'group' }>;

export function GroupNode({ data, width, height }: { data: GroupData; width: number; height: number }): ReactElement {
  const empty = data.count === 0;
  const count = data.count.toLocaleString('en-US');
  const pillW = Math.max(22, count.length * 6.5 + 10);
  return (
    <>
      <Chevron x={13} y={height / 2} open={data.expanded} muted={empty} />
      <text x={24} y={height / 2 + 4} fontSize={12} fontWeight={600} fill={empty ? '#8b909c' : '#1b1e24'}>
        {GROUP_LABELS[data.group]}
      </text>
      <rect x={width - pillW - 8} y={height / 2 - 8} width={pillW} height={16} rx={8} fill={empty ? '#f4f5f7' : '#eef0f3'} />
      <text x={width - pillW / 2 - 8} y={height / 2 + 3.5} textAnchor="middle" fontSize={10.5} fontWeight={600} fill={empty ? '#8b909c' : '#4a505c'}>
        {count}
      </text>
    </>
  );
}
