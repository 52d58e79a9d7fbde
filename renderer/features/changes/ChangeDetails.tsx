// The selected edit in full, under the Changes grid: its whole summary, what it targets, and the
// platform's whole message (the grid cuts long ones), with the same actions as its row, so
// nothing needs a hover tooltip to be read.
import type { ReactElement } from 'react';
import type { OutboxEntry } from '../../../shared/contract/index';
import { Badge } from '../../ui/Badge';
import type { BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { conflictLine } from './conflictFields';

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export interface ChangeActions {
  review(entry: OutboxEntry): void;
  retry(entry: OutboxEntry): void;
  discard(entry: OutboxEntry): void;
  blocked(entry: OutboxEntry): string | null;
}

export function ChangeDetails({ entry, tone, actions, onClose }: { entry: OutboxEntry; tone: BadgeTone; actions: ChangeActions; onClose(): void }): ReactElement {
  const blocked = actions.blocked(entry);
  return (
    <section className="change-details" aria-label="Edit details">
      <div className="change-details-head">
        <Badge tone={tone}>{entry.state}</Badge>
        <strong className="change-details-title">{entry.summary}</strong>
        <span className="toolbar-spacer" />
        {entry.state === 'conflict' ? (
          <Button size="sm" variant="primary" onClick={() => actions.review(entry)}>
            Review conflict…
          </Button>
        ) : null}
        {entry.state === 'failed' ? (
          <>
            <Button size="sm" disabledReason={blocked} onClick={() => actions.retry(entry)}>
              Retry
            </Button>
            <Button size="sm" variant="ghost" className="danger-text" disabledReason={blocked} onClick={() => actions.discard(entry)}>
              Discard…
            </Button>
          </>
        ) : null}
        <Button size="sm" variant="ghost" onClick={onClose}>
          Hide details
        </Button>
      </div>
      <dl className="facts change-facts">
        <div>
          <dt>Edit</dt>
          <dd className="mono small">#{entry.id}</dd>
        </div>
        <div>
          <dt>Operation</dt>
          <dd className="mono small">{entry.op}</dd>
        </div>
        <div>
          <dt>Target</dt>
          <dd className="mono small">{entry.target}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{time.format(new Date(entry.createdAt))}</dd>
        </div>
        <div>
          <dt>By</dt>
          <dd className="mono small">{entry.actingUser}</dd>
        </div>
      </dl>
      {entry.state === 'conflict' ? <p className="conflict-text">{conflictLine(entry)}</p> : null}
      {entry.error ? (
        <p>
          <span className="muted">The platform said: </span>
          <span className="bad">{entry.error}</span>
        </p>
      ) : null}
    </section>
  );
}
