// CSV member import: plan (a dry-run diff kept by planId), page its rows, apply it in ONE
// transaction through the outbox (re-validated against the workspace as it is then), write the
// undo file, and the errors.csv / template documents. Events only after commit (atomically).
import fs from 'node:fs';
import path from 'node:path';
import type { ImportOptions, MethodOutput, ParsedInput } from '../../shared/contract/index';
import { AppError } from '../../shared/rpc/index';
import { toCsv } from '../csv/csvWriter';
import { IMPORT_LABELS, MEMBER_FIELDS } from '../csv/importColumns';
import { createImportRecorder } from '../audit/log/importEntry';
import { revokedGrants } from '../import/apply/revokedGrants';
import { undoCsv } from '../import/apply/undoCsv';
import { writePlan } from '../import/apply/writePlan';
import { planPass, summarize } from '../import/plan/buildPlan';
import { planImpact } from '../import/plan/impact';
import { createPlanStore } from '../import/plan/planStore';
import type { StoredPlan } from '../import/plan/planStore';
import { applyDecisions, fileInfo, rowView } from '../import/plan/planView';
import { workspaceVersion } from '../import/plan/workspaceVersion';
import { readMembersCsv, readMembersCsvFile } from '../import/read/index';
import type { ReadOptions, ReadResult } from '../import/read/index';
import type { ServiceContext } from './context';
import { actingUser, atomically, notifyChanged, requireActor } from './context';
import { withDeferredCheckpoint } from '../db/deferredCheckpoint';
import { resolveOrg } from './refs';
import { errorRowsText } from '../import/plan/planView';

type PlanOutput = MethodOutput<'imports.plan'>;

function readOptions(o: Partial<ImportOptions>): ReadOptions {
  const out: ReadOptions = {};
  if (o.encoding) out.encoding = o.encoding;
  if (o.delimiter) out.delimiter = o.delimiter;
  if (o.mapping) out.mapping = o.mapping;
  return out;
}

/** File-system-safe and sortable: 2026-11-24T19-51-23-123Z. */
const stamp = (ms: number) => new Date(ms).toISOString().replace(/[:.]/g, '-');

export function createImportsService(ctx: ServiceContext) {
  const { repos } = ctx;
  const store = createPlanStore();
  const version = workspaceVersion(ctx.db);

  const stored = (planId: string): StoredPlan => {
    const plan = store.get(planId);
    if (!plan) throw new AppError('NotFound', `planId: no import plan ${planId} (plans are kept for the last few files only; plan the file again)`, { field: 'planId' });
    return plan;
  };

  const makePlan = (fileName: string, bytes: number, read: ReadResult, onExisting: ImportOptions['onExisting'], rowLimit: number): PlanOutput => {
    if (read.fatal !== null) throw new AppError('InvalidInput', `file: ${read.fatal}`, { field: 'file' });
    const planned = version();
    const pass = planPass(repos, actingUser(ctx), read.rows, onExisting, read.problems);
    const plan: StoredPlan = { id: store.newId(), fileName, bytes, read, onExisting, rows: pass.rows, file: fileInfo(fileName, bytes, read), version: planned };
    store.put(plan);
    return {
      planId: plan.id,
      file: plan.file,
      options: { onExisting },
      summary: pass.summary,
      rows: pass.rows.slice(0, rowLimit).map(rowView),
      totalRows: pass.rows.length,
      impact: planImpact(repos, pass.rows),
      ...applyDecisions(pass.summary),
    };
  };

  return {
    plan(input: ParsedInput<'imports.plan'>): PlanOutput {
      const bytes = Buffer.from(input.contentBase64, 'base64');
      const read = readMembersCsv(bytes, readOptions(input.options));
      return makePlan(input.fileName, bytes.length, read, input.options.onExisting, input.rowLimit);
    },

    /** The CLI's entry: reads the file streaming instead of shipping base64 through the router. */
    async planFile(file: string, options: Partial<ImportOptions> = {}, rowLimit = 10_000): Promise<PlanOutput> {
      const read = await readMembersCsvFile(file, readOptions(options));
      return makePlan(path.basename(file), fs.statSync(file).size, read, options.onExisting ?? 'update', rowLimit);
    },

    rows(input: ParsedInput<'imports.rows'>): MethodOutput<'imports.rows'> {
      const plan = stored(input.planId);
      const rows = input.errorsOnly ? plan.rows.filter((r) => r.action === 'error') : plan.rows;
      return { rows: rows.slice(input.offset, input.offset + input.limit).map(rowView), total: rows.length };
    },

    apply(input: ParsedInput<'imports.apply'>): MethodOutput<'imports.apply'> {
      const plan = stored(input.planId);
      return withDeferredCheckpoint(ctx.db, () => atomically(ctx, () => {
        const actor = requireActor(ctx);
        // Re-plan inside the transaction when anything was written since the preview (another
        // edit, the CLI next to the app, a change of acting user); otherwise the plan still holds.
        const pass = version() === plan.version ? { rows: plan.rows, summary: summarize(plan.rows) } : planPass(repos, actor, plan.read.rows, plan.onExisting, plan.read.problems);
        if (!input.partial && pass.summary.error > 0) {
          throw new AppError('InvalidState', `${errorRowsText(pass.summary.error)}, so nothing was applied; fix them or apply with partial to skip them`);
        }
        const undo = { name: `undo-${stamp(ctx.now())}.csv`, content: undoCsv(pass.rows, (r) => revokedGrants(repos, r)) };
        const undoPath = path.join(path.dirname(ctx.workspacePath), 'imports', undo.name);
        // One edit log row for the whole apply; its outbox range covers every entry queued here.
        const recorder = createImportRecorder();
        const firstOutboxId = repos.outbox.maxId() + 1;
        const queued = writePlan(repos, pass.rows, actor, ctx.now(), { onRow: recorder.add });
        const range = queued > 0 ? { firstOutboxId, lastOutboxId: repos.outbox.maxId(), queued } : { firstOutboxId: null, lastOutboxId: null, queued };
        repos.editLog.append(recorder.entry({ ...range, at: ctx.now(), actor, fileName: plan.fileName, undoPath, summary: pass.summary, partial: input.partial }));
        // Deferred by atomically: emitted once, after the commit.
        if (queued > 0) notifyChanged(ctx, ['members', 'orgs', 'projects', 'apps', 'outbox'], true);
        // Written inside the transaction: if the undo file cannot be written, nothing is applied.
        fs.mkdirSync(path.dirname(undoPath), { recursive: true });
        fs.writeFileSync(undoPath, undo.content);
        plan.rows = pass.rows;
        // Applied rows are history now: applying this plan again must re-plan (all unchanged).
        plan.version = '';
        return { summary: pass.summary, queued, undo, undoPath };
      }));
    },

    errorsCsv(input: ParsedInput<'imports.errorsCsv'>): MethodOutput<'imports.errorsCsv'> {
      const plan = stored(input.planId);
      const failing = new Map(plan.rows.filter((r) => r.action === 'error').map((r) => [r.row, r]));
      const rows = plan.read.rows.flatMap((r) => {
        const p = failing.get(r.row);
        if (!p) return [];
        const cells = plan.read.header.map((_, i) => r.raw[i] ?? '');
        return [[...cells, p.errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message)).join('; ')]];
      });
      const base = plan.fileName.replace(/\.[^.]*$/, '');
      return { name: `${base}-errors.csv`, content: toCsv([...plan.read.header, 'error'], rows) };
    },

    template(input: ParsedInput<'imports.template'>): MethodOutput<'imports.template'> {
      const header = [...MEMBER_FIELDS.map((f) => IMPORT_LABELS[f]), IMPORT_LABELS.action];
      if (!input.prefilled) return { name: 'members-template.csv', content: toCsv(header, []) };
      const org = input.org === undefined ? undefined : resolveOrg(repos, input.org);
      const members = org ? repos.memberships.byOrg(org.id) : repos.memberships.all();
      members.sort((a, b) => a.org.localeCompare(b.org) || a.user.localeCompare(b.user));
      const rows = members.map((m) => [m.org, m.user, m.level, m.allowBillableActivities, m.appAccess, m.projectAccess, '']);
      return { name: org ? `members-${org.id}.csv` : 'members.csv', content: toCsv(header, rows) };
    },
  };
}
export type ImportsService = ReturnType<typeof createImportsService>;
