// `orgdesk log`: the edit log, newest first, each edit with its current sync outcome; and
// `orgdesk log verify`, which walks the hash chain and exits 1 naming the first row that was
// changed, deleted or inserted. Read-only.
import type { LogEntry, LogStatus } from '../../../shared/contract/index';
import { LOG_STATUSES } from '../../../shared/contract/index';
import { COMMON_OPTIONS, optionalChoice, parseCommand, takePositionals } from '../args';
import { CommandFailure, UsageError } from '../errors';
import type { CliContext } from '../context';
import { formatTable } from '../table';
import type { Command } from './command';
import { handleCommon } from './common';

const HELP = `usage: orgdesk [--workspace FILE] log [--json] [--limit N] [--actor USER] [--target TEXT]
                                    [--org ORG] [--user USER] [--project PROJECT] [--kind edit|import]
       orgdesk [--workspace FILE] log verify [--expect SEQ:HASH] [--json]

Every edit made in this workspace (CLI, app, import), newest first: when, by whom, what, and
its sync outcome now (pending, sent, conflict, failed, resolved, discarded). An import is one
entry with the outcomes of all its edits counted. The log is append-only and hash-chained:
\`log verify\` checks every row and exits 1 naming the first one that was changed, deleted or
inserted by hand. It prints the head as SEQ:HASH; keep that outside the workspace and pass
it later as --expect to prove the log up to there was not rewritten as a whole.

  --limit N        show the newest N entries (default 50, at most 1000)
  --actor USER     only edits made by this user id
  --target TEXT    only edits whose target or summary contains TEXT
  --org, --user, --project ID
                   only edits of that org, user or project (imports: any of their rows)
  --kind K         edit or import
  --expect SEQ:HASH
                   verify: also require row SEQ to still have HASH
  --json           log: print {"entries", "nextCursor", "total", "head"};
                   verify: print {"ok", "checked", "head", "firstBad"?}
`;

function parseLimit(text: string | undefined): number {
  if (text === undefined) return 50;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < 1 || n > 1000) {
    throw new UsageError(`invalid value '${text}' for --limit: use a whole number from 1 to 1000`);
  }
  return n;
}

const time = (ms: number): string => new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');

/** "sent" for an edit; "sent 99998, conflict 2" for an import. */
function statusText(e: LogEntry): string {
  if (e.kind === 'edit') return e.status;
  const parts = LOG_STATUSES.filter((s: LogStatus) => e.statusCounts[s] > 0).map((s) => `${s} ${e.statusCounts[s]}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing queued';
}

/** "SEQ:HASH" as `log verify` printed it earlier. */
function parseAnchor(text: string): { seq: number; hash: string } {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  const seq = Number(m?.[1]);
  if (!m || !Number.isSafeInteger(seq) || seq < 1) throw new UsageError(`invalid value '${text}' for --expect: use SEQ:HASH as \`orgdesk log verify\` printed it`);
  return { seq, hash: m[2] ?? '' };
}

async function verify(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommand({ args, options: { ...COMMON_OPTIONS, json: { type: 'boolean' }, expect: { type: 'string' } }, allowPositionals: true });
  if (handleCommon(values, ctx, HELP)) return 0;
  takePositionals(positionals, []);
  const result = await ctx.call('log.verify', values.expect === undefined ? {} : { expect: parseAnchor(values.expect) });
  if (values.json) ctx.printJson(result);
  if (!result.ok) throw new CommandFailure(`log verify failed: ${result.firstBad?.reason ?? 'the chain is broken'}`);
  if (!values.json) ctx.print(`ok: ${result.checked} entries verified${result.head === null ? '' : ` (head ${result.checked}:${result.head})`}`);
  return 0;
}

async function list(args: string[], ctx: CliContext): Promise<number> {
  const text = { type: 'string' } as const;
  const { values, positionals } = parseCommand({
    args,
    options: { ...COMMON_OPTIONS, json: { type: 'boolean' }, limit: text, actor: text, target: text, org: text, user: text, project: text, kind: text },
    allowPositionals: true,
  });
  if (handleCommon(values, ctx, HELP)) return 0;
  const extra = positionals[0];
  if (extra !== undefined) throw new UsageError(`unknown subcommand \`log ${extra}\`: use \`orgdesk log\` or \`orgdesk log verify\``);
  takePositionals(positionals, []);
  const kind = optionalChoice('kind', values.kind, ['edit', 'import'] as const);
  const input = {
    limit: parseLimit(values.limit),
    ...(values.actor !== undefined ? { actor: values.actor } : {}),
    ...(values.target !== undefined ? { target: values.target } : {}),
    ...(values.org !== undefined ? { org: values.org } : {}),
    ...(values.user !== undefined ? { user: values.user } : {}),
    ...(values.project !== undefined ? { project: values.project } : {}),
    ...(kind !== undefined ? { kind } : {}),
  };
  const page = await ctx.call('log.list', input);
  if (values.json) {
    ctx.printJson(page);
    return 0;
  }
  if (page.entries.length === 0) {
    ctx.print(page.total === 0 ? 'The edit log is empty: no edits have been made in this workspace.' : 'No edits match.');
    return 0;
  }
  ctx.print(
    formatTable(
      ['SEQ', 'TIME', 'ACTOR', 'STATUS', 'OP', 'TARGET', 'SUMMARY'],
      page.entries.map((e) => [String(e.seq), time(e.at), e.actor, statusText(e), e.op, e.target, e.summary]),
    ),
  );
  if (page.nextCursor !== null) ctx.print(`Showing the newest ${page.entries.length}; use --limit for more.`);
  return 0;
}

export const logCommand: Command = {
  name: 'log',
  summary: 'the tamper-evident edit log; `log verify` checks its hash chain',
  help: HELP,
  async run(args, ctx) {
    if (args[0] === 'verify') return verify(args.slice(1), ctx);
    return list(args, ctx);
  },
};
