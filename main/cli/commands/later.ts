// Commands of interfaces.md that belong to later milestones. They are recognised (so they are
// not "unknown command", exit 2) but refuse with exit 1 until their milestone lands. Every
// command of interfaces.md is available now, so the list is empty; kept for the next milestone.
import { CommandFailure } from '../errors';
import type { Command } from './command';

const LATER: ReadonlyArray<readonly [string, string, string]> = [];

export const laterCommands: Command[] = LATER.map(([name, summary, usage]) => ({
  name,
  summary: `${summary} (not in this build yet)`,
  help: `usage: orgdesk [--workspace FILE] ${usage}\n\nNot available in this build yet.\n`,
  async run() {
    throw new CommandFailure(`\`${name}\` is not available in this build yet`);
  },
}));
