// The unsynced-edit mark inside a chart node: "pending", or the louder "conflict" / "failed",
// the same words the tables use. Nothing when the node is in sync.
import type { ReactElement } from 'react';
import type { SyncProblem } from '../../ui/Badge';
import { SvgBadge, badgeWidth } from './SvgBadge';

const TITLES = {
  pending: 'Saved in this workspace, not yet synced to the platform',
  conflict: 'Changed on the platform too: review it in Changes',
  failed: 'Refused by the platform: retry or discard it in Changes',
} as const;

export function SyncMark({ x, y, pending, problem, anchor = 'start' }: { x: number; y: number; pending: boolean; problem: SyncProblem | null; anchor?: 'start' | 'end' }): ReactElement | null {
  const word = problem ?? (pending ? 'pending' : null);
  if (!word) return null;
  const left = anchor === 'end' ? x - badgeWidth(word) : x;
  const tone = word === 'failed' ? 'danger' : word;
  return <SvgBadge x={left} y={y - 8} text={word} tone={tone} title={TITLES[word]} />;
}
