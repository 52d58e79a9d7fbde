// `orgdesk snapshots` (the recorded access-state snapshots: time, source, hash, changes) and
// `orgdesk snapshot take` (record one now). Reads and writes only through the contract.
import type { SnapshotSummary } from '../../../shared/contract/audit';
import { COMMON_OPTIONS, parseCommand, takePositionals } from '../args';
import type { CliContext } from '../context';
import { UsageError } from '../errors';
import { formatTable } from '../table';
import type { Command } from './command';
import { handleCommon, parseJsonOnly } from './common';

const LIST_HELP = `usage: orgdesk [--workspace FILE] snapshots [--json]

The access-state snapshots of this workspace, oldest first: one is recorded after every
successful pull and on demand (\`orgdesk snapshot take\`). Each stores only the facts that
changed since the previous one; CHANGES 0 means nothing access-relevant changed.

  --json   {"snapshots": [{"id", "takenAt", "source", "label", "hash", "factCount", "changeCount"}],
            "storedChanges", "storedBytes"}
`;

const TAKE_HELP = `usage: orgdesk [--workspace FILE] snapshot take [--label LABEL] [--json]

Records a snapshot of the access state now (orgs, memberships and flags, project grants and
settings, apps and their authorizations), with its content hash.

  --label LABEL   a note shown in \`orgdesk snapshots\` (e.g. "before Q3 review")
  --json          the snapshot as {"id", "takenAt", "source", "label", "hash", "factCount", "changeCount"}
`;

export function shortHash(hash: string): string {
  return hash.slice(0, 12);
}

export function timeText(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

function snapshotRows(list: readonly SnapshotSummary[]): string[][] {
  return list.map((s) => [String(s.id), timeText(s.takenAt), s.source, shortHash(s.hash), String(s.factCount), String(s.changeCount), s.label ?? '']);
}

export const snapshotsCommand: Command = {
  name: 'snapshots',
  summary: 'recorded access-state snapshots with time, source, hash and changes',
  help: LIST_HELP,
  async run(args, ctx) {
    const parsed = parseJsonOnly(args, ctx, LIST_HELP);
    if (parsed === null) return 0;
    const view = await ctx.call('snapshots.list', {});
    if (parsed.json) {
      ctx.printJson(view);
      return 0;
    }
    if (view.snapshots.length === 0) {
      ctx.print('No snapshots yet: one is recorded after every sync; `orgdesk snapshot take` records one now.');
      return 0;
    }
    ctx.print(formatTable(['ID', 'TAKEN (UTC)', 'SOURCE', 'HASH', 'FACTS', 'CHANGES', 'LABEL'], snapshotRows(view.snapshots)));
    return 0;
  },
};

async function take(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseCommand({
    args,
    options: { ...COMMON_OPTIONS, label: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (handleCommon(values, ctx, TAKE_HELP)) return 0;
  takePositionals(positionals, []);
  if (values.label !== undefined && values.label.trim() === '') throw new UsageError('--label needs a non-empty LABEL');
  const s = await ctx.call('snapshots.take', values.label !== undefined ? { label: values.label } : {});
  if (values.json) ctx.printJson(s);
  else ctx.print(`Snapshot ${s.id} recorded: ${s.factCount} facts, ${s.changeCount} changed since the previous one, hash ${s.hash}`);
  return 0;
}

const SNAPSHOT_HELP = `usage: orgdesk [--workspace FILE] snapshot take [--label LABEL] [--json]

  take   record a snapshot of the access state now

\`orgdesk snapshots\` lists them; \`orgdesk diff A B\` compares two.
`;

export const snapshotCommand: Command = {
  name: 'snapshot',
  summary: 'record an access-state snapshot now (snapshot take)',
  help: SNAPSHOT_HELP,
  async run(args, ctx) {
    const [sub, ...rest] = args;
    if (sub === 'take') return take(rest, ctx);
    if (sub === undefined || sub === '--help' || sub === '-h') {
      if (sub === undefined) throw new UsageError('missing subcommand: use `snapshot take`');
      ctx.print(SNAPSHOT_HELP);
      return 0;
    }
    throw new UsageError(`unknown subcommand '${sub}' for snapshot: use take`);
  },
};
