// Diff filters: resolve the user, org, project and app references against both sides (a
// project removed since `from` can still be named), then keep the matching items. An
// unknown reference is an error naming the field, never an empty diff that looks like "no change".
import type { AppAccessChange, DiffFilters, EffectiveChange, StructuralChange } from '../../../shared/contract/audit';
import { CAPABILITY_KEYS } from '../../../shared/contract/audit';
import type { Level } from '../../../shared/domain/index';
import { atLeast } from '../../../shared/domain/index';
import { AppError } from '../../../shared/rpc/index';
import type { StateIndex } from './stateIndex';

export interface ResolvedFilters {
  user?: string;
  org?: string;
  project?: string;
  app?: string;
  kinds?: ReadonlySet<string>;
  gained?: string;
}

export function resolveFilters(f: DiffFilters, b: StateIndex, a: StateIndex): ResolvedFilters {
  const out: ResolvedFilters = {};
  if (f.user !== undefined) out.user = resolveUser(f.user, b, a);
  if (f.org !== undefined) out.org = resolveOrg(f.org, b, a);
  if (f.project !== undefined) out.project = resolveNamed('project', f.project, [...b.projects.values(), ...a.projects.values()]);
  if (f.app !== undefined) out.app = resolveNamed('app', f.app, [...b.apps.values(), ...a.apps.values()]);
  if (f.kinds !== undefined) out.kinds = new Set(f.kinds);
  if (f.gained !== undefined) out.gained = f.gained;
  return out;
}

function known(id: string, b: StateIndex, a: StateIndex): boolean {
  return b.everyone.has(id) || a.everyone.has(id);
}

function resolveUser(ref: string, b: StateIndex, a: StateIndex): string {
  if (known(ref, b, a)) return ref;
  if (known(`user-${ref}`, b, a)) return `user-${ref}`;
  const byEmail = a.emails.get(ref.toLowerCase()) ?? b.emails.get(ref.toLowerCase());
  if (byEmail) return byEmail;
  throw new AppError('NotFound', `user: no user ${ref} in either state of this diff (use user-…, a handle or an email)`, { field: 'user' });
}

function resolveOrg(ref: string, b: StateIndex, a: StateIndex): string {
  const has = (id: string) => b.orgNames.has(id) || a.orgNames.has(id) || b.byOrg.has(id) || a.byOrg.has(id);
  if (has(ref)) return ref;
  if (has(`org-${ref}`)) return `org-${ref}`;
  throw new AppError('NotFound', `org: no org ${ref} in either state of this diff (use org-…)`, { field: 'org' });
}

function resolveNamed(field: 'project' | 'app', ref: string, items: ReadonlyArray<{ id: string; name: string }>): string {
  if (items.some((i) => i.id === ref)) return ref;
  const ids = [...new Set(items.filter((i) => i.name === ref).map((i) => i.id))];
  if (ids.length === 1 && ids[0] !== undefined) return ids[0];
  if (ids.length > 1) throw new AppError('InvalidInput', `${field}: ${ids.length} ${field}s are named ${ref} (${ids.join(', ')}); use the id`, { field });
  throw new AppError('NotFound', `${field}: no ${field} ${ref} in either state of this diff (use its id or exact name)`, { field });
}

const LEVEL_GAINS = new Set<string>(['VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER']);

export function gainedMatches(e: EffectiveChange, gained: string): boolean {
  if (LEVEL_GAINS.has(gained)) return !atLeast(e.before, gained as Level) && atLeast(e.after, gained as Level);
  return (CAPABILITY_KEYS as readonly string[]).includes(gained) && (e.capabilitiesGained as readonly string[]).includes(gained);
}

function routesName(e: { routesBefore: ReadonlyArray<{ org?: string }>; routesAfter: ReadonlyArray<{ org?: string }> }, org: string): boolean {
  return e.routesBefore.some((r) => r.org === org) || e.routesAfter.some((r) => r.org === org);
}

export function applyFilters(
  f: ResolvedFilters,
  items: { structural: StructuralChange[]; effective: EffectiveChange[]; apps: AppAccessChange[] },
): { structural: StructuralChange[]; effective: EffectiveChange[]; apps: AppAccessChange[] } {
  const effective = items.effective.filter(
    (e) =>
      (f.user === undefined || e.user === f.user) &&
      (f.org === undefined || routesName(e, f.org)) &&
      (f.project === undefined || e.project === f.project) &&
      f.app === undefined &&
      (f.kinds === undefined || f.kinds.has(e.change)) &&
      (f.gained === undefined || gainedMatches(e, f.gained)),
  );
  const apps = items.apps.filter(
    (e) =>
      (f.user === undefined || e.user === f.user) &&
      (f.org === undefined || routesName(e, f.org)) &&
      f.project === undefined &&
      (f.app === undefined || e.app === f.app) &&
      (f.kinds === undefined || f.kinds.has(e.change)) &&
      // An app run right is not a project level or capability.
      f.gained === undefined,
  );
  let structural = items.structural.filter(
    (s) =>
      (f.user === undefined || s.user === f.user || s.principal === f.user) &&
      (f.org === undefined || s.org === f.org || s.principal === f.org) &&
      (f.project === undefined || s.project === f.project) &&
      (f.app === undefined || s.app === f.app) &&
      (f.kinds === undefined || f.kinds.has(s.kind)),
  );
  if (f.gained !== undefined) {
    // "Who gained X" lists the gains and only the structural changes behind them.
    const causes = new Set(effective.flatMap((e) => e.causedBy));
    structural = structural.filter((s) => causes.has(s.key));
  }
  return { structural, effective, apps };
}
