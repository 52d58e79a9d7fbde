// `orgdesk diff A B`: what changed in access between two snapshots (or a snapshot and now):
// structural changes, then effective access per user and project and per user and app, each
// with its routes before and after and the cause. Shapes output only; the diff is computed
// behind snapshots.diff.
import type { Diff, DiffFilters, DiffSide, EffectiveChange } from '../../../shared/contract/audit';
import { DIFF_KINDS, GAINED_VALUES } from '../../../shared/contract/audit';
import { appRouteList, diffCsv, routeList } from '../../audit/diff/diffCsv';
import { COMMON_OPTIONS, describeChoices, outputFormat, parseChoice, parseCommand, takePositionals } from '../args';
import type { CliContext } from '../context';
import { UsageError } from '../errors';
import { formatTable } from '../table';
import type { Command } from './command';
import { handleCommon } from './common';
import { shortHash, timeText } from './snapshots';

const HELP = `usage: orgdesk [--workspace FILE] diff A B [--json|--csv] [--user U] [--org O] [--project P]
                                      [--app APP] [--kind K[,K…]] [--gained X]

What changed in access from snapshot A to snapshot B (\`orgdesk snapshots\` lists the ids).
A may be \`latest\`; B may be \`now\` (the workspace as it is) or \`latest\`.

Structural changes (memberships, grants, settings, app authorizations, …), then the
effective changes they cause: per user and project granted, revoked, raised, lowered or
capabilities (same level, other rights after a settings flip), and per user and app granted
or revoked, each with the routes before and after and the route that made the difference.

  --user U       one user (user-…, a handle or an email)
  --org O        changes to or through one org
  --project P    one project (project-… or its exact name)
  --app APP      one app (app-… or its name)
  --kind K       keep only these kinds: ${describeChoices(DIFF_KINDS)}
  --gained X     who gained a level (${GAINED_VALUES.slice(0, 4).join(', ')}) or a capability (download, copy, administer, …)
  --json         the whole diff as one JSON document ({"from", "to", "identical", "structural", "effective", "apps", "summary"})
  --csv          one row per change (UTF-8 with BOM, CRLF)

Example: orgdesk diff 3 now --gained ADMINISTER
`;

type Ref = number | 'now' | 'latest';

function parseRef(name: 'A' | 'B', raw: string): Ref {
  const v = raw.trim().toLowerCase();
  if (v === 'latest') return 'latest';
  if (v === 'now') {
    if (name === 'A') throw new UsageError('A must be a snapshot id or latest (only B may be now)');
    return 'now';
  }
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`invalid ${name} '${raw}': use a snapshot id from \`orgdesk snapshots\`${name === 'B' ? ', now' : ''} or latest`);
  return Number(v);
}

async function resolveRef(ctx: CliContext, ref: Ref): Promise<number | 'now'> {
  if (ref !== 'latest') return ref;
  const { snapshots } = await ctx.call('snapshots.list', {});
  const last = snapshots[snapshots.length - 1];
  if (!last) throw new UsageError('there are no snapshots yet, so `latest` names none: run `orgdesk sync` or `orgdesk snapshot take`');
  return last.id;
}

function parseKinds(raw: string[] | undefined): DiffFilters['kinds'] {
  if (raw === undefined) return undefined;
  return raw.flatMap((r) => r.split(',')).map((k) => parseChoice('kind', k, DIFF_KINDS));
}

export const diffCommand: Command = {
  name: 'diff',
  summary: 'access changes between two snapshots (or a snapshot and now), with routes',
  help: HELP,
  async run(args, ctx) {
    const { values, positionals } = parseCommand({
      args,
      options: {
        ...COMMON_OPTIONS,
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
        user: { type: 'string' },
        org: { type: 'string' },
        project: { type: 'string' },
        app: { type: 'string' },
        kind: { type: 'string', multiple: true },
        gained: { type: 'string' },
      },
      allowPositionals: true,
    });
    if (handleCommon(values, ctx, HELP)) return 0;
    const [a = '', b = ''] = takePositionals(positionals, ['A', 'B']);
    const format = outputFormat(values);
    const fromRef = parseRef('A', a);
    const toRef = parseRef('B', b);
    const filters: DiffFilters = {};
    for (const key of ['user', 'org', 'project', 'app'] as const) {
      const v = values[key];
      if (v !== undefined) {
        if (v.trim() === '') throw new UsageError(`--${key} needs a value`);
        filters[key] = v;
      }
    }
    const kinds = parseKinds(values.kind);
    if (kinds) filters.kinds = kinds;
    if (values.gained !== undefined) filters.gained = parseChoice('gained', values.gained, GAINED_VALUES);
    const from = await resolveRef(ctx, fromRef);
    if (from === 'now') throw new UsageError('A must be a snapshot');
    const diff = await ctx.call('snapshots.diff', { from, to: await resolveRef(ctx, toRef), filters });
    if (format === 'json') ctx.printJson(diff);
    else if (format === 'csv') ctx.io.stdout.write(diffCsv(diff));
    else ctx.print(diffText(diff));
    return 0;
  },
};

function sideText(s: DiffSide): string {
  if (s.kind === 'now') return `now (hash ${shortHash(s.hash)})`;
  const label = s.label ? ` "${s.label}"` : '';
  return `snapshot ${s.id ?? '?'}${label} (${s.source ?? '?'}, ${s.takenAt === null ? '?' : timeText(s.takenAt)}, hash ${shortHash(s.hash)})`;
}

export function diffText(d: Diff): string {
  const lines: string[] = [`from ${sideText(d.from)}`, `to   ${sideText(d.to)}`, ''];
  if (d.identical) lines.push('The two states are identical (same hash): nothing access-relevant changed.');
  else if (d.structural.length + d.effective.length + d.apps.length === 0) lines.push('No change matches the filters.');
  if (d.structural.length > 0) {
    lines.push(`Structural changes (${d.structural.length})`);
    lines.push(formatTable(['KIND', 'CHANGE', 'WHAT'], d.structural.map((s) => [s.kind, s.change, s.summary])).trimEnd(), '');
  }
  if (d.effective.length > 0) {
    lines.push(`Project access (${effectSummary(d)})`);
    for (const e of d.effective) lines.push(...effectLines(e));
    lines.push('');
  }
  if (d.apps.length > 0) {
    lines.push(`App access (${d.summary.appsGranted} granted, ${d.summary.appsRevoked} revoked)`);
    for (const e of d.apps) {
      lines.push(`  ${e.user} (${e.userName})  ${e.appName} (${e.app})  ${e.change === 'granted' ? 'can now run it' : 'can no longer run it'}`);
      lines.push(`      before: ${appRouteList(e.routesBefore)}`, `      after:  ${appRouteList(e.routesAfter)}`, `      cause:  ${e.causeSummary}`);
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

function effectSummary(d: Diff): string {
  const s = d.summary;
  const parts = (['granted', 'revoked', 'raised', 'lowered', 'capabilities'] as const).filter((k) => s[k] > 0).map((k) => `${s[k]} ${k}`);
  return parts.join(', ');
}

function effectLines(e: EffectiveChange): string[] {
  const caps = [
    ...(e.capabilitiesGained.length > 0 ? [`gains ${e.capabilitiesGained.join(', ')}`] : []),
    ...(e.capabilitiesLost.length > 0 ? [`loses ${e.capabilitiesLost.join(', ')}`] : []),
  ].join('; ');
  return [
    `  ${e.user} (${e.userName})  ${e.projectName} (${e.project})  ${e.change}: ${e.before} → ${e.after}${caps ? `  [${caps}]` : ''}`,
    `      before: ${routeList(e.routesBefore)}`,
    `      after:  ${routeList(e.routesAfter)}`,
    `      cause:  ${e.causeSummary}`,
  ];
}
