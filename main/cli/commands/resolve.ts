// `orgdesk resolve ID --keep-mine|--take-theirs`: the user's decision on one conflict. Keep
// mine re-queues the edit against the platform's current value; take theirs drops the edit
// and adopts the platform's value. The sync engine applies the decision.
import { COMMON_OPTIONS, parseCommand, takePositionals } from '../args';
import { UsageError } from '../errors';
import type { Command } from './command';
import { handleCommon } from './common';

const HELP = `usage: orgdesk [--workspace FILE] resolve ID --keep-mine|--take-theirs [--json]

Decides the conflict ID (see \`orgdesk conflicts\`).

  --keep-mine     send your edit on the next \`orgdesk sync\`, over the platform's change
  --take-theirs   discard your edit and keep the platform's value
  --json          print the outbox entry as JSON
`;

export function parseId(text: string): number {
  const id = Number(text.startsWith('#') ? text.slice(1) : text);
  if (!/^#?\d+$/.test(text) || !Number.isSafeInteger(id) || id <= 0) {
    throw new UsageError(`invalid ID '${text}': use the number \`orgdesk conflicts\` shows`);
  }
  return id;
}

export const resolveCommand: Command = {
  name: 'resolve',
  summary: 'resolve a conflict: keep mine or take theirs',
  help: HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: { ...COMMON_OPTIONS, 'keep-mine': { type: 'boolean' }, 'take-theirs': { type: 'boolean' }, json: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, HELP)) return 0;
    const [idText = ''] = takePositionals(positionals, ['ID']);
    const id = parseId(idText);
    const keep = values['keep-mine'] === true;
    const take = values['take-theirs'] === true;
    if (keep === take) throw new UsageError(keep ? 'choose one of --keep-mine and --take-theirs, not both' : 'missing --keep-mine or --take-theirs');
    const entry = await ctx.call('outbox.resolve', { id, choice: keep ? 'keepMine' : 'takeTheirs' });
    if (values.json) {
      ctx.printJson(entry);
      return 0;
    }
    ctx.print(
      keep
        ? `Kept your edit #${entry.id} (${entry.summary}); it is ${entry.state} and goes out with the next \`orgdesk sync\`.`
        : `Took the platform's value for #${entry.id}; your edit (${entry.summary}) is ${entry.state}.`,
    );
    return 0;
  },
};
