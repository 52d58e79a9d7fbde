// `orgdesk access` (effective access by user or by project, with the route of each) and
// `orgdesk explain` (every route for one user and project). The rule itself lives in
// shared/domain via the services; this module shapes the public JSON and the text/CSV views.
import type { AccessByProject, AccessByUser, Explanation } from '../../../shared/contract/index';
import { COMMON_OPTIONS, outputFormat, parseCommand, takePositionals } from '../args';
import type { CliContext } from '../context';
import { toCsv } from '../../csv/csvWriter';
import { UsageError } from '../errors';
import { formatTable } from '../table';
import type { Command } from './command';
import { handleCommon } from './common';
import { routeLine, viaText } from './format';

/** One CSV layout for both views, so `export access` can reuse it: who, what, level, how. */
export const ACCESS_CSV_HEADER = ['user', 'user name', 'project', 'project name', 'level', 'via'];

const ACCESS_HELP = `usage: orgdesk [--workspace FILE] access --user USER | --project PROJECT [--json|--csv]

Effective access with the route of each: the projects USER reaches, or the users who
reach PROJECT. Projects or users at NONE are left out.

  --user USER         user-…, a handle or an email
  --project PROJECT   project-… or its exact name
  --json              --user:    {"user", "projects": [{"project", "name", "level", "routes": [...]}], "apps": [...]}
                      --project: {"project", "users": [{"user", "level", "routes": [...]}]}
  --csv               user, user name, project, project name, level, via (UTF-8 with BOM, CRLF)
`;

export function accessByUserJson(view: AccessByUser): AccessByUser {
  return { ...view, projects: view.projects.filter((p) => p.level !== 'NONE') };
}

export function accessByProjectJson(view: AccessByProject): AccessByProject {
  return { ...view, users: view.users.filter((u) => u.level !== 'NONE') };
}

function printByUser(ctx: CliContext, view: AccessByUser, format: 'text' | 'csv'): void {
  if (format === 'csv') {
    ctx.io.stdout.write(toCsv(ACCESS_CSV_HEADER, view.projects.map((p) => [view.user, view.name, p.project, p.name, p.level, viaText(p.routes)])));
    return;
  }
  ctx.print(`${view.user} (${view.name})`);
  if (view.projects.length === 0) ctx.print('No access to any project.');
  else ctx.print(formatTable(['PROJECT', 'ID', 'LEVEL', 'VIA'], view.projects.map((p) => [p.name, p.project, p.level, viaText(p.routes)])));
  if (view.apps.length > 0) {
    const routeText = (a: AccessByUser['apps'][number]): string =>
      a.routes.filter((r) => r.grants).map((r) => (r.kind === 'org' ? `via ${r.org ?? '?'}` : r.kind)).join(', ');
    ctx.print('');
    ctx.print(formatTable(['APP', 'ID', 'CAN RUN', 'VIA'], view.apps.map((a) => [a.name, a.app, a.allowed ? 'yes' : 'no', routeText(a)])));
  }
}

function printByProject(ctx: CliContext, view: AccessByProject, format: 'text' | 'csv'): void {
  if (format === 'csv') {
    ctx.io.stdout.write(toCsv(ACCESS_CSV_HEADER, view.users.map((u) => [u.user, u.name, view.project, view.name, u.level, viaText(u.routes)])));
    return;
  }
  ctx.print(`${view.name} (${view.project})`);
  if (view.users.length === 0) ctx.print('Nobody has access.');
  else ctx.print(formatTable(['USER', 'NAME', 'LEVEL', 'VIA'], view.users.map((u) => [u.user, u.name, u.level, viaText(u.routes)])));
}

export const accessCommand: Command = {
  name: 'access',
  summary: 'effective access with the route of each, by user or by project',
  help: ACCESS_HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: {
        ...COMMON_OPTIONS,
        user: { type: 'string' },
        project: { type: 'string' },
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
      },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, ACCESS_HELP)) return 0;
    takePositionals(positionals, []);
    const format = outputFormat(values);
    if ((values.user === undefined) === (values.project === undefined)) {
      throw new UsageError('`access` needs exactly one of --user USER or --project PROJECT');
    }
    if (values.user !== undefined) {
      const view = accessByUserJson(await ctx.call('access.byUser', { user: values.user }));
      if (format === 'json') ctx.printJson(view);
      else printByUser(ctx, view, format);
      return 0;
    }
    const view = accessByProjectJson(await ctx.call('access.byProject', { project: values.project ?? '' }));
    if (format === 'json') ctx.printJson(view);
    else printByProject(ctx, view, format);
    return 0;
  },
};

const EXPLAIN_HELP = `usage: orgdesk [--workspace FILE] explain USER PROJECT [--json]

Every route by which USER reaches PROJECT (direct grant, each org, public), the winning
one, and the cap that limited each org route; then what the level allows after the
project's policy overrides.

  --json   {"user", "project", "level", "routes": [{"kind", "org"?, "orgLevel"?, "cap"?, "level", "winning"}], ...}
`;

function capabilityText(e: Explanation): string {
  const allowed = Object.entries(e.capabilities)
    .filter(([, ok]) => ok)
    .map(([name]) => name);
  return allowed.length > 0 ? allowed.join(', ') : 'nothing';
}

export const explainCommand: Command = {
  name: 'explain',
  summary: 'every route, the winning one, the cap on each org route',
  help: EXPLAIN_HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: { ...COMMON_OPTIONS, json: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, EXPLAIN_HELP)) return 0;
    const [user = '', project = ''] = takePositionals(positionals, ['USER', 'PROJECT']);
    const e = await ctx.call('access.explain', { user, project });
    if (values.json) {
      ctx.printJson(e);
      return 0;
    }
    ctx.print(`${e.user} on ${e.projectName} (${e.project}): ${e.level}`);
    if (e.routes.length === 0) ctx.print('  no route: no direct grant, no org grant reaching this user, not public');
    for (const r of e.routes) ctx.print(`  ${r.winning ? '*' : ' '} ${routeLine(r)}${r.winning ? '  (winning)' : ''}`);
    ctx.print(`allows: ${capabilityText(e)}`);
    return 0;
  },
};
