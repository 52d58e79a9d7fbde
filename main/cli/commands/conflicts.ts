// `orgdesk conflicts`: edits held because the platform changed the same thing since the edit
// was made, each with the value it was based on, yours and the platform's side by side.
// Read-only; `orgdesk resolve` decides them.
import type { OutboxEntry } from '../../../shared/contract/index';
import { formatTable } from '../table';
import type { Command } from './command';
import { parseJsonOnly } from './common';

const HELP = `usage: orgdesk [--workspace FILE] conflicts [--json]

Lists the edits held as conflicts: the platform changed what you edited after you made the
edit. Each shows the value your edit was based on, yours and the platform's. Decide each with
\`orgdesk resolve ID --keep-mine\` (send yours on the next sync) or \`--take-theirs\`.

  --json   print {"conflicts": [{"id", "op", "target", "summary", "base", "payload", "theirs", ...}]}
`;

const show = (value: unknown): string => (value === undefined ? '-' : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * One row per compared field (those of the base or the platform's value; the payload's own for
 * a create) that differs somewhere. Identity fields of the payload (org, user) are left out.
 */
export function conflictRows(entry: OutboxEntry): string[][] {
  const base = entry.base ?? {};
  const mine = entry.payload;
  const theirs = entry.theirs ?? {};
  const compared = [...new Set([...Object.keys(base), ...Object.keys(theirs)])];
  const fields = compared.length > 0 ? compared : Object.keys(mine);
  // The platform no longer has the thing (a removed member, a revoked grant).
  const gone = Object.keys(theirs).length === 0;
  return fields
    .filter((f) => !(show(base[f]) === show(mine[f]) && show(mine[f]) === show(theirs[f])))
    .map((f) => [f, show(base[f]), show(mine[f]), gone ? '(none)' : show(theirs[f])]);
}

export const conflictsCommand: Command = {
  name: 'conflicts',
  summary: 'edits held as conflicts, yours and the platform\'s side by side',
  help: HELP,
  async run(args, ctx) {
    const values = parseJsonOnly(args, ctx, HELP);
    if (values === null) return 0;
    const { entries } = await ctx.call('outbox.list', { states: ['conflict'] });
    if (values.json) {
      ctx.printJson({ conflicts: entries });
      return 0;
    }
    if (entries.length === 0) {
      ctx.print('No conflicts.');
      return 0;
    }
    for (const e of entries) {
      ctx.print(`#${e.id}  ${e.op}  ${e.target}\n  ${e.summary}`);
      ctx.print(
        formatTable(['  FIELD', 'WAS', 'MINE', 'THEIRS'], conflictRows(e).map(([f = '', ...rest]) => [`  ${f}`, ...rest])).trimEnd(),
      );
      ctx.print('');
    }
    ctx.print('Decide each: `orgdesk resolve ID --keep-mine` or `orgdesk resolve ID --take-theirs`.');
    return 0;
  },
};
