// The shape every command module exports, so main.ts can list, help and dispatch them alike.
// Commands return their exit code; they report failures by throwing UsageError/CommandFailure.
import type { CliContext } from '../context';

export interface Command {
  name: string;
  /** One line for `orgdesk --help`. */
  summary: string;
  /** Full `--help` text: usage lines, flags and an example or two. */
  help: string;
  run(args: string[], ctx: CliContext): Promise<number>;
}

/** A command with subcommands (`member add`, `project share` …) dispatching on its first word. */
export interface Subcommand {
  name: string;
  help: string;
  run(args: string[], ctx: CliContext): Promise<number>;
}
