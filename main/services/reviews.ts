// Access review: the reviewable rows of a scope at a snapshot, decisions -> a plan (membership
// changes planned and written by the CSV import's planPass/writePlan, grant edits like
// projects.share/unshare), apply in ONE transaction through the outbox after re-validating
// against the workspace as it is then, and the evidence CSV. Events only after commit.
import fs from 'node:fs';
import path from 'node:path';
import type { MethodOutput, ParsedInput, ReportAt, ReportMeta, ReportScope, ReviewPlan, ReviewPlanRow } from '../../shared/contract/index';
import type { AccessState } from '../../shared/domain/accessState';
import { ALLOW, deny } from '../../shared/domain/index';
import { AppError } from '../../shared/rpc/index';
import { loadReportState } from '../audit/report/loadReportState';
import { reportFileBase } from '../audit/report/reportMeta';
import type { StateIndex } from '../audit/report/stateIndex';
import { decisionsTemplate, readDecisionsCsv } from '../audit/review/decisionsCsv';
import { evidenceCsv, evidenceName } from '../audit/review/evidence';
import type { NumberedDecision, ReviewPlanResult } from '../audit/review/planReview';
import { planReview } from '../audit/review/planReview';
import type { StoredReviewPlan } from '../audit/review/reviewPlanStore';
import { createReviewPlanStore } from '../audit/review/reviewPlanStore';
import { reviewRows } from '../audit/review/reviewRows';
import { writeGrantEdits } from '../audit/review/writeGrantEdits';
import { loadAccessState } from '../audit/state/loadAccessState';
import { writePlan } from '../import/apply/writePlan';
import { summarize } from '../import/plan/buildPlan';
import { rowView } from '../import/plan/planView';
import { workspaceVersion } from '../import/plan/workspaceVersion';
import type { ServiceContext } from './context';
import { actingUser, atomically, notifyChanged, requireActor } from './context';
import type { NewOutboxEntry } from '../db/repos/outbox';
import { blockedDecisionsText } from '../audit/review/blockedText';

export const REVIEW_TITLE = 'Access review';

type Summary = ReviewPlan['summary'];

function summaryOf(rows: readonly ReviewPlanRow[]): Summary {
  const s: Summary = { keep: 0, edit: 0, unchanged: 0, blocked: 0, error: 0 };
  for (const r of rows) s[r.status] += 1;
  return s;
}

/** One line per row whose outcome differs between two plans of the same decisions. */
function outcomeChanges(before: ReviewPlanResult, after: ReviewPlanResult): string[] {
  const outcome = (r: ReviewPlanRow) => (r.status === 'edit' ? r.edits.map((e) => e.summary).join('; ') : `${r.status}${r.message ? `: ${r.message}` : ''}`);
  const fresh = new Map(after.rows.map((r) => [r.row, r]));
  const out: string[] = [];
  for (const r of before.rows) {
    const n = fresh.get(r.row);
    const then = outcome(r);
    const now = n ? outcome(n) : 'missing';
    if (n?.status !== r.status || then !== now) out.push(`row ${r.row} (${r.user} ${r.project ? `on ${r.project}` : `in ${r.org ?? ''}`}): planned "${then}", now "${now}"`);
  }
  return out;
}

export function createReviewsService(ctx: ServiceContext) {
  const { repos } = ctx;
  const store = createReviewPlanStore();
  const version = workspaceVersion(ctx.db);

  const stored = (planId: string): StoredReviewPlan => {
    const plan = store.get(planId);
    if (!plan) throw new AppError('NotFound', `planId: no review plan ${planId} (plans are kept for the last few reviews only; plan the decisions again)`, { field: 'planId' });
    return plan;
  };

  /** The plan against the live workspace; the reviewed state stays what the reviewer saw. */
  const planAgainstLive = (reviewed: StateIndex, meta: ReportMeta, decisions: readonly NumberedDecision[], live?: AccessState): ReviewPlanResult =>
    planReview({ reviewed, scope: meta.scope, live: live ?? loadAccessState(repos, 'now').state, repos, actor: actingUser(ctx), decisions });

  const view = (plan: StoredReviewPlan): ReviewPlan => {
    const rows = plan.appliedRows ?? plan.result.rows;
    const summary = summaryOf(rows);
    const blocking = summary.blocked + summary.error;
    return {
      planId: plan.id,
      meta: plan.meta,
      summary,
      rows,
      memberships: { summary: summarize(plan.result.membershipRows), rows: plan.result.membershipRows.map(rowView) },
      impact: plan.result.impact,
      canApply:
        plan.appliedAt !== null
          ? deny('This review plan has been applied already; plan the decisions again to review the new state')
          : blocking === 0
            ? ALLOW
            : deny(`${blockedDecisionsText(blocking)}: fix them, or apply with partial to skip them`),
      canApplyPartial: plan.appliedAt !== null ? deny('This review plan has been applied already') : ALLOW,
    };
  };

  const makePlan = (scope: ReportScope, at: ReportAt, decisions: NumberedDecision[]): ReviewPlan => {
    const planned = version();
    // Reviewed state, live state and the plan read as one moment.
    const { ix, meta, result } = ctx.db.transaction(() => {
      const loaded = loadReportState(ctx, scope, at, REVIEW_TITLE);
      return { ...loaded, result: planAgainstLive(loaded.ix, loaded.meta, decisions, at === 'now' ? loaded.ix.state : undefined) };
    })();
    const plan: StoredReviewPlan = { id: store.newId(), meta, reviewed: ix, decisions, result, plannedAt: ctx.now(), reviewer: actingUser(ctx), version: planned, appliedAt: null, appliedRows: null };
    store.put(plan);
    return view(plan);
  };

  return {
    rows(input: ParsedInput<'reviews.rows'>): MethodOutput<'reviews.rows'> {
      const { ix, meta } = loadReportState(ctx, input.scope, input.at, REVIEW_TITLE);
      return { meta, rows: reviewRows(ix, meta.scope) };
    },

    template(input: ParsedInput<'reviews.template'>): MethodOutput<'reviews.template'> {
      const { ix, meta } = loadReportState(ctx, input.scope, input.at, REVIEW_TITLE);
      return { name: `${reportFileBase(meta).replace('access-report', 'review-decisions')}.csv`, content: decisionsTemplate(meta, reviewRows(ix, meta.scope)) };
    },

    plan(input: ParsedInput<'reviews.plan'>): MethodOutput<'reviews.plan'> {
      return makePlan(
        input.scope,
        input.at,
        input.decisions.map((d, i) => ({ ...d, row: i + 1 })),
      );
    },

    planCsv(input: ParsedInput<'reviews.planCsv'>): MethodOutput<'reviews.planCsv'> {
      const file = readDecisionsCsv(input.content, input.at);
      return makePlan(file.scope, file.at, file.decisions);
    },

    apply(input: ParsedInput<'reviews.apply'>): MethodOutput<'reviews.apply'> {
      const plan = stored(input.planId);
      if (plan.appliedAt !== null) throw new AppError('InvalidState', `review plan ${plan.id} was applied already; plan the decisions again to review the new state`);
      return atomically(ctx, () => {
        const actor = requireActor(ctx);
        let result = plan.result;
        // Anything written since the plan (another edit, the CLI next to the app): plan again
        // and refuse unless every decision still comes out the same.
        if (version() !== plan.version || actor !== plan.reviewer) {
          const fresh = planAgainstLive(plan.reviewed, plan.meta, plan.decisions);
          const changes = outcomeChanges(plan.result, fresh);
          if (changes.length > 0) {
            throw new AppError(
              'Conflict',
              `The workspace changed since this review was planned, so nothing was applied: ${changes.slice(0, 5).join('; ')}${changes.length > 5 ? `; and ${changes.length - 5} more` : ''}. Plan the decisions again.`,
              { changes },
            );
          }
          result = fresh;
        }
        const summary = summaryOf(result.rows);
        const blocking = summary.blocked + summary.error;
        if (!input.partial && blocking > 0) {
          throw new AppError('InvalidState', `${blockedDecisionsText(blocking)}, so nothing was applied; fix them or apply with partial to skip them`);
        }
        const now = ctx.now();
        // A review is a handful of deliberate edits: each goes into the edit log on its own.
        const logEdit = (id: number, entry: NewOutboxEntry): void => {
          repos.editLog.appendEdit(id, entry);
        };
        const queued = writeGrantEdits(repos, result.grantEdits, actor, now, logEdit) + writePlan(repos, result.membershipRows, actor, now, { onEntry: logEdit });
        if (queued > 0) notifyChanged(ctx, ['members', 'orgs', 'projects', 'apps', 'outbox'], true);
        const evidence = { name: evidenceName(plan.meta, now), content: evidenceCsv({ reviewer: actor, meta: plan.meta, plannedAt: plan.plannedAt, rows: result.rows, appliedAt: now }) };
        const evidencePath = path.join(path.dirname(ctx.workspacePath), 'reviews', evidence.name);
        // Written inside the transaction: without its evidence file, a review is not applied.
        fs.mkdirSync(path.dirname(evidencePath), { recursive: true });
        fs.writeFileSync(evidencePath, evidence.content);
        plan.result = result;
        plan.appliedAt = now;
        plan.appliedRows = result.rows;
        plan.reviewer = actor;
        return { summary, queued, evidence, evidencePath };
      });
    },

    evidence(input: ParsedInput<'reviews.evidence'>): MethodOutput<'reviews.evidence'> {
      const plan = stored(input.planId);
      const at = plan.appliedAt ?? plan.plannedAt;
      return {
        name: evidenceName(plan.meta, at),
        content: evidenceCsv({ reviewer: plan.reviewer, meta: plan.meta, plannedAt: plan.plannedAt, rows: plan.appliedRows ?? plan.result.rows, appliedAt: plan.appliedAt }),
      };
    },
  };
}
export type ReviewsService = ReturnType<typeof createReviewsService>;

