// Commands of interfaces.md that belong to later milestones. They are recognised (so they are
// not "unknown command", exit 2) but refuse with exit 1 until their milestone lands.
import { CommandFailure } from '../errors';
import type { Command } from './command';

const LATER: ReadonlyArray<readonly [string, string, string]> = [
  ['import', 'CSV member import', 'import FILE [--dry-run] [--on-existing update|skip|fail] [--partial] [--json]'],
  ['export', 'CSV export of members or access', 'export members|access [--out FILE]'],
  ['emulator', 'run the sandbox platform on 127.0.0.1', 'emulator [--seed FILE] [--port N] [--faults SPEC]'],
  ['connect', 'connect the workspace to a platform', 'connect --platform URL'],
  ['sync', 'push the outbox in order, then pull', 'sync [--json]'],
  ['conflicts', 'edits held as conflicts', 'conflicts [--json]'],
  ['resolve', 'resolve a conflict', 'resolve ID --keep-mine|--take-theirs'],
];

export const laterCommands: Command[] = LATER.map(([name, summary, usage]) => ({
  name,
  summary: `${summary} (not in this build yet)`,
  help: `usage: orgdesk [--workspace FILE] ${usage}\n\nNot available in this build yet.\n`,
  async run() {
    throw new CommandFailure(`\`${name}\` is not available in this build yet`);
  },
}));
