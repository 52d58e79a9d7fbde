// Runs the orgdesk CLI in-process against a temporary workspace and captures what it prints,
// so tests see exactly the exit code, stdout and stderr a script would.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../../main/cli/main';
import type { CliIo } from '../../../main/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runIn(argv: string[], extra: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    ...extra,
  });
  return { code, stdout, stderr };
}

/** The parsed JSON a successful run printed; a failed run throws with its stderr. */
export function jsonOf<T>(r: CliRun, argv: readonly string[]): T {
  if (r.code !== 0) throw new Error(`orgdesk ${argv.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

export interface TempWorkspace {
  dir: string;
  file: string;
  /** Runs the CLI with `--workspace FILE` in front. */
  run(...argv: string[]): Promise<CliRun>;
  json<T = unknown>(...argv: string[]): Promise<T>;
  remove(): void;
}

/** `env` is the environment every run of this workspace sees (none by default). */
export function tempWorkspace(opts: { env?: Record<string, string> } = {}): TempWorkspace {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'orgdesk-cli-'));
  const file = path.join(dir, 'workspace.sqlite');
  const ws: TempWorkspace = {
    dir,
    file,
    run: (...argv) => runIn(['--workspace', file, ...argv], opts.env ? { env: opts.env } : {}),
    json: async <T>(...argv: string[]): Promise<T> => jsonOf<T>(await ws.run(...argv), argv),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  return ws;
}
