// `orgdesk review rows|template|plan|apply`: the access review from the command line. A
// decisions CSV (from `review template`, filled in a spreadsheet) is planned through the same
// path as the app; apply plans and applies in one run and writes the evidence file.
// Exit 1 when decisions are blocked or in error (nothing applied without --partial).
import fs from 'node:fs';
import type { ReviewPlan } from '../../../shared/contract/index';
import { COMMON_OPTIONS, parseCommand, takePositionals } from '../args';
import type { CliContext } from '../context';
import { CommandFailure } from '../errors';
import { formatTable } from '../table';
import type { Subcommand } from './command';
import { handleCommon } from './common';
import { groupCommand } from './group';
import { SCOPE_OPTIONS, atFromFlag, scopeFromFlags, writeOut } from './reportScope';
import { blockedDecisionsText } from '../../audit/review/blockedText';
import { plural } from '../../../shared/text/plural';

const ROWS_HELP = `usage: orgdesk [--workspace FILE] review rows [--org ORG | --project PROJECT | --user USER] [--at now|SNAPSHOT] [--json]

The reviewable rows of a scope: (user, org) with level and flags, (user, project) with the
level and how it comes, and the levels a reduce may choose.`;

const TEMPLATE_HELP = `usage: orgdesk [--workspace FILE] review template [--org ORG | --project PROJECT | --user USER] [--at now|SNAPSHOT] [--out FILE]

A decisions CSV listing every reviewable row with blank decision, level and comment cells,
to fill in a spreadsheet and pass to \`review plan\` / \`review apply\`.`;

const PLAN_HELP = `usage: orgdesk [--workspace FILE] review plan DECISIONS.csv [--at now|SNAPSHOT] [--json]

Plans the decisions without changing anything. DECISIONS.csv has the columns scope
(all, org:ORG, project:PROJECT or user:USER), at (now or a snapshot id; --at overrides it),
user, project or org, decision (keep, reduce, revoke), level (for reduce) and comment; rows
without a decision are skipped. Exit 1 when a decision is blocked or has an error.

A (user, org) revoke removes the member; reduce lowers projectAccess or demotes an ADMIN to
MEMBER. A (user, project) decision lowers or revokes the user's direct grant; access that comes
via an org cannot be cut for one project, so such rows are blocked with the membership change
that would do it.`;

const APPLY_HELP = `usage: orgdesk [--workspace FILE] review apply DECISIONS.csv [--at now|SNAPSHOT] [--partial] [--json] [--evidence FILE]

Plans the decisions and applies them in one transaction through the outbox (they sync like
any other edit), and writes the evidence CSV (every decision with reviewer, time, comment,
scope, snapshot id and content hash) next to the workspace, and to --evidence FILE if given.

  --partial   apply the decisions that can be applied and skip blocked or failing ones`;

const STATUS_WORD: Record<ReviewPlan['rows'][number]['status'], string> = { edit: 'edit', keep: 'keep', unchanged: 'no change', blocked: 'BLOCKED', error: 'ERROR' };

function printPlan(ctx: CliContext, plan: ReviewPlan): void {
  const s = plan.summary;
  const at = plan.meta.source.kind === 'snapshot' ? `snapshot ${plan.meta.source.id}` : 'now';
  ctx.print(`Review of ${plan.meta.scope.kind === 'all' ? 'everything' : `${plan.meta.scope.kind} ${plan.meta.scope.id}`} at ${at} (content hash ${plan.meta.hash})`);
  ctx.print(`${s.edit} to change, ${s.keep} kept, ${s.unchanged} already as decided, ${s.blocked} blocked, ${s.error} with errors`);
  ctx.print(
    formatTable(
      ['ROW', 'USER', 'ON', 'DECISION', 'STATUS', 'WHAT'],
      plan.rows.map((r) => [
        String(r.row),
        r.user,
        r.project ?? r.org ?? '',
        r.decision === 'reduce' ? `reduce to ${r.level ?? '?'}` : r.decision,
        STATUS_WORD[r.status],
        r.status === 'edit' ? r.edits.map((e) => e.summary).join('; ') : (r.message ?? ''),
      ]),
    ),
  );
}

function readDecisions(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : '';
    throw new CommandFailure(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code || String(err)}`);
  }
}

const blockedCount = (plan: ReviewPlan) => plan.summary.blocked + plan.summary.error;

const rowsCommand: Subcommand = {
  name: 'rows',
  help: ROWS_HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({ args, options: { ...COMMON_OPTIONS, ...SCOPE_OPTIONS, json: { type: 'boolean' } }, allowPositionals: true });
    if (handleCommon(values, ctx, ROWS_HELP)) return 0;
    takePositionals(positionals, []);
    const out = await ctx.call('reviews.rows', { scope: scopeFromFlags(values), at: atFromFlag(values.at) ?? 'now' });
    if (values.json) ctx.printJson(out);
    else ctx.print(formatTable(['USER', 'ON', 'LEVEL', 'HOW', 'REDUCE TO'], out.rows.map((r) => [r.user, r.project ? (r.projectName ?? r.project) : (r.org ?? ''), r.level, r.how, r.reduceTo.join(' ')])));
    return 0;
  },
};

const templateCommand: Subcommand = {
  name: 'template',
  help: TEMPLATE_HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({ args, options: { ...COMMON_OPTIONS, ...SCOPE_OPTIONS, out: { type: 'string' } }, allowPositionals: true });
    if (handleCommon(values, ctx, TEMPLATE_HELP)) return 0;
    takePositionals(positionals, []);
    const doc = await ctx.call('reviews.template', { scope: scopeFromFlags(values), at: atFromFlag(values.at) ?? 'now' });
    writeOut(ctx, values.out, doc.content, 'the decisions template');
    return 0;
  },
};

const planCommand: Subcommand = {
  name: 'plan',
  help: PLAN_HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({ args, options: { ...COMMON_OPTIONS, at: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true });
    if (handleCommon(values, ctx, PLAN_HELP)) return 0;
    const [file = ''] = takePositionals(positionals, ['DECISIONS.csv']);
    const at = atFromFlag(values.at);
    const plan = await ctx.call('reviews.planCsv', { fileName: file, content: readDecisions(file), ...(at === undefined ? {} : { at }) });
    if (values.json) ctx.printJson(plan);
    else printPlan(ctx, plan);
    if (blockedCount(plan) > 0) {
      ctx.io.stderr.write(`orgdesk: ${blockedDecisionsText(blockedCount(plan))}; an apply would be refused (fix them or use --partial)\n`);
      return 1;
    }
    return 0;
  },
};

const applyCommand: Subcommand = {
  name: 'apply',
  help: APPLY_HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: { ...COMMON_OPTIONS, at: { type: 'string' }, partial: { type: 'boolean' }, json: { type: 'boolean' }, evidence: { type: 'string' } },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, APPLY_HELP)) return 0;
    const [file = ''] = takePositionals(positionals, ['DECISIONS.csv']);
    const at = atFromFlag(values.at);
    const plan = await ctx.call('reviews.planCsv', { fileName: file, content: readDecisions(file), ...(at === undefined ? {} : { at }) });
    const blocked = blockedCount(plan) > 0 && !values.partial;
    const applied = blocked ? null : await ctx.call('reviews.apply', { planId: plan.planId, partial: values.partial ?? false });
    if (applied && values.evidence !== undefined) writeOut(ctx, values.evidence, applied.evidence.content, 'the evidence file');
    if (values.json) ctx.printJson({ ...plan, applied: applied !== null, queued: applied?.queued ?? 0, evidencePath: applied?.evidencePath ?? null });
    else {
      printPlan(ctx, plan);
      if (applied) ctx.print(`Applied: ${plural(applied.queued, 'edit')} queued for sync. Evidence: ${applied.evidencePath}`);
    }
    if (blocked) {
      ctx.io.stderr.write(`orgdesk: ${blockedDecisionsText(blockedCount(plan))}, so nothing was applied; fix them or use --partial\n`);
      return 1;
    }
    return 0;
  },
};

export const reviewCommand = groupCommand('review', 'access review: rows, decisions template, plan and apply with evidence', [rowsCommand, templateCommand, planCommand, applyCommand]);
