// `orgdesk report`: the access report of a scope at now or a snapshot, as a text table, JSON,
// CSV, or a self-contained printable HTML file, to stdout or --out. Read-only; goes through
// router.dispatch like every other command.
import type { AccessReport } from '../../../shared/contract/index';
import { COMMON_OPTIONS, parseCommand, takePositionals } from '../args';
import { UsageError } from '../errors';
import { formatTable } from '../table';
import type { Command } from './command';
import { handleCommon } from './common';
import { SCOPE_OPTIONS, atFromFlag, scopeFromFlags, writeOut } from './reportScope';

const HELP = `usage: orgdesk [--workspace FILE] report [--org ORG | --project PROJECT | --user USER] [--at now|SNAPSHOT] [--csv | --html | --json] [--out FILE]

The access report: who has which level on which project and how (direct, via an org and
its cap, admin of an org, public), the projects' policy overrides, org members with their
level and flags, and app access that comes via an org. No scope flag = everything.

  --org ORG           one org: its members, the projects billed to or shared with it
  --project PROJECT   one project (project-… or its exact name)
  --user USER         one user (user-…, a handle or an email)
  --at SNAPSHOT       the state at a snapshot (\`orgdesk snapshots\`); default now
  --csv               CSV (UTF-8 with BOM, CRLF, formula-looking cells prefixed with ')
  --html              one self-contained, printable HTML file
  --json              {"meta", "access", "projects", "members", "apps"}
  --out FILE          write to FILE instead of stdout

Every format carries the scope, the snapshot id and the content hash of the state; for a
snapshot, \`orgdesk snapshots\` shows the same hash.

  orgdesk report --org org-lab --at 3 --html --out org-lab.html
  orgdesk report --user user-b --csv
`;

function textReport(r: AccessReport): string {
  const { meta } = r;
  const head = [
    `${meta.title}: ${meta.scope.kind === 'all' ? 'everything' : `${meta.scope.kind} ${meta.scope.id}`} at ${meta.source.kind === 'snapshot' ? `snapshot ${meta.source.id}` : 'now'}`,
    `content hash ${meta.hash}`,
    '',
  ].join('\n');
  const access = r.access.length ? formatTable(['USER', 'PROJECT', 'LEVEL', 'VIA'], r.access.map((a) => [a.user, a.projectName, a.level, a.via])) : 'No access in this scope.\n';
  const overrides = r.projects.filter((p) => p.overrides.some((o) => !o.isDefault) || p.restrictions.length > 0);
  const policy = overrides.length
    ? `\nPolicy overrides in force:\n${formatTable(['PROJECT', 'OVERRIDES'], overrides.map((p) => [p.name, [...p.overrides.filter((o) => !o.isDefault).map((o) => `${o.label}: ${o.value}`), ...p.restrictions].join(', ')]))}`
    : '';
  const members = r.members.length
    ? `\n${formatTable(['ORG', 'USER', 'LEVEL', 'BILLABLE', 'APP ACCESS', 'PROJECT ACCESS'], r.members.map((m) => [m.org, m.user, m.level, String(m.allowBillableActivities), String(m.appAccess), m.projectAccess]))}`
    : '';
  const apps = r.apps.length ? `\n${formatTable(['APP', 'USER', 'CAN RUN', 'HOW'], r.apps.map((a) => [a.appName, a.user, a.allowed ? 'yes' : 'no', a.how]))}` : '';
  return head + access + policy + members + apps;
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'access report of an org, project, user or everything (text, JSON, CSV, HTML)',
  help: HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: { ...COMMON_OPTIONS, ...SCOPE_OPTIONS, csv: { type: 'boolean' }, html: { type: 'boolean' }, json: { type: 'boolean' }, out: { type: 'string' } },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, HELP)) return 0;
    takePositionals(positionals, []);
    const formats = (['csv', 'html', 'json'] as const).filter((f) => values[f]);
    if (formats.length > 1) throw new UsageError(`--${formats.join(' and --')} cannot be combined; pick one`);
    const scope = scopeFromFlags(values);
    const at = atFromFlag(values.at) ?? 'now';
    const format = formats[0];
    if (format === 'csv' || format === 'html') {
      const out = await ctx.call('reports.access', { scope, at, format });
      if (!out.document) throw new Error('reports.access returned no document');
      writeOut(ctx, values.out, out.document.content, `the ${format.toUpperCase()} report (content hash ${out.meta.hash})`);
      return 0;
    }
    const out = await ctx.call('reports.access', { scope, at, format: 'rows' });
    if (!out.report) throw new Error('reports.access returned no rows');
    writeOut(ctx, values.out, format === 'json' ? `${JSON.stringify(out.report, null, 2)}\n` : textReport(out.report), 'the report');
    return 0;
  },
};
