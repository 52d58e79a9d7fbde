// Timeline: every snapshot on a time axis and in a list, "take one now", and picking two
// states (or one and now) to compare. Picking works from the axis and from the list alike.
import type { FormEvent, ReactElement } from 'react';
import { useState } from 'react';
import type { SnapshotSummary } from '../../../shared/contract/index';
import { useMutate, useQuery } from '../../api/clientContext';
import { useAction } from '../../state/useAction';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import type { Column } from '../../ui/DataGrid';
import { DataGrid } from '../../ui/DataGrid';
import { ErrorNote } from '../../ui/ErrorNote';
import { useAudit } from './auditStore';
import { formatTime } from './auditText';
import { HashText } from './HashText';
import { TimelineAxis } from './TimelineAxis';
import { InlineField } from './InlineField';

export interface Picked {
  from: number | null;
  to: number | 'now' | null;
}

/** Clicking a snapshot fills "from" first, then "to"; the older one always ends up as "from". */
export function pickSnapshot(picked: Picked, id: number, snapshots: readonly SnapshotSummary[]): Picked {
  if (picked.from === id) return { from: typeof picked.to === 'number' ? picked.to : null, to: picked.to === 'now' ? 'now' : null };
  if (picked.to === id) return { from: picked.from, to: null };
  if (picked.from === null) return { from: id, to: picked.to };
  const time = (x: number): number => snapshots.find((s) => s.id === x)?.takenAt ?? x;
  const [a, b] = time(picked.from) <= time(id) ? [picked.from, id] : [id, picked.from];
  return { from: a, to: b };
}

export function TimelineTab(): ReactElement {
  const list = useQuery('snapshots.list', {});
  const snapshots = list.data?.snapshots ?? [];
  const compare = useAudit((s) => s.compare);
  const [picked, setPicked] = useState<Picked>({ from: null, to: null });
  const [label, setLabel] = useState('');
  const mutate = useMutate();
  const take = useAction();

  const onTake = (e: FormEvent): void => {
    e.preventDefault();
    void take.run(async () => {
      const s = await mutate('snapshots.take', label.trim() ? { label: label.trim() } : {});
      setLabel('');
      return s;
    });
  };
  const pick = (id: number): void => setPicked((p) => pickSnapshot(p, id, snapshots));
  const roleOf = (id: number): 'from' | 'to' | null => (picked.from === id ? 'from' : picked.to === id ? 'to' : null);
  const canCompare = picked.from !== null && picked.to !== null;

  const columns: Column<SnapshotSummary>[] = [
    {
      id: 'pick',
      header: 'Compare',
      width: '92px',
      cell: (s) => {
        const role = roleOf(s.id);
        return (
          <button type="button" className={`pick-btn${role ? ` pick-${role}` : ''}`} aria-pressed={role !== null} aria-label={`Pick snapshot ${s.id} to compare`} onClick={() => pick(s.id)}>
            {role === 'from' ? 'A · from' : role === 'to' ? 'B · to' : 'Pick'}
          </button>
        );
      },
    },
    { id: 'id', header: '#', width: '56px', align: 'end', cell: (s) => <span className="mono">{s.id}</span> },
    { id: 'time', header: 'Taken', width: 'minmax(170px, 1fr)', cell: (s) => <span>{formatTime(s.takenAt)}</span> },
    {
      id: 'source',
      header: 'Source',
      width: '110px',
      cell: (s) => <Badge tone={s.source === 'pull' ? 'ok' : s.source === 'manual' ? 'strong' : 'muted'}>{s.source === 'pull' ? 'after sync' : s.source}</Badge>,
    },
    { id: 'label', header: 'Label', width: 'minmax(140px, 1.4fr)', cell: (s) => <span className="truncate">{s.label ?? <span className="faint">—</span>}</span> },
    { id: 'changes', header: 'Changes', width: '96px', align: 'end', cell: (s) => <span className={s.changeCount === 0 ? 'faint' : undefined}>{s.changeCount === 0 ? 'none' : s.changeCount.toLocaleString()}</span> },
    { id: 'facts', header: 'Facts', width: '88px', align: 'end', cell: (s) => <span className="muted">{s.factCount.toLocaleString()}</span> },
    { id: 'hash', header: 'Content hash', width: '190px', cell: (s) => <HashText hash={s.hash} /> },
  ];

  return (
    <div className="stack stack-fill audit-timeline">
      <div className="toolbar">
        <form className="take-form" onSubmit={onTake}>
          <InlineField label="Label">
<input value={label} maxLength={200} placeholder="e.g. Q4 review baseline" onChange={(e) => setLabel(e.target.value)} />
</InlineField>
          <Button type="submit" size="sm" disabled={take.busy}>
            {take.busy ? 'Taking…' : 'Take snapshot now'}
          </Button>
        </form>
        <span className="toolbar-spacer" />
        <span className="compare-pick" aria-live="polite">
          A: <strong>{picked.from === null ? '—' : `#${picked.from}`}</strong> → B:{' '}
          <strong>{picked.to === null ? '—' : picked.to === 'now' ? 'now' : `#${picked.to}`}</strong>
        </span>
        <Button size="sm" variant={picked.to === 'now' ? 'primary' : 'default'} disabledReason={picked.from === null ? 'Pick snapshot A first' : null} onClick={() => setPicked((p) => ({ from: p.from, to: p.to === 'now' ? null : 'now' }))}>
          {picked.to === 'now' ? 'B = now ✓' : 'Compare with now'}
        </Button>
        <Button
          size="sm"
          variant="primary"
          disabledReason={canCompare ? null : 'Pick two snapshots (or one and now)'}
          onClick={() => {
            if (picked.from !== null && picked.to !== null) compare({ from: picked.from, to: picked.to });
          }}
        >
          Show diff
        </Button>
      </div>
      <ErrorNote error={take.error} prefix="The snapshot was not taken." />
      <ErrorNote error={list.error} prefix="Snapshots could not be read." />
      <TimelineAxis snapshots={snapshots} picked={picked} onPick={pick} />
      {list.data ? (
        <p className="small muted audit-footnote">
          {snapshots.length.toLocaleString()} snapshots · {list.data.storedChanges.toLocaleString()} stored changes · {(list.data.storedBytes / 1024).toFixed(0)} KiB on disk. A snapshot is recorded after every successful sync; equal hashes mean equal access states.
        </p>
      ) : null}
      <DataGrid
        label="Snapshots"
        rows={[...snapshots].reverse()}
        columns={columns}
        rowKey={(s) => String(s.id)}
        onActivate={(s) => pick(s.id)}
        empty={<p className="muted">No snapshots yet. One is recorded after every successful sync; take one now to start the record.</p>}
      />
    </div>
  );
}
