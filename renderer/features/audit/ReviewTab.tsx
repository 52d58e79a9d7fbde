// Access review: for a scope at a snapshot, decide keep / reduce / revoke on every
// (user, project) and (user, org) row with a comment, turn the decisions into a plan of edits
// (the import's plan/apply path: previewed, re-checked, one transaction through the outbox)
// and keep the evidence file of who decided what, when, against which state.
import type { ReactElement } from 'react';
import { useState } from 'react';
import type { MethodOutput, ReviewDecisionKind, ReviewRow } from '../../../shared/contract/index';
import { useClient, useMutate, useQuery } from '../../api/clientContext';
import { useAction } from '../../state/useAction';
import { Button } from '../../ui/Button';
import type { Column } from '../../ui/DataGrid';
import { DataGrid } from '../../ui/DataGrid';
import { downloadDocument } from '../../ui/download';
import { ErrorNote } from '../../ui/ErrorNote';
import { LevelBadge } from '../../ui/LevelBadge';
import { RouteMarks } from '../../ui/RouteMarks';
import { ExportCsvButton } from '../export/ExportCsvButton';
import { useAudit } from './auditStore';
import { HashText } from './HashText';
import { ReviewPlanPanel } from './ReviewPlanPanel';
import { canReduce, decisionsFor, reviewProgress } from './reviewModel';
import { ScopeAtPicker, isCompleteScope } from './ScopeAtPicker';

type Plan = MethodOutput<'reviews.plan'>;
type Applied = MethodOutput<'reviews.apply'>;

const DECISIONS: { id: ReviewDecisionKind; label: string }[] = [
  { id: 'keep', label: 'Keep' },
  { id: 'reduce', label: 'Reduce' },
  { id: 'revoke', label: 'Revoke' },
];

function DecisionCell({ row }: { row: ReviewRow }): ReactElement {
  const choice = useAudit((s) => s.decisions[row.key]);
  const decide = useAudit((s) => s.decide);
  const set = (decision: ReviewDecisionKind): void => {
    if (choice?.decision === decision) decide(row.key, null);
    else decide(row.key, { decision, level: decision === 'reduce' ? row.reduceTo[0] : undefined, comment: choice?.comment ?? '' });
  };
  return (
    <span className="decision">
      <span className="segmented" role="group" aria-label={`Decision for ${row.userName} on ${row.projectName ?? row.orgName ?? ''}`}>
        {DECISIONS.map((d) => (
          <button
            key={d.id}
            type="button"
            className={`seg seg-${d.id}`}
            aria-pressed={choice?.decision === d.id}
            disabled={d.id === 'reduce' && !canReduce(row)}
            title={d.id === 'reduce' && !canReduce(row) ? 'Nothing lower to reduce to' : undefined}
            onClick={() => set(d.id)}
          >
            {d.label}
          </button>
        ))}
      </span>
      {choice?.decision === 'reduce' ? (
        <select aria-label="Reduce to" value={choice.level ?? row.reduceTo[0]} onChange={(e) => decide(row.key, { ...choice, level: e.target.value })}>
          {row.reduceTo.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      ) : null}
    </span>
  );
}

function CommentCell({ row }: { row: ReviewRow }): ReactElement {
  const choice = useAudit((s) => s.decisions[row.key]);
  const decide = useAudit((s) => s.decide);
  return (
    <input
      className="comment-input"
      aria-label={`Comment for ${row.userName}`}
      placeholder={choice ? 'Why (goes into the evidence)' : 'Decide first'}
      disabled={!choice}
      value={choice?.comment ?? ''}
      onChange={(e) => choice && decide(row.key, { ...choice, comment: e.target.value })}
    />
  );
}

export function ReviewTab(): ReactElement {
  const scope = useAudit((s) => s.reviewScope);
  const at = useAudit((s) => s.reviewAt);
  const setReview = useAudit((s) => s.setReview);
  const choices = useAudit((s) => s.decisions);
  const decide = useAudit((s) => s.decide);
  const clear = useAudit((s) => s.clearDecisions);
  const ready = isCompleteScope(scope);
  const { data, error, loading } = useQuery('reviews.rows', ready ? { scope, at } : null);
  const client = useClient();
  const mutate = useMutate();
  const planning = useAction();
  const applying = useAction();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [applied, setApplied] = useState<Applied | null>(null);
  const rows = data?.rows ?? [];
  const progress = reviewProgress(rows, choices);
  const decisions = decisionsFor(rows, choices);

  const makePlan = (): void => {
    setApplied(null);
    void planning.run(async () => setPlan(await client.call('reviews.plan', { scope, at, decisions })));
  };
  const apply = (partial: boolean): void => {
    if (!plan) return;
    void applying.run(async () => {
      const out = await mutate('reviews.apply', { planId: plan.planId, partial });
      setApplied(out);
      downloadDocument(out.evidence);
      return out;
    });
  };
  const keepRest = (): void => {
    for (const row of rows) if (!choices[row.key]) decide(row.key, { decision: 'keep', comment: '' });
  };

  const columns: Column<ReviewRow>[] = [
    { id: 'user', header: 'User', width: 'minmax(120px, 1fr)', cell: (r) => <span className="cell-main"><span className="cell-title">{r.userName}</span><span className="cell-id">{r.user}</span></span> },
    {
      id: 'what',
      header: 'Access to',
      width: 'minmax(100px, 1fr)',
      cell: (r) => <span className="truncate" title={r.project ?? r.org ?? ''}>{r.kind === 'project' ? r.projectName : `org ${r.orgName ?? r.org}`}</span>,
    },
    {
      id: 'level',
      header: 'Level',
      width: '116px',
      cell: (r) => (r.kind === 'project' ? <LevelBadge level={r.level as Parameters<typeof LevelBadge>[0]['level']} /> : <span className={`badge ${r.level === 'ADMIN' ? 'badge-strong' : 'badge-neutral'}`}>{r.level}</span>),
    },
    {
      id: 'how',
      header: 'How',
      width: 'minmax(110px, 1fr)',
      cell: (r) => (r.kind === 'project' ? <RouteMarks routes={r.routes} /> : <span className="small truncate" title={r.how}>{r.how}</span>),
    },
    { id: 'decision', header: 'Decision', width: '214px', cell: (r) => <DecisionCell row={r} /> },
    { id: 'comment', header: 'Comment', width: 'minmax(120px, 1.3fr)', cell: (r) => <CommentCell row={r} /> },
  ];

  return (
    <div className="stack stack-fill audit-review">
      <ScopeAtPicker
        scope={scope}
        at={at}
        onChange={(s, a) => {
          setPlan(null);
          setApplied(null);
          setReview(s, a);
        }}
      />
      <div className="toolbar">
        {data ? (
          <span className="review-progress" aria-live="polite">
            <strong>
              {progress.decided.toLocaleString()} of {progress.total.toLocaleString()}
            </strong>{' '}
            decided · {progress.keep} keep · {progress.reduce} reduce · {progress.revoke} revoke
            <span className="small muted">
              {' '}
              · reviewing state <HashText hash={data.meta.hash} />
            </span>
          </span>
        ) : null}
        <span className="toolbar-spacer" />
        <ExportCsvButton title="Every row with blank decisions, to fill in a spreadsheet and plan with `orgdesk review plan`" label="Decisions template" fetch={() => client.call('reviews.template', { scope, at })} />
        <Button size="sm" disabledReason={rows.length === 0 || progress.decided === rows.length ? 'Nothing left undecided' : null} onClick={keepRest}>
          Keep the rest
        </Button>
        <Button size="sm" variant="ghost" disabledReason={progress.decided === 0 ? 'No decisions yet' : null} onClick={clear}>
          Clear decisions
        </Button>
        <Button size="sm" variant="primary" disabledReason={decisions.length === 0 ? 'Decide at least one row' : planning.busy ? 'Planning…' : null} onClick={makePlan}>
          Plan edits
        </Button>
      </div>
      <ErrorNote error={error} prefix="The rows to review could not be read." />
      <ErrorNote error={planning.error} prefix="The decisions could not be planned." />
      {!ready ? <p className="muted pad">Choose what to review.</p> : null}
      <div className="split">
        <div className="split-list split-wide">
          <DataGrid label="Rows to review" rows={rows} columns={columns} rowKey={(r) => r.key} rowHeight={40} empty={<p className="muted">{loading ? 'Reading access…' : 'Nobody has access in this scope.'}</p>} />
        </div>
        {plan ? (
          <div className="split-detail review-plan-col">
            <ReviewPlanPanel plan={plan} applied={applied} applying={applying.busy} applyError={applying.error} onApply={apply} onEvidence={() => client.call('reviews.evidence', { planId: plan.planId })} onClose={() => setPlan(null)} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
