// The paging node at the end of a large group ("Show 50 more") and the placeholder shown
// while a page loads.
import type { ReactElement } from 'react';
import type { ChartNodeData } from './chartModel';
import { PAGE_SIZE } from './chartModel';

type MoreData = Extract<ChartNodeData, { kind: 'more' }>;

export function moreLabel(data: Pick<MoreData, 'shown' | 'total'>): string {
  const next = Math.min(PAGE_SIZE, data.total - data.shown);
  return `Show ${next.toLocaleString('en-US')} more · ${data.shown.toLocaleString('en-US')} of ${data.total.toLocaleString('en-US')} shown`;
}

export function MoreNode({ data, height }: { data: MoreData; height: number }): ReactElement {
  return (
    <text x={14} y={height / 2 + 4} fontSize={12} fontWeight={500} fill="#1f5fbf">
      {moreLabel(data)}
    </text>
  );
}

export function LoadingNode({ height }: { height: number }): ReactElement {
  return (
    <text x={14} y={height / 2 + 4} fontSize={12} fill="#8b909c">
      Loading…
    </text>
  );
}
