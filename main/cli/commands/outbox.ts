// `orgdesk outbox`: the local edits waiting for sync, failed or in conflict. Read-only; sending
// them belongs to `orgdesk sync` (a later milestone).
import { COMMON_OPTIONS, parseCommand, takePositionals } from '../args';
import { formatTable } from '../table';
import type { Command } from './command';
import { handleCommon } from './common';

const HELP = `usage: orgdesk [--workspace FILE] outbox [--json]

Lists the queued edits in the order they will be sent, with their state.

  --json   print {"entries": [{"id", "op", "target", "summary", "state", "error", ...}]}
`;

export const outboxCommand: Command = {
  name: 'outbox',
  summary: 'queued, failed and conflicting edits',
  help: HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: { ...COMMON_OPTIONS, json: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, HELP)) return 0;
    takePositionals(positionals, []);
    const { entries } = await ctx.call('outbox.list', {});
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
    return 0;
  },
};
