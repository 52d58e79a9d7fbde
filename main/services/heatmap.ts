// The access heatmap's use cases: windows of the filtered layout, what-ifs, the orgs pivot's
// cell explanation and the CSV of what is on screen. The whole-workspace access pass runs once
// per workspace version and is kept here; it is dropped on every workspace.changed event and
// re-checked against SQLite's data_version + total_changes, so an edit from another process
// (the CLI next to the app) is never served stale. Read-only: no method writes anything.
import type { HeatmapQuery, MethodOutput, ParsedInput, WhatIfChange } from '../../shared/contract/index';
import type { Level } from '../../shared/domain/index';
import { LEVELS } from '../../shared/domain/index';
import { AppError } from '../../shared/rpc/index';
import { ACTIVE_OUTBOX_STATES } from '../db/repos/outbox';
import { workspaceVersion } from '../import/plan/workspaceVersion';
import type { ResolvedChange } from '../heatmap/changes';
import { planChange } from '../heatmap/changes';
import { heatmapCsv } from '../heatmap/exportCsv';
import type { Layout } from '../heatmap/layout';
import { buildLayout } from '../heatmap/layout';
import type { HeatmapModel } from '../heatmap/model';
import { buildModel } from '../heatmap/model';
import { explainOrgCell } from '../heatmap/orgCell';
import { loadSnapshot } from '../heatmap/snapshot';
import type { WhatIfDiff } from '../heatmap/whatIf';
import { diffOverlay } from '../heatmap/whatIf';
import { encodeWindow } from '../heatmap/window';
import type { ServiceContext } from './context';
import { resolveOrg, resolveProject, resolveUser } from './refs';

const LAYOUT_CACHE = 8;
const GROUP_USERS = 20;

export function createHeatmapService(ctx: ServiceContext) {
  const { repos } = ctx;
  const token = workspaceVersion(ctx.db);
  let generation = 0;
  let current: { token: string; version: string; model: HeatmapModel } | null = null;
  const layouts = new Map<string, Layout>();
  const diffs = new Map<string, WhatIfDiff>();

  const drop = (): void => {
    current = null;
    layouts.clear();
    diffs.clear();
  };
  ctx.events.subscribe((event) => {
    if (event === 'workspace.changed') drop();
  });

  function model(): { version: string; model: HeatmapModel } {
    const now = token();
    if (!current || current.token !== now) {
      drop();
      // One read transaction: every table from the same commit, even with a writer next door.
      const snapshot = ctx.db.transaction(() => loadSnapshot(ctx.db))();
      current = { token: now, version: `${++generation}`, model: buildModel(snapshot) };
    }
    return current;
  }

  function resolveChange(change: WhatIfChange): ResolvedChange {
    switch (change.kind) {
      case 'pending': {
        const entry = repos.outbox.get(change.entry);
        if (!entry) throw new AppError('NotFound', `entry: no outbox entry #${change.entry}`, { field: 'entry' });
        if (!ACTIVE_OUTBOX_STATES.includes(entry.state)) {
          throw new AppError('InvalidInput', `entry: #${entry.id} is ${entry.state}; only edits not yet synced can be compared`, { field: 'entry' });
        }
        return { kind: 'pending', entry };
      }
      case 'removeMember':
        return { kind: 'removeMember', org: resolveOrg(repos, change.org).id, user: resolveUser(repos, change.user).id, revokeProjectPermissions: change.revokeProjectPermissions };
      case 'setOrgGrant':
        return { kind: 'setOrgGrant', org: resolveOrg(repos, change.org).id, project: resolveProject(repos, change.project).id, level: change.level };
      case 'setProjectAccess':
        return { kind: 'setProjectAccess', org: resolveOrg(repos, change.org).id, user: resolveUser(repos, change.user).id, projectAccess: change.projectAccess };
    }
  }

  function diffFor(m: HeatmapModel, change: WhatIfChange): WhatIfDiff {
    const key = JSON.stringify(change);
    let d = diffs.get(key);
    if (!d) {
      const planned = planChange(m, resolveChange(change));
      d = { description: planned.description, note: planned.note, ...diffOverlay(m, planned.overlay, planned.overlayIsBefore) };
      diffs.set(key, d);
    }
    return d;
  }

  function layoutFor(m: HeatmapModel, q: HeatmapQuery): Layout {
    const { pivot, text, project, org, minLevel, routes, multiOrg, rowSort, colSort, whatIf, onlyChanged } = q;
    const key = JSON.stringify({ pivot, text, project, org, minLevel, routes, multiOrg, rowSort, colSort, whatIf, onlyChanged });
    const hit = layouts.get(key);
    if (hit) {
      layouts.delete(key);
      layouts.set(key, hit);
      return hit;
    }
    const orgIndex = org === undefined ? -1 : (m.snapshot.orgs.index.get(resolveOrg(repos, org).id) ?? -1);
    const layout = buildLayout(m, q, orgIndex, whatIf ? diffFor(m, whatIf) : null);
    layouts.set(key, layout);
    if (layouts.size > LAYOUT_CACHE) layouts.delete(layouts.keys().next().value as string);
    return layout;
  }

  return {
    window(input: ParsedInput<'heatmap.window'>): MethodOutput<'heatmap.window'> {
      const { version, model: m } = model();
      return encodeWindow(m, layoutFor(m, input), input, version);
    },

    whatIf(input: ParsedInput<'heatmap.whatIf'>): MethodOutput<'heatmap.whatIf'> {
      const { model: m } = model();
      const d = diffFor(m, input.change);
      const s = m.snapshot;
      const groups = new Map<string, MethodOutput<'heatmap.whatIf'>['groups'][number]>();
      const users = new Set<number>();
      const projects = new Set<number>();
      for (const c of d.cells) {
        users.add(c.u);
        projects.add(c.p);
        const key = `${c.p} ${c.from} ${c.to}`;
        let g = groups.get(key);
        if (!g) {
          g = { project: s.projects.ids[c.p] as string, projectName: s.projects.names[c.p] as string, from: LEVELS[c.from] as Level, to: LEVELS[c.to] as Level, count: 0, users: [] };
          groups.set(key, g);
        }
        g.count++;
        if (g.users.length < GROUP_USERS) g.users.push(s.users.ids[c.u] as string);
      }
      return {
        description: d.description,
        note: d.note,
        cells: d.cells.length,
        users: users.size,
        projects: projects.size,
        groups: [...groups.values()].sort((a, b) => b.count - a.count || a.projectName.localeCompare(b.projectName) || LEVELS.indexOf(b.from) - LEVELS.indexOf(a.from)),
      };
    },

    orgCell(input: ParsedInput<'heatmap.orgCell'>): MethodOutput<'heatmap.orgCell'> {
      const org = resolveOrg(repos, input.org).id;
      const project = resolveProject(repos, input.project).id;
      return explainOrgCell(model().model, org, project);
    },

    exportCsv(input: ParsedInput<'heatmap.exportCsv'>): MethodOutput<'heatmap.exportCsv'> {
      const { model: m } = model();
      const content = heatmapCsv(m, layoutFor(m, input));
      return { name: `heatmap-${input.pivot}${input.whatIf && input.onlyChanged ? '-what-if' : ''}.csv`, content };
    },
  };
}
export type HeatmapService = ReturnType<typeof createHeatmapService>;
