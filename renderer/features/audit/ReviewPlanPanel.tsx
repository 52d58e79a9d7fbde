// The plan a review turns into: what each decision does (or why it cannot), who loses what,
// then apply (all, or skipping blocked rows) and the evidence file.
import type { ReactElement } from 'react';
import type { MethodOutput } from '../../../shared/contract/index';
import type { RpcError } from '../../../shared/rpc/index';
import { Badge } from '../../ui/Badge';
import type { BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ErrorNote } from '../../ui/ErrorNote';
import type { DownloadDocument } from '../../ui/download';
import { ExportCsvButton } from '../export/ExportCsvButton';

type Plan = MethodOutput<'reviews.plan'>;
type Applied = MethodOutput<'reviews.apply'>;
type Status = Plan['rows'][number]['status'];

const TONE: Record<Status, BadgeTone> = { edit: 'pending', keep: 'muted', unchanged: 'muted', blocked: 'conflict', error: 'danger' };

export function ReviewPlanPanel({ plan, applied, applying, applyError, onApply, onEvidence, onClose }: { plan: Plan; applied: Applied | null; applying: boolean; applyError: RpcError | null; onApply(partial: boolean): void; onEvidence(): Promise<DownloadDocument>; onClose(): void }): ReactElement {
  const s = plan.summary;
  const acting = plan.rows.filter((r) => r.status !== 'keep');
  const losers = plan.impact.filter((i) => i.projects.length > 0 || i.apps.length > 0);
  return (
    <aside className="detail review-plan" aria-label="Review plan">
      <div className="detail-head">
        <h2>Plan</h2>
        <Button size="sm" variant="ghost" onClick={onClose}>
          Close
        </Button>
      </div>
      <ul className="chips">
        <li className="chip chip-neutral">
          <strong>{s.edit}</strong> with edits
        </li>
        <li className="chip chip-zero">
          <strong>{s.keep}</strong> keep
        </li>
        <li className="chip chip-zero">
          <strong>{s.unchanged}</strong> already there
        </li>
        <li className={`chip${s.blocked > 0 ? ' chip-warn' : ' chip-zero'}`}>
          <strong>{s.blocked}</strong> blocked
        </li>
        <li className={`chip${s.error > 0 ? ' chip-danger' : ' chip-zero'}`}>
          <strong>{s.error}</strong> errors
        </li>
      </ul>
      <ol className="plan-rows">
        {acting.map((r) => (
          <li key={`${r.row}:${r.key}`} className={`plan-row plan-${r.status}`}>
            <Badge tone={TONE[r.status]}>{r.status}</Badge> <span className="mono small">{r.user}</span> · {r.project ?? r.org} · <strong>{r.decision}</strong>
            {r.level ? ` to ${r.level}` : ''}
            {r.edits.map((e) => (
              <div key={e.summary} className="small">
                → {e.summary}
              </div>
            ))}
            {r.message ? <div className="small plan-message">{r.message}</div> : null}
            {r.fixes.map((f) => (
              <div key={f.summary} className="small muted">
                Fix: {f.summary}
              </div>
            ))}
          </li>
        ))}
        {acting.length === 0 ? <li className="muted small">Every decision keeps access as it is: nothing to apply. The evidence file still records the review.</li> : null}
      </ol>
      {losers.length > 0 ? (
        <>
          <h3 className="section-title">Who loses what</h3>
          <ul className="impact-list small">
            {losers.map((i) => (
              <li key={i.user}>
                <span className="mono">{i.user}</span>: {i.projects.map((p) => `${p.name} ${p.from} → ${p.to}`).join(', ')}
                {i.apps.length > 0 ? `; apps: ${i.apps.map((a) => a.name).join(', ')}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ErrorNote error={applyError} prefix="Nothing was applied." />
      {applied ? (
        <div className="note" role="status">
          Applied: {applied.queued} edits queued in one transaction; they sync like any other edit. Evidence saved to <span className="mono small break">{applied.evidencePath}</span>
        </div>
      ) : (
        <div className="review-actions">
          <ExportCsvButton title="Every decision with reviewer, time, comment and the state's hash" label="Evidence CSV" fetch={onEvidence} />
          {s.blocked + s.error > 0 ? (
            <Button size="sm" disabledReason={plan.canApplyPartial.allowed ? (applying ? 'Applying…' : null) : (plan.canApplyPartial.reason ?? 'Not allowed')} onClick={() => onApply(true)}>
              Apply, skipping blocked
            </Button>
          ) : null}
          <Button size="sm" variant="primary" disabledReason={plan.canApply.allowed ? (applying ? 'Applying…' : null) : (plan.canApply.reason ?? 'Not allowed')} onClick={() => onApply(false)}>
            Apply plan
          </Button>
        </div>
      )}
    </aside>
  );
}
