// The access heatmap's use cases: windows of the filtered layout, what-ifs, the orgs pivot's
// cell explanation and the CSV of what is on screen. The whole-workspace access pass runs once
// per workspace version, in slices that keep the event loop answering, and is warmed in the
// background after open and edits (main/heatmap/modelCache.ts); layouts and what-ifs are kept
// with the model they were computed from, so they go when it goes. Read-only: no method writes.
import type { HeatmapQuery, MethodOutput, ParsedInput, WhatIfChange } from '../../shared/contract/index';
import { HeatmapQuerySchema } from '../../shared/contract/index';
import type { Level } from '../../shared/domain/index';
import { LEVELS } from '../../shared/domain/index';
import { AppError } from '../../shared/rpc/index';
import { ACTIVE_OUTBOX_STATES } from '../db/repos/outbox';
import type { ResolvedChange } from '../heatmap/changes';
import { planChange } from '../heatmap/changes';
import { heatmapCsv } from '../heatmap/exportCsv';
import type { Layout } from '../heatmap/layout';
import { buildLayoutSteps } from '../heatmap/layout';
import type { HeatmapModel } from '../heatmap/model';
import type { Computed, ModelCacheOptions } from '../heatmap/modelCache';
import { createModelCache } from '../heatmap/modelCache';
import { explainOrgCell } from '../heatmap/orgCell';
import type { WhatIfDiff } from '../heatmap/whatIf';
import { diffOverlay } from '../heatmap/whatIf';
import { encodeWindow } from '../heatmap/window';
import type { ServiceContext } from './context';
import { resolveOrg, resolveProject, resolveUser } from './refs';

const LAYOUT_CACHE = 8;
const FIRST_SCREEN = HeatmapQuerySchema.parse({});
const GROUP_USERS = 20;

interface Derived {
  layouts: Map<string, Promise<Layout>>;
  diffs: Map<string, WhatIfDiff>;
}

export function createHeatmapService(ctx: ServiceContext, options: ModelCacheOptions = {}) {
  const { repos } = ctx;
  // The warm-up also lays out the view as it first opens, so the first window only encodes.
  const cache = createModelCache<Derived>(ctx.db, ctx.events, () => ({ layouts: new Map(), diffs: new Map() }), options, (c) => layoutFor(c, FIRST_SCREEN));

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

  function diffFor(m: HeatmapModel, diffs: Derived['diffs'], change: WhatIfChange): WhatIfDiff {
    const key = JSON.stringify(change);
    let d = diffs.get(key);
    if (!d) {
      const planned = planChange(m, resolveChange(change));
      d = { description: planned.description, note: planned.note, ...diffOverlay(m, planned.overlay, planned.overlayIsBefore) };
      diffs.set(key, d);
    }
    return d;
  }

  /** Layouts are built in slices too (one pass over every cell); callers of one query share it. */
  function layoutFor({ model: m, derived }: Computed<Derived>, q: HeatmapQuery): Promise<Layout> {
    const { layouts } = derived;
    const { pivot, text, project, org, minLevel, routes, multiOrg, rowSort, colSort, whatIf, onlyChanged } = q;
    const key = JSON.stringify({ pivot, text, project, org, minLevel, routes, multiOrg, rowSort, colSort, whatIf, onlyChanged });
    const hit = layouts.get(key);
    if (hit) {
      layouts.delete(key);
      layouts.set(key, hit);
      return hit;
    }
    const orgIndex = org === undefined ? -1 : (m.snapshot.orgs.index.get(resolveOrg(repos, org).id) ?? -1);
    const layout = cache.run(buildLayoutSteps(m, q, orgIndex, whatIf ? diffFor(m, derived.diffs, whatIf) : null));
    layout.catch(() => {
      if (layouts.get(key) === layout) layouts.delete(key);
    });
    layouts.set(key, layout);
    if (layouts.size > LAYOUT_CACHE) layouts.delete(layouts.keys().next().value as string);
    return layout;
  }

  return {
    async window(input: ParsedInput<'heatmap.window'>): Promise<MethodOutput<'heatmap.window'>> {
      const c = await cache.get();
      return encodeWindow(c.model, await layoutFor(c, input), input, c.version);
    },

    async whatIf(input: ParsedInput<'heatmap.whatIf'>): Promise<MethodOutput<'heatmap.whatIf'>> {
      const { model: m, derived } = await cache.get();
      const d = diffFor(m, derived.diffs, input.change);
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

    async orgCell(input: ParsedInput<'heatmap.orgCell'>): Promise<MethodOutput<'heatmap.orgCell'>> {
      const org = resolveOrg(repos, input.org).id;
      const project = resolveProject(repos, input.project).id;
      return explainOrgCell((await cache.get()).model, org, project);
    },

    async exportCsv(input: ParsedInput<'heatmap.exportCsv'>): Promise<MethodOutput<'heatmap.exportCsv'>> {
      const c = await cache.get();
      const content = heatmapCsv(c.model, await layoutFor(c, input));
      return { name: `heatmap-${input.pivot}${input.whatIf && input.onlyChanged ? '-what-if' : ''}.csv`, content };
    },

    /** A computation is in flight or a warm-up is scheduled (benchmarks, tests). */
    busy(): boolean {
      return cache.busy();
    },

    /** Stops warm-ups and the computation in flight (the app is closing this workspace). */
    close(): void {
      cache.close();
    },
  };
}
export type HeatmapService = ReturnType<typeof createHeatmapService>;
