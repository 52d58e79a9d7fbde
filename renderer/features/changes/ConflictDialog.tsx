// Side-by-side review of one conflicting edit: Yours (the edit) vs Platform now (theirs) vs
// Based on (base), field by field with the differences marked, and two buttons that say what
// they will do. Resolving only changes the outbox; nothing reaches the platform until a sync.
import type { ReactElement } from 'react';
import type { OutboxEntry } from '../../../shared/contract/index';
import { LevelSchema } from '../../../shared/domain/index';
import { useMutate, useQuery } from '../../api/clientContext';
import { useAction } from '../../state/useAction';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorNote } from '../../ui/ErrorNote';
import { LevelBadge } from '../../ui/LevelBadge';
import type { FieldRow } from './conflictFields';
import { conflictFields, isAbsent, keepMineLabel, takeTheirsLabel, valueText } from './conflictFields';

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function ConflictDialog({ id, onClose }: { id: number; onClose(): void }): ReactElement {
  const { data, error } = useQuery('outbox.list', { states: ['conflict'] });
  const entry = data?.entries.find((e) => e.id === id);
  if (!entry) {
    return (
      <Dialog title="Review conflict" onClose={onClose} size="sm" footer={<Button onClick={onClose}>Close</Button>}>
        {error ? <ErrorNote error={error} /> : data ? <p>This edit is no longer in conflict: it was resolved, discarded or synced.</p> : <p className="muted">Loading…</p>}
      </Dialog>
    );
  }
  return <Review entry={entry} onClose={onClose} />;
}

/** `missing` names what an absent value means in this column ("removed", "not on the platform"). */
function Value({ value, missing }: { value: unknown; missing?: string }): ReactElement {
  if (value === undefined && missing) return <span className="muted">{missing}</span>;
  const level = LevelSchema.safeParse(value);
  if (level.success) return <LevelBadge level={level.data} />;
  return <span className="mono">{valueText(value)}</span>;
}

const REMOVALS: ReadonlySet<OutboxEntry['op']> = new Set(['member.remove']);

function Review({ entry, onClose }: { entry: OutboxEntry; onClose(): void }): ReactElement {
  const mutate = useMutate();
  const action = useAction();
  const rows = conflictFields(entry);
  const gone = isAbsent(entry.theirs);
  const missing = { mine: REMOVALS.has(entry.op) ? 'removed' : undefined, theirs: gone ? 'not on the platform' : undefined, base: entry.base === null ? 'did not exist' : undefined };
  const keep = keepMineLabel(entry, rows);
  const take = takeTheirsLabel(entry, rows);
  const blocked = action.busy ? 'Saving your choice…' : null;

  const resolve = async (choice: 'keepMine' | 'takeTheirs'): Promise<void> => {
    const done = await action.run(() => mutate('outbox.resolve', { id: entry.id, choice }));
    if (done) onClose();
  };

  return (
    <Dialog
      title={`Review conflict: ${entry.summary}`}
      description={
        <>
          {entry.actingUser} made this edit on {time.format(new Date(entry.createdAt))}. Since then the platform changed the same thing, so it was held instead of
          overwriting that change. Choose which value wins; it is sent at the next sync.
        </>
      }
      onClose={onClose}
      size="lg"
      footer={<Button onClick={onClose}>Decide later</Button>}
    >
      <table className="mini conflict-table">
        <caption>Field by field</caption>
        <colgroup>
          <col className="col-field" />
          <col className="col-value" />
          <col className="col-value" />
          <col className="col-value" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Yours</th>
            <th scope="col">Platform now</th>
            <th scope="col">Based on</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <FieldLine key={r.field} row={r} missing={missing} />
          ))}
        </tbody>
      </table>
      <p className="help">
        Highlighted: <span className="swatch swatch-mine" aria-hidden="true" /> changed by this workspace, <span className="swatch swatch-theirs" aria-hidden="true" /> changed on
        the platform since the edit. {gone ? 'The platform no longer has this item at all.' : ''}
      </p>
      <div className="choices" role="group" aria-label="Resolve the conflict">
        <Button variant="primary" className="choice" disabledReason={blocked} onClick={() => void resolve('keepMine')}>
          {keep}
        </Button>
        <Button className="choice" disabledReason={blocked} onClick={() => void resolve('takeTheirs')}>
          {take}
        </Button>
      </div>
      <ErrorNote error={action.error} prefix="Your choice was not saved." />
    </Dialog>
  );
}

function FieldLine({ row, missing }: { row: FieldRow; missing: { mine?: string | undefined; theirs?: string | undefined; base?: string | undefined } }): ReactElement {
  return (
    <tr className={row.differs ? 'differs' : undefined}>
      <th scope="row">
        <span className="mono">{row.field}</span>
        {row.differs ? (
          <Badge tone="conflict" title="Keep mine and Take theirs give different values">
            differs
          </Badge>
        ) : null}
      </th>
      <td className={row.mineChanged ? 'changed-mine' : undefined}>
        <Value value={row.mine} missing={missing.mine} />
        {row.mineChanged ? <span className="sr-only"> (changed by you)</span> : null}
      </td>
      <td className={row.theirsChanged ? 'changed-theirs' : undefined}>
        <Value value={row.theirs} missing={missing.theirs} />
        {row.theirsChanged ? <span className="sr-only"> (changed on the platform)</span> : null}
      </td>
      <td>
        <Value value={row.base} missing={missing.base} />
      </td>
    </tr>
  );
}
