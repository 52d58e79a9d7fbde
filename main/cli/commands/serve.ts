// `orgdesk serve`: the loopback bridge over this workspace, for using OrgDesk from a browser.
// Prints the URL (with its #token) on stdout and runs until SIGINT/SIGTERM; main closes the
// database afterwards. Must not print the token anywhere else.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startBridge } from '../../bridge/server';
import type { BridgeHandle } from '../../bridge/server';
import { memoryTokenStore } from '../../sync/tokens/index';
import { openWorkspaceSession } from '../../workspaceSession';
import type { WorkspaceSession } from '../../workspaceSession';
import { resolveWorkspacePath } from '../../workspacePath';
import { COMMON_OPTIONS, parseCommand, parsePort, takePositionals } from '../args';
import { CommandFailure } from '../errors';
import type { CliContext } from '../context';
import type { Command } from './command';
import { handleCommon } from './common';

const HELP = `usage: orgdesk [--workspace FILE] serve [--port N]

Serves the OrgDesk UI and its API on 127.0.0.1 for a browser, over this workspace.
Prints the URL to open (it carries a per-run secret after #token=) and runs until
Ctrl+C (SIGINT) or SIGTERM.

  --port N   listen on port N (default: any free port)
`;

/** dist/renderer beside the dist/cli.cjs bundle; from sources, the repository's dist/renderer. */
export function defaultRendererDir(): string {
  if (typeof __filename === 'string' && path.basename(__filename) === 'cli.cjs') return path.join(__dirname, 'renderer');
  return path.resolve('dist', 'renderer');
}

function waitForStop(signal: AbortSignal | undefined): Promise<string> {
  return new Promise((resolve) => {
    const stop = (reason: string): void => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      signal?.removeEventListener('abort', onAbort);
      resolve(reason);
    };
    const onInt = (): void => stop('SIGINT');
    const onTerm = (): void => stop('SIGTERM');
    const onAbort = (): void => stop('abort');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
    if (signal?.aborted) stop('abort');
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'the loopback bridge and renderer, for a browser',
  help: HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: { ...COMMON_OPTIONS, port: { type: 'string' } },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, HELP)) return 0;
    takePositionals(positionals, []);
    const port = values.port === undefined ? 0 : parsePort(values.port);
    // A session rather than a plain open: a damaged workspace is served in recovery mode, so the
    // browser shows the same restore-a-backup screen as the desktop app instead of an error.
    const workspacePath = resolveWorkspacePath(ctx.workspaceFlag, ctx.io.env);
    let session: WorkspaceSession;
    try {
      session = openWorkspaceSession({ workspacePath, tokenStore: memoryTokenStore() });
    } catch (err) {
      throw new CommandFailure(`cannot open workspace ${workspacePath}: ${err instanceof Error ? err.message : String(err)}`);
    }
    try {
      return await serveSession(session, port, ctx);
    } finally {
      session.close();
    }
  },
};

async function serveSession(session: WorkspaceSession, port: number, ctx: CliContext): Promise<number> {
  const mode = session.mode();
  const rendererDir = ctx.io.rendererDir ?? defaultRendererDir();
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    ctx.io.stderr.write(`orgdesk: warning: no renderer in ${rendererDir}; run \`npm run build\` (the API still works)\n`);
  }
  let bridge: BridgeHandle;
  try {
    bridge = await startBridge({ router: session.router, events: session.events, rendererDir, port });
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : '';
    throw new CommandFailure(
      code === 'EADDRINUSE' ? `port ${port} is already in use; pick another with --port or omit it` : `cannot start the bridge: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  ctx.print(bridge.url);
  if (mode.kind === 'ready') ctx.io.stderr.write(`orgdesk: serving ${mode.app.workspacePath} on ${bridge.origin}; open the URL above. Ctrl+C stops.\n`);
  else ctx.io.stderr.write(`orgdesk: ${mode.workspacePath} failed its integrity check; open the URL above to restore a backup. Ctrl+C stops.\n`);
  await waitForStop(ctx.io.signal);
  await bridge.close();
  return 0;
}
