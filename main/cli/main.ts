// The `orgdesk` command: global flags, command lookup, help, and the mapping of outcomes to the
// public exit codes (0 ok, 1 explained failure, 2 bad usage). Bundled to dist/cli.cjs. Commands
// reach the workspace only through router.dispatch; this file never talks to services or SQL.
import { accessCommand, explainCommand } from './commands/access';
import { appCommand } from './commands/apps';
import type { Command } from './commands/command';
import { conflictsCommand } from './commands/conflicts';
import { connectCommand } from './commands/connect';
import { emulatorCommand } from './commands/emulator';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { laterCommands } from './commands/later';
import { logCommand } from './commands/log';
import { memberCommand, membersCommand } from './commands/members';
import { orgsCommand } from './commands/orgs';
import { outboxCommand } from './commands/outbox';
import { projectCommand } from './commands/projects';
import { resolveCommand } from './commands/resolve';
import { reportCommand } from './commands/report';
import { reviewCommand } from './commands/review';
import { serveCommand } from './commands/serve';
import { snapshotCommand, snapshotsCommand } from './commands/snapshots';
import { diffCommand } from './commands/diff';
import { syncCommand } from './commands/sync';
import { demoCommand, whoamiCommand } from './commands/workspace';
import { createContext } from './context';
import type { CliContext, CliIo } from './context';
import { CommandFailure, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './errors';
import { formatTable } from './table';

export type { CliIo } from './context';

export const COMMANDS: readonly Command[] = [
  demoCommand,
  whoamiCommand,
  orgsCommand,
  membersCommand,
  memberCommand,
  projectCommand,
  appCommand,
  accessCommand,
  explainCommand,
  connectCommand,
  syncCommand,
  outboxCommand,
  conflictsCommand,
  resolveCommand,
  serveCommand,
  emulatorCommand,
  importCommand,
  exportCommand,
  reportCommand,
  reviewCommand,
  snapshotsCommand,
  snapshotCommand,
  diffCommand,
  logCommand,
  ...laterCommands,
];

export function topLevelHelp(): string {
  return `usage: orgdesk [--workspace FILE] COMMAND ...

The workspace is a SQLite file: --workspace, else $ORGDESK_WORKSPACE, else the file the
desktop app opens. A workspace that does not exist is created.

${formatTable(['COMMAND', 'DOES'], COMMANDS.map((c) => [c.name, c.summary])).trimEnd()}

Run \`orgdesk COMMAND --help\` for a command's flags. Exit codes: 0 ok, 1 failure (explained
on stderr), 2 bad usage.
`;
}

interface GlobalArgs {
  help: boolean;
  command: string | undefined;
  rest: string[];
}

/** Flags before the command; a command's own flags are parsed by the command. */
function splitGlobal(argv: readonly string[], ctx: CliContext): GlobalArgs {
  let i = 0;
  let help = false;
  while (i < argv.length) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--workspace') {
      const value = argv[i + 1];
      if (value === undefined || value === '') throw new UsageError('--workspace needs a FILE');
      ctx.workspaceFlag = value;
      i += 1;
    } else if (arg.startsWith('--workspace=')) ctx.workspaceFlag = arg.slice('--workspace='.length);
    else if (arg === '--') {
      i += 1;
      break;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option '${arg}' (global options: --workspace FILE, --help)`);
    else break;
    i += 1;
  }
  return { help, command: argv[i], rest: argv.slice(i + 1) };
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const ctx = createContext(io);
  try {
    const global = splitGlobal(argv, ctx);
    if (global.command === 'help') {
      const topic = COMMANDS.find((c) => c.name === global.rest[0]);
      ctx.print(topic ? topic.help : topLevelHelp());
      return EXIT_OK;
    }
    if (global.command === undefined) {
      if (global.help) {
        ctx.print(topLevelHelp());
        return EXIT_OK;
      }
      throw new UsageError('missing COMMAND; run `orgdesk --help` for the list');
    }
    const command = COMMANDS.find((c) => c.name === global.command);
    if (command === undefined) throw new UsageError(`unknown command '${global.command}'; run \`orgdesk --help\` for the list`);
    return await command.run(global.help ? ['--help', ...global.rest] : global.rest, ctx);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`orgdesk: ${err.message}\n`);
      return EXIT_USAGE;
    }
    const message = err instanceof CommandFailure || err instanceof Error ? err.message : String(err);
    io.stderr.write(`orgdesk: ${message.split('\n')[0] ?? message}\n`);
    return EXIT_FAILURE;
  } finally {
    ctx.close();
  }
}

/** True only inside the dist/cli.cjs bundle (run directly or through bin.cjs), never in tests. */
function isBundleEntry(): boolean {
  return typeof __filename === 'string' && /(^|[\\/])cli\.cjs$/.test(__filename);
}

if (isBundleEntry()) {
  runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`orgdesk: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = EXIT_FAILURE;
    },
  );
}
