// `orgdesk project share|unshare|set`: queued grant changes and policy overrides. The UI's
// labels map to API flags here (scenarios.md): Copy access -> restricted, Delete access ->
// protected, Download access -> downloadRestricted. Rights are checked by the services.
import type { ProjectDetail } from '../../../shared/contract/index';
import type { ProjectSettings } from '../../../shared/domain/index';
import { COMMON_OPTIONS, optionalChoice, parseChoice, parseCommand, takePositionals } from '../args';
import type { CliContext } from '../context';
import { UsageError } from '../errors';
import type { Subcommand } from './command';
import { handleCommon } from './common';
import { groupCommand } from './group';

const GRANT_LEVELS = ['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'] as const;

function printProject(ctx: CliContext, what: string, detail: ProjectDetail, json: boolean | undefined): void {
  if (json) {
    ctx.printJson(detail);
    return;
  }
  ctx.print(`Queued: ${what} on ${detail.name} (${detail.id}).`);
  ctx.print('The edit is pending until `orgdesk sync` sends it to the platform.');
}

const SHARE_HELP = `usage: orgdesk [--workspace FILE] project share PROJECT PRINCIPAL --level L [--json]

Queues a grant of L on PROJECT to PRINCIPAL (user-…, org-… or PUBLIC), replacing any
existing grant. PROJECT is project-… or its exact name. Needs ADMINISTER on PROJECT.

  --level VIEW|UPLOAD|CONTRIBUTE|ADMINISTER   required
  --json                                      print the project as JSON
`;

const share: Subcommand = {
  name: 'share',
  help: SHARE_HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: { ...COMMON_OPTIONS, level: { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, SHARE_HELP)) return 0;
    const [project = '', principal = ''] = takePositionals(positionals, ['PROJECT', 'PRINCIPAL']);
    if (values.level === undefined) throw new UsageError('missing --level: use VIEW, UPLOAD, CONTRIBUTE or ADMINISTER');
    const level = parseChoice('level', values.level, GRANT_LEVELS);
    const detail = await ctx.call('projects.share', { project, principal, level });
    printProject(ctx, `share with ${principal} at ${level}`, detail, values.json);
    return 0;
  },
};

const UNSHARE_HELP = `usage: orgdesk [--workspace FILE] project unshare PROJECT PRINCIPAL [--json]

Queues the removal of PRINCIPAL's grant on PROJECT. Needs ADMINISTER on PROJECT.

  --json   print the project as JSON
`;

const unshare: Subcommand = {
  name: 'unshare',
  help: UNSHARE_HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: { ...COMMON_OPTIONS, json: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, UNSHARE_HELP)) return 0;
    const [project = '', principal = ''] = takePositionals(positionals, ['PROJECT', 'PRINCIPAL']);
    const detail = await ctx.call('projects.unshare', { project, principal });
    printProject(ctx, `unshare from ${principal}`, detail, values.json);
    return 0;
  },
};

const SET_HELP = `usage: orgdesk [--workspace FILE] project set PROJECT [--copy-access all|none] [--delete-access contributors|admins] [--download-access all|none] [--json]

Queues policy overrides on PROJECT. Needs ADMINISTER on PROJECT.

  --copy-access all|none                 Copy access: all members / no one (restricted)
  --delete-access contributors|admins    Delete access: contributors & admins / admins only (protected)
  --download-access all|none             Download access: all members / no one (downloadRestricted;
                                         turning it on also restricts the preview viewer)
  --json                                 print the project as JSON
`;

const set: Subcommand = {
  name: 'set',
  help: SET_HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: {
        ...COMMON_OPTIONS,
        'copy-access': { type: 'string' },
        'delete-access': { type: 'string' },
        'download-access': { type: 'string' },
        json: { type: 'boolean' },
      },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, SET_HELP)) return 0;
    const [project = ''] = takePositionals(positionals, ['PROJECT']);
    const copy = optionalChoice('copy-access', values['copy-access'], ['all', 'none'] as const);
    const del = optionalChoice('delete-access', values['delete-access'], ['contributors', 'admins'] as const);
    const download = optionalChoice('download-access', values['download-access'], ['all', 'none'] as const);
    const settings: Partial<ProjectSettings> = {
      ...(copy === undefined ? {} : { restricted: copy === 'none' }),
      ...(del === undefined ? {} : { protected: del === 'admins' }),
      ...(download === undefined ? {} : { downloadRestricted: download === 'none' }),
    };
    if (Object.keys(settings).length === 0) {
      throw new UsageError('`project set` needs at least one of --copy-access, --delete-access, --download-access');
    }
    const detail = await ctx.call('projects.updateSettings', { project, settings });
    const said = [
      copy && `copy access ${copy === 'all' ? 'all members' : 'no one'}`,
      del && `delete access ${del === 'admins' ? 'admins only' : 'contributors & admins'}`,
      download && `download access ${download === 'all' ? 'all members' : 'no one'}`,
    ].filter(Boolean);
    printProject(ctx, said.join(', '), detail, values.json);
    return 0;
  },
};

export const projectCommand = groupCommand('project', 'queue a grant change or policy overrides on a project', [share, unshare, set]);
