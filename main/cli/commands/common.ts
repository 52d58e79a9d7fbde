// Steps shared by every command after parsing: honour --workspace given after the command and
// answer --help without opening the workspace. Owns nothing else.
import type { CliContext } from '../context';

/** Returns true when the command should stop because it printed its help. */
export function handleCommon(values: { help?: boolean; workspace?: string }, ctx: CliContext, help: string): boolean {
  if (values.workspace !== undefined) ctx.workspaceFlag = values.workspace;
  if (values.help) {
    ctx.print(help);
    return true;
  }
  return false;
}
