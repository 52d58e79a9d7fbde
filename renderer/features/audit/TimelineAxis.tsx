// Snapshots on a time axis: each a dot at its time (positions in %, so the axis follows the
// window's width without measuring it), sync snapshots and hand-taken ones told apart, the
// picked pair marked A and B. Dots are buttons: keyboard and screen readers can pick too.
import type { ReactElement } from 'react';
import type { SnapshotSummary } from '../../../shared/contract/index';
import { formatTime } from './auditText';
import type { Picked } from './TimelineTab';

const tickFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Horizontal position of each snapshot in percent of the axis, oldest at the left. */
export function axisPositions(snapshots: readonly Pick<SnapshotSummary, 'id' | 'takenAt'>[]): Map<number, number> {
  const out = new Map<number, number>();
  if (snapshots.length === 0) return out;
  const times = snapshots.map((s) => s.takenAt);
  const min = Math.min(...times);
  const max = Math.max(...times);
  for (const s of snapshots) out.set(s.id, max === min ? 50 : 2 + ((s.takenAt - min) / (max - min)) * 96);
  return out;
}

export function TimelineAxis({ snapshots, picked, onPick }: { snapshots: readonly SnapshotSummary[]; picked: Picked; onPick(id: number): void }): ReactElement | null {
  if (snapshots.length === 0) return null;
  const pos = axisPositions(snapshots);
  const first = snapshots.reduce((a, b) => (a.takenAt <= b.takenAt ? a : b));
  const last = snapshots.reduce((a, b) => (a.takenAt >= b.takenAt ? a : b));
  return (
    <div className="axis" role="group" aria-label="Snapshots over time">
      <div className="axis-line" />
      {picked.from !== null && picked.to !== null ? (
        <div
          className="axis-span"
          style={{
            left: `${pos.get(picked.from) ?? 0}%`,
            width: `${Math.max(0, (picked.to === 'now' ? 100 : (pos.get(picked.to) ?? 0)) - (pos.get(picked.from) ?? 0))}%`,
          }}
        />
      ) : null}
      {snapshots.map((s) => {
        const role = picked.from === s.id ? 'A' : picked.to === s.id ? 'B' : null;
        return (
          <button
            key={s.id}
            type="button"
            className={`axis-dot axis-${s.source}${s.changeCount > 0 ? ' axis-changed' : ''}${role ? ' axis-picked' : ''}`}
            style={{ left: `${pos.get(s.id) ?? 0}%` }}
            title={`#${s.id} · ${formatTime(s.takenAt)} · ${s.changeCount} changes${s.label ? ` · ${s.label}` : ''}`}
            aria-label={`Snapshot ${s.id}, ${formatTime(s.takenAt)}${role ? `, picked as ${role}` : ''}`}
            aria-pressed={role !== null}
            onClick={() => onPick(s.id)}
          >
            {role ? <span className="axis-role">{role}</span> : null}
          </button>
        );
      })}
      {picked.to === 'now' ? (
        <span className="axis-now" style={{ left: '100%' }}>
          <span className="axis-role">B</span>
        </span>
      ) : null}
      <span className="axis-tick axis-tick-start">{tickFormat.format(new Date(first.takenAt))}</span>
      {last.id !== first.id ? <span className="axis-tick axis-tick-end">{tickFormat.format(new Date(last.takenAt))}</span> : null}
      <ul className="axis-legend" aria-hidden="true">
        <li>
          <span className="axis-dot axis-pull static" /> after sync
        </li>
        <li>
          <span className="axis-dot axis-manual static" /> taken by hand
        </li>
        <li>
          <span className="axis-dot axis-pull axis-changed static" /> with changes
        </li>
      </ul>
    </div>
  );
}
