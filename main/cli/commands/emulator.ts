// `orgdesk emulator`: runs the sandbox platform (main/emulator) on 127.0.0.1 from a seed file,
// or from the demo seed, and prints its URL and the seed's tokens on stdout until SIGINT or
// SIGTERM. It never opens the workspace: the emulator is a separate, in-memory platform.
import { readFileSync } from 'node:fs';
import { parseFaults, startEmulator } from '../../emulator/index';
import type { EmulatorHandle, FaultSpec } from '../../emulator/index';
import { demoSeed } from '../../seed/demoSeed';
import type { Seed } from '../../seed/seedSchema';
import { SeedSchema } from '../../seed/seedSchema';
import { COMMON_OPTIONS, parseCommand, parsePort, takePositionals } from '../args';
import { CommandFailure, UsageError } from '../errors';
import type { Command } from './command';
import { handleCommon } from './common';

const HELP = `usage: orgdesk emulator [--seed FILE] [--port N] [--faults SPEC]

Runs the sandbox platform on 127.0.0.1: the platform routes OrgDesk uses, with the same
JSON shapes, errors, pagination and permission checks, over an in-memory state. Prints
its URL, then one "TOKEN -> USER" line per token, and runs until Ctrl+C (SIGINT) or SIGTERM.
Nothing is saved: every run starts again from the seed.

  --seed FILE     seed JSON (users, tokens, orgs, projects, apps; see interfaces.md);
                  default: the demo state (scenarios.md after Example 2)
  --port N        listen on port N (default: any free port)
  --faults SPEC   inject failures, comma-separated:
                    rate=P         answer a share P (0..1) of calls with 503
                    429-after=N    answer every Nth call with 429 and Retry-After: 1
                    latency=MS     add a delay to every call (100ms, 1s)
                    html-errors    send error bodies as HTML pages
                    drop=P         apply a share P of calls but close the connection unanswered

Example:
  orgdesk emulator --faults rate=0.3,429-after=50
  ORGDESK_TOKEN=token-for-d orgdesk connect --platform http://127.0.0.1:PORT
`;

function loadSeedFile(file: string): Seed {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new CommandFailure(`cannot read seed ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CommandFailure(`seed ${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = SeedSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    throw new CommandFailure(`seed ${file} is not a valid seed: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function faultsFrom(spec: string | undefined): Partial<FaultSpec> {
  if (spec === undefined) return {};
  try {
    return parseFaults(spec);
  } catch (err) {
    throw new UsageError(`invalid --faults: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function waitForStop(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop, { once: true });
  });
}

export const emulatorCommand: Command = {
  name: 'emulator',
  summary: 'run the sandbox platform on 127.0.0.1 and print its URL',
  help: HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: { ...COMMON_OPTIONS, seed: { type: 'string' }, port: { type: 'string' }, faults: { type: 'string' } },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, HELP)) return 0;
    takePositionals(positionals, []);
    const port = values.port === undefined ? 0 : parsePort(values.port);
    const faults = faultsFrom(values.faults);
    const seed = values.seed === undefined ? demoSeed : loadSeedFile(values.seed);
    let emulator: EmulatorHandle;
    try {
      emulator = await startEmulator({ seed, port, faults });
    } catch (err) {
      const code = err instanceof Error && 'code' in err ? String(err.code) : '';
      throw new CommandFailure(
        code === 'EADDRINUSE' ? `port ${port} is already in use; pick another with --port or omit it` : `cannot start the emulator: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    ctx.print(emulator.url);
    for (const [token, user] of Object.entries(seed.tokens)) ctx.print(`${token} -> ${user}`);
    ctx.io.stderr.write(`orgdesk: sandbox platform on ${emulator.url} (seed: ${values.seed ?? 'demo'}). Ctrl+C stops.\n`);
    await waitForStop(ctx.io.signal);
    await emulator.close();
    return 0;
  },
};
