// The workspace node at the left of the chart: how many orgs and people the chart covers.
import type { ReactElement } from 'react';
import type { ChartNodeData } from './chartModel';
import { plural } from '../../../shared/text/plural';

type RootData = Extract<ChartNodeData, { kind: 'root' }>;

export function RootNode({ data, height }: { data: RootData; height: number }): ReactElement {
  return (
    <>
      <text x={14} y={height / 2 - 4} fontSize={13} fontWeight={600} fill="#ffffff">
        Workspace
      </text>
      <text x={14} y={height / 2 + 12} fontSize={11} fill="#c9d3e0">
        {plural(data.orgs, 'org')} · {plural(data.people, 'person', 'people')}
      </text>
    </>
  );
}
