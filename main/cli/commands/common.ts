// Steps shared by every command after parsing: honour --workspace given after the command and
// answer --help without opening the workspace, and the whole parse of --json-only commands.
import type { CliContext } from '../context';
import { COMMON_OPTIONS, parseCommand, takePositionals } from '../args';

/** Returns true when the command should stop because it printed its help. */
export function handleCommon(values: { help?: boolean; workspace?: string }, ctx: CliContext, help: string): boolean {
  if (values.workspace !== undefined) ctx.workspaceFlag = values.workspace;
  if (values.help) {
    ctx.print(help);
    return true;
  }
  return false;
}

/**
 * All the argument handling of a command whose only flag is --json (plus the common ones):
 * null when it printed its help, so the caller returns 0.
 */
export function parseJsonOnly(args: string[], ctx: CliContext, help: string): { json: boolean } | null {
  const { values, positionals } = parseCommand({ args, options: { ...COMMON_OPTIONS, json: { type: 'boolean' } }, allowPositionals: true });
  if (handleCommon(values, ctx, help)) return null;
  takePositionals(positionals, []);
  return { json: values.json === true };
}
