// `orgdesk import FILE`: plans a member CSV against the workspace (read streaming from disk),
// prints the diff, and unless --dry-run applies it in one transaction through the outbox,
// writing the undo file. Exit 1 when row errors block the apply (without --partial).
import type { ImportRowPlan } from '../../../shared/contract/index';
import { COMMON_OPTIONS, optionalChoice, parseCommand, takePositionals } from '../args';
import { CommandFailure } from '../errors';
import type { Command } from './command';
import { handleCommon } from './common';
import { problemLines, rowsTable, summaryLine } from './importReport';
import { plural } from '../../../shared/text/plural';
import { errorRowsText } from '../../import/plan/planView';

const HELP = `usage: orgdesk [--workspace FILE] import FILE [--dry-run] [--on-existing update|skip|fail] [--partial] [--json]

Imports org members from a CSV file (columns org, user, level, allowBillableActivities,
appAccess, projectAccess, optional action upsert|add|update|remove and, for removals,
revokeProjectPermissions, revokeAppPermissions). Blank cells leave values unchanged.

  --dry-run       show the plan only; nothing is queued
  --on-existing   what to do with existing members: update (default), skip or fail
  --partial       apply the valid rows and skip the rows with errors
  --json          print {"summary", "rows", ...} as JSON

Every apply writes an undo file next to the workspace; importing it restores the previous state.
Exit 1 when rows have errors and --partial was not given (nothing is applied then).

  orgdesk import new-lab.csv --dry-run
  orgdesk import new-lab.csv --on-existing skip --partial
`;

const ON_EXISTING = ['update', 'skip', 'fail'] as const;

const jsonRow = (r: ImportRowPlan) => ({ row: r.row, action: r.action, org: r.org, user: r.user, level: r.level, changes: r.changes, errors: r.errors, warnings: r.warnings });

export const importCommand: Command = {
  name: 'import',
  summary: 'CSV member import (plan, then apply through the outbox)',
  help: HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: { ...COMMON_OPTIONS, 'dry-run': { type: 'boolean' }, 'on-existing': { type: 'string' }, partial: { type: 'boolean' }, json: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, HELP)) return 0;
    const [file = ''] = takePositionals(positionals, ['FILE']);
    const onExisting = optionalChoice('on-existing', values['on-existing'], ON_EXISTING) ?? 'update';
    const imports = ctx.app().services.imports;
    let plan;
    try {
      plan = await imports.planFile(file, { onExisting }, Number.MAX_SAFE_INTEGER);
    } catch (err) {
      const code = err instanceof Error && 'code' in err ? err.code : undefined;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') throw new CommandFailure(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : String(code)}`);
      throw err;
    }
    const blocked = plan.summary.error > 0 && !values.partial;
    const apply = !values['dry-run'] && !blocked;
    const applied = apply ? await ctx.call('imports.apply', { planId: plan.planId, partial: values.partial ?? false }) : null;
    const summary = applied?.summary ?? plan.summary;
    if (values.json) {
      ctx.printJson({
        summary,
        rows: plan.rows.map(jsonRow),
        dryRun: values['dry-run'] ?? false,
        applied: applied !== null,
        queued: applied?.queued ?? 0,
        undoPath: applied?.undoPath ?? null,
        file: plan.file,
        impact: plan.impact,
      });
    } else {
      ctx.print(`${plan.file.name} (${plan.file.encoding}${plan.file.bom ? ' with BOM' : ''}, ${plan.file.rowCount} rows): ${summaryLine(summary)}`);
      const table = rowsTable(plan.rows);
      if (table) ctx.print(table);
      const problems = problemLines(plan.rows);
      if (problems) ctx.print(problems);
      if (applied) ctx.print(`Applied: ${plural(applied.queued, 'edit')} queued for sync. Undo file: ${applied.undoPath}`);
      else if (!blocked) ctx.print('Dry run: nothing was queued.');
    }
    if (blocked) {
      const what = values['dry-run'] ? 'an apply would be refused' : 'so nothing was applied';
      ctx.io.stderr.write(`orgdesk: ${errorRowsText(plan.summary.error)}, ${what}; fix them or use --partial\n`);
      return 1;
    }
    return 0;
  },
};
