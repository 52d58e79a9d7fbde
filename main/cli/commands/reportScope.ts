// Flags shared by `orgdesk report` and `orgdesk review`: the scope (--org | --project | --user,
// none = everything), the state (--at now|SNAPSHOT) and writing a document to --out or stdout.
// Syntax only; what the names mean is decided by the services.
import fs from 'node:fs';
import type { ReportAt, ReportScope } from '../../../shared/contract/index';
import type { CliContext } from '../context';
import { CommandFailure, UsageError } from '../errors';

export const SCOPE_OPTIONS = {
  org: { type: 'string' },
  project: { type: 'string' },
  user: { type: 'string' },
  at: { type: 'string' },
} as const;

export function scopeFromFlags(values: { org?: string | undefined; project?: string | undefined; user?: string | undefined }): ReportScope {
  const given = (['org', 'project', 'user'] as const).filter((k) => values[k] !== undefined);
  if (given.length > 1) throw new UsageError(`--${given.join(' and --')} cannot be combined: a report covers one org, one project, one user, or (no flag) everything`);
  if (values.org !== undefined) return { kind: 'org', org: values.org };
  if (values.project !== undefined) return { kind: 'project', project: values.project };
  if (values.user !== undefined) return { kind: 'user', user: values.user };
  return { kind: 'all' };
}

export function atFromFlag(value: string | undefined): ReportAt | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'now') return 'now';
  if (/^[1-9][0-9]*$/.test(v)) return Number(v);
  throw new UsageError(`invalid value '${value}' for --at: use now or a snapshot id (see \`orgdesk snapshots\`)`);
}

/** Writes `content` to FILE, or to stdout when no --out was given. */
export function writeOut(ctx: CliContext, out: string | undefined, content: string, what: string): void {
  if (out === undefined) {
    ctx.io.stdout.write(content);
    return;
  }
  try {
    fs.writeFileSync(out, content, 'utf8');
  } catch (err) {
    throw new CommandFailure(`cannot write ${out}: ${err instanceof Error ? err.message : String(err)}`);
  }
  ctx.io.stderr.write(`Wrote ${what} to ${out}\n`);
}
