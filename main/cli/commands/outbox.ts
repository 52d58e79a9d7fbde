// `orgdesk outbox`: the local edits not yet on the platform (pending, failed, in conflict),
// with the platform's reason for each failed one. Read-only; `orgdesk sync` sends them and
// `orgdesk resolve` decides conflicts.
import type { OutboxEntry } from '../../../shared/contract/index';
import { COMMON_OPTIONS, parseCommand, takePositionals } from '../args';
import { formatTable } from '../table';
import type { Command } from './command';
import { handleCommon } from './common';

const HELP = `usage: orgdesk [--workspace FILE] outbox [--all] [--json]

Lists the queued edits in the order they will be sent, with their state: pending (waiting
for \`orgdesk sync\`), failed (refused by the platform, with its message) or conflict (see
\`orgdesk conflicts\`).

  --all    also list edits already sent or discarded
  --json   print {"entries": [{"id", "op", "target", "summary", "state", "error", "theirs", ...}]}
`;

const ACTIVE: OutboxEntry['state'][] = ['pending', 'sending', 'failed', 'conflict'];

export const outboxCommand: Command = {
  name: 'outbox',
  summary: 'pending, failed and conflicting edits',
  help: HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: { ...COMMON_OPTIONS, all: { type: 'boolean' }, json: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, HELP)) return 0;
    takePositionals(positionals, []);
    const { entries } = await ctx.call('outbox.list', values.all ? {} : { states: ACTIVE });
    if (values.json) {
      ctx.printJson({ entries });
      return 0;
    }
    if (entries.length === 0) {
      ctx.print('The outbox is empty: every edit is synced.');
      return 0;
    }
    ctx.print(
      formatTable(
        ['ID', 'STATE', 'OP', 'TARGET', 'SUMMARY', 'ERROR'],
        entries.map((e) => [String(e.id), e.state, e.op, e.target, e.summary, e.error ?? '']),
      ),
    );
    if (entries.some((e) => e.state === 'conflict')) ctx.print('Conflicts: `orgdesk conflicts` shows both values; `orgdesk resolve ID --keep-mine|--take-theirs` decides.');
    return 0;
  },
};
