// What a running command gets: its output streams, the workspace (opened on first use, closed
// by main), and `call`, which goes through router.dispatch like every other transport. Owns
// turning `{ok:false}` into a one-line CommandFailure; must not call services directly.
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract/index';
import { openApp } from '../app';
import type { OrgDeskApp } from '../app';
import { resolveWorkspacePath } from '../workspacePath';
import { envTokenStore, memoryTokenStore } from '../sync/tokens/index';
import { CommandFailure } from './errors';

export interface CliOutput {
  write(chunk: string): unknown;
}

export interface CliIo {
  stdout: CliOutput;
  stderr: CliOutput;
  env: Record<string, string | undefined>;
  /** `serve` only: where the built renderer lives (defaults to dist/renderer beside the bundle). */
  rendererDir?: string;
  /** `serve` only: stops the server like SIGINT does (lets tests run it in-process). */
  signal?: AbortSignal;
}

export interface CliContext {
  io: CliIo;
  /** The --workspace flag, once a command or the global prefix has seen it. */
  workspaceFlag: string | undefined;
  /**
   * Where the platform token comes from. Commands read $ORGDESK_TOKEN (never stored);
   * `serve` holds a token pasted into its browser UI for the session only. Set before app().
   */
  tokenSource: 'environment' | 'session';
  app(): OrgDeskApp;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  print(text: string): void;
  printJson(value: unknown): void;
  close(): void;
}

export function createContext(io: CliIo): CliContext {
  let opened: OrgDeskApp | null = null;
  const ctx: CliContext = {
    io,
    workspaceFlag: undefined,
    tokenSource: 'environment',
    app() {
      if (opened === null) {
        const workspacePath = resolveWorkspacePath(ctx.workspaceFlag, io.env);
        try {
          const tokenStore = ctx.tokenSource === 'session' ? memoryTokenStore() : envTokenStore(io.env);
          opened = openApp({ workspacePath, tokenStore });
        } catch (err) {
          throw new CommandFailure(`cannot open workspace ${workspacePath}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      return opened;
    },
    async call(method, input) {
      const result = await ctx.app().router.dispatch(method, input);
      if (!result.ok) throw new CommandFailure(result.error.message);
      // The router parsed the input with this method's schema and produced this method's output.
      return result.value as MethodOutput<typeof method>;
    },
    print(text) {
      io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    printJson(value) {
      io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
    close() {
      if (opened !== null) {
        opened.close();
        opened = null;
      }
    },
  };
  return ctx;
}
