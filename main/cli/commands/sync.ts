// `orgdesk sync`: pushes the outbox in order, then pulls, and reports the counts. Exit 1 when
// the run stopped early (platform unreachable: the edits stay queued); conflicts and failed
// edits are reported but are the user's to resolve, not a failure of the run.
import { CommandFailure } from '../errors';
import type { Command } from './command';
import { parseJsonOnly } from './common';
import { plural } from '../../../shared/text/plural';

const HELP = `usage: orgdesk [--workspace FILE] sync [--json]

Sends the queued edits to the connected platform in order, then pulls its current state
(token from $ORGDESK_TOKEN). Edits that collide with a change made on the platform are held
as conflicts (see \`orgdesk conflicts\`); edits the platform refuses become failed edits
(see \`orgdesk outbox\`). Exits 1 when the platform could not be reached.

  --json   print {"pushed", "pulled", "conflicts", "failed", "error"}
`;

export const syncCommand: Command = {
  name: 'sync',
  summary: 'push the outbox in order, then pull',
  help: HELP,
  async run(args, ctx) {
    const values = parseJsonOnly(args, ctx, HELP);
    if (values === null) return 0;
    const report = await ctx.call('sync.runNow', {});
    if (values.json) {
      ctx.printJson({ pushed: report.pushed, pulled: report.pulled, conflicts: report.conflicts, failed: report.failed, error: report.error });
    } else {
      ctx.print(
        `Pushed ${plural(report.pushed, 'edit')}, pulled ${plural(report.pulled, 'record')}; ` +
          `${plural(report.conflicts, 'conflict')}, ${plural(report.failed, 'failed edit')}.`,
      );
      if (report.conflicts > 0) ctx.print('Conflicts wait for you: `orgdesk conflicts`, then `orgdesk resolve ID --keep-mine|--take-theirs`.');
      if (report.failed > 0) ctx.print('The platform refused some edits: `orgdesk outbox` shows why.');
    }
    if (report.error !== null) {
      const { pending } = await ctx.call('outbox.summary', {});
      throw new CommandFailure(`sync did not finish: ${report.error} (${plural(pending, 'edit')} still queued; run \`orgdesk sync\` again later)`);
    }
    return 0;
  },
};
