// Command-line parsing helpers over node:util parseArgs: every malformed command line becomes a
// UsageError (exit 2) that names the flag or argument and what is allowed. Owns syntax and
// value checks only; must not touch the workspace.
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

/** Options every command accepts, so `--workspace` and `--help` may also follow the command. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  workspace: { type: 'string' },
} as const;

/** parseArgs explains at length how to pass positionals starting with '-'; one line is enough. */
function firstSentence(message: string): string {
  const cut = message.search(/\. (To|Did)/);
  const text = cut === -1 ? message : message.slice(0, cut);
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function parseCommand<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    throw new UsageError(firstSentence(err instanceof Error ? err.message : String(err)));
  }
}

/** Exactly the named positional arguments, in order; says which one is missing or extra. */
export function takePositionals(positionals: readonly string[], names: readonly string[]): string[] {
  const missing = names[positionals.length];
  if (missing !== undefined) throw new UsageError(`missing argument ${missing}`);
  const extra = positionals[names.length];
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
  return positionals.slice(0, names.length);
}

export function describeChoices(choices: readonly string[]): string {
  return choices.length <= 2 ? choices.join(' or ') : `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;
}

const TRUE_WORDS = ['true', 'yes', '1'];
const FALSE_WORDS = ['false', 'no', '0'];
const BOOL_WORDS = ['true', 'false', 'yes', 'no', '1', '0'];

export function parseBool(flag: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (TRUE_WORDS.includes(v)) return true;
  if (FALSE_WORDS.includes(v)) return false;
  throw new UsageError(`invalid value '${value}' for --${flag}: use ${describeChoices(BOOL_WORDS)}`);
}

export function optionalBool(flag: string, value: string | undefined): boolean | undefined {
  return value === undefined ? undefined : parseBool(flag, value);
}

/** Case-insensitive match against `choices`; returns the canonical spelling. */
export function parseChoice<C extends string>(flag: string, value: string, choices: readonly C[]): C {
  const found = choices.find((c) => c.toLowerCase() === value.trim().toLowerCase());
  if (found === undefined) throw new UsageError(`invalid value '${value}' for --${flag}: use ${describeChoices(choices)}`);
  return found;
}

export function optionalChoice<C extends string>(flag: string, value: string | undefined, choices: readonly C[]): C | undefined {
  return value === undefined ? undefined : parseChoice(flag, value, choices);
}

export function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 0 || n > 65535) {
    throw new UsageError(`invalid value '${value}' for --port: use a whole number from 0 to 65535 (0 = any free port)`);
  }
  return n;
}

/** --json and --csv choose one output format; both at once is a usage error. */
export function outputFormat(values: { json?: boolean; csv?: boolean }): 'json' | 'csv' | 'text' {
  if (values.json && values.csv) throw new UsageError('--json and --csv cannot be combined; pick one');
  return values.json ? 'json' : values.csv ? 'csv' : 'text';
}
