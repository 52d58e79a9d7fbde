// `orgdesk members` (the membership matrix) and `orgdesk member add|set|remove` (queued edits).
// Every edit goes through router.dispatch, so the services check the acting user's rights and
// write the outbox entry; this module only parses flags and prints results.
import { LEVELS } from '../../../shared/domain/index';
import type { Matrix, MemberRow, RemovalImpactView } from '../../../shared/contract/index';
import { COMMON_OPTIONS, optionalBool, optionalChoice, outputFormat, parseCommand, takePositionals } from '../args';
import type { CliContext } from '../context';
import { toCsv } from '../../csv/csvWriter';
import { UsageError } from '../errors';
import { formatTable } from '../table';
import type { Command, Subcommand } from './command';
import { handleCommon } from './common';
import { membershipCell, PENDING_NOTE } from './format';
import { groupCommand } from './group';

const ORG_LEVELS = ['ADMIN', 'MEMBER'] as const;

const MEMBERS_HELP = `usage: orgdesk [--workspace FILE] members [--org ORG] [--json|--csv]

The membership matrix: one row per user, one column per org. A MEMBER cell names the flags
that differ from the defaults (billable, no app access, projects LEVEL); * marks edits not
yet synced.

  --org ORG   only this org's column (and its members)
  --json      {"orgs": [ORG...], "rows": [{"user", "memberships": {ORG: {"level",
              "allowBillableActivities", "appAccess", "projectAccess"}}}]}
  --csv       the same matrix as CSV (UTF-8 with BOM, CRLF) on stdout
`;

/** Cells for the table and the CSV; the CSV leaves out pending marks (a spreadsheet keeps no sync state). */
export function matrixRows(matrix: Matrix, markPending: boolean): string[][] {
  return matrix.rows.map((r) => [
    r.user,
    r.name,
    ...matrix.orgs.map((org) => {
      const m = r.memberships[org];
      return m === undefined ? '' : membershipCell({ ...m, pending: markPending && m.pending });
    }),
  ]);
}

export const membersCommand: Command = {
  name: 'members',
  summary: 'the membership matrix: one row per user, one column per org',
  help: MEMBERS_HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: { ...COMMON_OPTIONS, org: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, MEMBERS_HELP)) return 0;
    takePositionals(positionals, []);
    const format = outputFormat(values);
    const matrix = await ctx.call('members.matrix', values.org === undefined ? {} : { org: values.org });
    if (format === 'json') {
      ctx.printJson(matrix);
      return 0;
    }
    if (format === 'csv') {
      ctx.io.stdout.write(toCsv(['user', 'name', ...matrix.orgs], matrixRows(matrix, false)));
      return 0;
    }
    const rows = matrixRows(matrix, true);
    if (rows.length === 0) {
      ctx.print('No members in this workspace. Run `orgdesk demo` to load the demo.');
      return 0;
    }
    ctx.print(formatTable(['USER', 'NAME', ...matrix.orgs], rows));
    if (matrix.rows.some((r) => Object.values(r.memberships).some((m) => m.pending))) ctx.print(PENDING_NOTE);
    return 0;
  },
};

const FLAG_HELP = `  --level ADMIN|MEMBER                  org level (an ADMIN's flags are fixed)
  --billable true|false                 allowBillableActivities
  --app-access true|false               appAccess
  --project-access NONE|VIEW|UPLOAD|CONTRIBUTE|ADMINISTER
                                        cap on projects reached through the org
  --json                                print the resulting member row as JSON
Booleans accept true/false, yes/no, 1/0.`;

const FLAG_OPTIONS = {
  ...COMMON_OPTIONS,
  level: { type: 'string' },
  billable: { type: 'string' },
  'app-access': { type: 'string' },
  'project-access': { type: 'string' },
  json: { type: 'boolean' },
} as const;

function memberFlags(values: { level?: string; billable?: string; 'app-access'?: string; 'project-access'?: string }) {
  return {
    level: optionalChoice('level', values.level, ORG_LEVELS),
    allowBillableActivities: optionalBool('billable', values.billable),
    appAccess: optionalBool('app-access', values['app-access']),
    projectAccess: optionalChoice('project-access', values['project-access'], LEVELS),
  };
}

function printMember(ctx: CliContext, verb: string, row: MemberRow, json: boolean | undefined): void {
  if (json) {
    ctx.printJson(row);
    return;
  }
  const as = membershipCell({ ...row, pending: false });
  const what = verb === 'invite' ? `invite ${row.user} (${row.name}) to ${row.org} as ${as}` : `${row.user} (${row.name}) in ${row.org} becomes ${as}`;
  ctx.print(`Queued: ${what}.`);
  ctx.print('The edit is pending until `orgdesk sync` sends it to the platform.');
}

function memberChange(name: 'add' | 'set'): Subcommand {
  const help = `usage: orgdesk [--workspace FILE] member ${name} ORG USER [--level L] [--billable B] [--app-access B] [--project-access L]

${name === 'add' ? 'Queues an invite of USER to ORG. Unset flags take the defaults for a new MEMBER\n(not billable, app access, projects CONTRIBUTE).' : 'Queues a change of USER\'s level or flags in ORG. When demoting an ADMIN, unset flags take\nthe MEMBER defaults.'}
USER is user-…, a handle or an email.

${FLAG_HELP}
`;
  return {
    name,
    help,
    async run(args, ctx) {
      const { values, positionals } = parseCommand({ args, options: FLAG_OPTIONS, allowPositionals: true });
      if (handleCommon(values, ctx, help)) return 0;
      const [org = '', user = ''] = takePositionals(positionals, ['ORG', 'USER']);
      const flags = memberFlags(values);
      if (name === 'set' && Object.values(flags).every((v) => v === undefined)) {
        throw new UsageError('`member set` needs at least one of --level, --billable, --app-access, --project-access');
      }
      const row = await ctx.call(name === 'add' ? 'members.invite' : 'members.update', { org, user, ...flags });
      printMember(ctx, name === 'add' ? 'invite' : 'change', row, values.json);
      return 0;
    },
  };
}

const REMOVE_HELP = `usage: orgdesk [--workspace FILE] member remove ORG USER [--keep-project-permissions] [--keep-app-permissions] [--dry-run] [--json]

Queues the removal of USER from ORG. Every route through ORG is dropped; by default USER's
direct grants on projects billed to ORG and authorizations on apps billed to ORG go too.

  --keep-project-permissions   keep USER's direct grants on projects billed to ORG
  --keep-app-permissions       keep USER's app authorizations on apps billed to ORG
  --dry-run                    only print what USER would lose; nothing is queued
  --json                       {"projectsLost": [{"project", "name", "from", "to"}], "appsLost": [APP...], ...}
`;

export function removalJson(impact: RemovalImpactView, dryRun: boolean): Record<string, unknown> {
  return {
    org: impact.org,
    user: impact.user,
    dryRun,
    projectsLost: impact.projectsLost,
    appsLost: impact.appsLost.map((a) => a.app),
    appNames: Object.fromEntries(impact.appsLost.map((a) => [a.app, a.name])),
    directGrantsRevoked: impact.directGrantsRevoked,
  };
}

function printRemoval(ctx: CliContext, impact: RemovalImpactView, dryRun: boolean): void {
  const head = dryRun
    ? `Removing ${impact.user} from ${impact.org} would change:`
    : `Queued: remove ${impact.user} from ${impact.org}. Changes once synced:`;
  ctx.print(head);
  if (impact.projectsLost.length === 0 && impact.appsLost.length === 0 && impact.directGrantsRevoked.length === 0) {
    ctx.print('  no project or app access is lost');
    return;
  }
  if (impact.projectsLost.length > 0) {
    ctx.print('Projects losing access:');
    ctx.print(formatTable(['  PROJECT', 'ID', 'FROM', 'TO'], impact.projectsLost.map((p) => [`  ${p.name}`, p.project, p.from, p.to])));
  }
  if (impact.appsLost.length > 0) {
    ctx.print('Apps they can no longer run:');
    ctx.print(formatTable(['  APP', 'ID'], impact.appsLost.map((a) => [`  ${a.name}`, a.app])));
  }
  if (impact.directGrantsRevoked.length > 0) {
    ctx.print('Direct grants revoked:');
    ctx.print(formatTable(['  PROJECT', 'ID', 'LEVEL'], impact.directGrantsRevoked.map((g) => [`  ${g.name}`, g.project, g.level])));
  }
}

const memberRemove: Subcommand = {
  name: 'remove',
  help: REMOVE_HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: {
        ...COMMON_OPTIONS,
        'keep-project-permissions': { type: 'boolean' },
        'keep-app-permissions': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
      },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, REMOVE_HELP)) return 0;
    const [org = '', user = ''] = takePositionals(positionals, ['ORG', 'USER']);
    const input = {
      org,
      user,
      revokeProjectPermissions: !values['keep-project-permissions'],
      revokeAppPermissions: !values['keep-app-permissions'],
    };
    const dryRun = values['dry-run'] === true;
    const impact = await ctx.call(dryRun ? 'members.previewRemoval' : 'members.remove', input);
    if (values.json) ctx.printJson(removalJson(impact, dryRun));
    else printRemoval(ctx, impact, dryRun);
    return 0;
  },
};

export const memberCommand: Command = groupCommand('member', 'queue an invite, a change of level/flags, or a removal', [
  memberChange('add'),
  memberChange('set'),
  memberRemove,
]);
