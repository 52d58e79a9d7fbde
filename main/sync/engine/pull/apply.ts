// The pull's write half: the snapshot into the workspace, one transaction per area, reading
// the active outbox targets inside each transaction so an edit made while the pull was
// fetching keeps its local value. Rows with local edits waiting keep their local values; rows
// gone from the platform go (unless edited); this module never writes outbox entries.
import type { Membership } from '../../../../shared/domain/index';
import type { OrgRecord, ProjectRecord } from '../../../db/repos/index';
import type { EngineContext } from '../context';
import { stableJson } from '../remote';
import { appTarget, grantTarget, memberTarget, orgTarget, parseTarget, projectTarget } from '../targets';
import type { RemoteSnapshot } from './snapshot';

interface Active {
  has(target: string): boolean;
  /** Any active target naming this org (org:O, member:O:*), project (project:P, grant:P:*) or app. */
  owns(owner: string): boolean;
}

function activeTargets(ctx: EngineContext): Active {
  const targets = ctx.repos.outbox.activeTargets();
  const owners = new Set<string>();
  for (const t of targets) {
    const parsed = parseTarget(t);
    if (parsed) owners.add(parsed.owner);
  }
  return { has: (t) => targets.has(t), owns: (o) => owners.has(o) };
}

const same = (a: unknown, b: unknown): boolean => stableJson(a) === stableJson(b);

export function applyOrgsAndMembers(ctx: EngineContext, snap: RemoteSnapshot): number {
  const { repos } = ctx;
  return ctx.tx(() => {
    const active = activeTargets(ctx);
    let changes = 0;
    const knownUsers = new Map(repos.users.getMany([...snap.users.keys()]).map((u) => [u.id, u]));
    for (const u of snap.users.values()) {
      if (same(knownUsers.get(u.id), u)) continue;
      repos.users.upsert(u);
      changes += 1;
    }
    const localOrgs = new Map(repos.orgs.all().map((o) => [o.id, o]));
    for (const o of snap.orgs.values()) {
      const local = localOrgs.get(o.id);
      const keepLocal = local !== undefined && active.has(orgTarget(o.id));
      const next: OrgRecord = keepLocal
        ? { ...local, phiFeaturesEnabled: o.phiFeaturesEnabled }
        : { id: o.id, name: o.name, phiFeaturesEnabled: o.phiFeaturesEnabled, policies: o.policies, extra: local?.extra ?? {} };
      if (same(local, next)) continue;
      repos.orgs.upsert(next);
      changes += 1;
    }
    for (const id of localOrgs.keys()) {
      if (snap.orgs.has(id) || active.owns(id)) continue;
      repos.orgs.remove(id);
      changes += 1;
    }
    for (const o of snap.orgs.values()) {
      const listed = snap.members.get(o.id);
      const remote = listed ?? new Map([[snap.me, o.mine]]);
      const local = new Map(repos.memberships.byOrg(o.id).map((m) => [m.user, m]));
      for (const [user, rm] of remote) {
        if (active.has(memberTarget(o.id, user))) continue;
        const current = local.get(user);
        const next: Membership = { org: o.id, user, ...rm.value, extra: listed ? rm.extra : (current?.extra ?? {}) };
        if (same(current, next)) continue;
        ctx.rows.ensureUser(user);
        repos.memberships.upsert(next);
        changes += 1;
      }
      // Where the member list is hidden, the other rows are left as they were: unknown, not gone.
      if (!listed) continue;
      for (const user of local.keys()) {
        if (remote.has(user) || active.has(memberTarget(o.id, user))) continue;
        repos.memberships.remove(o.id, user);
        changes += 1;
      }
    }
    return changes;
  });
}

export function applyProjects(ctx: EngineContext, snap: RemoteSnapshot): number {
  const { repos } = ctx;
  return ctx.tx(() => {
    const active = activeTargets(ctx);
    let changes = 0;
    const local = new Map(repos.projects.all().map((p) => [p.id, p]));
    for (const p of snap.projects.values()) {
      const current = local.get(p.id);
      const permissions = { ...p.permissions };
      for (const principal of new Set([...Object.keys(p.permissions), ...Object.keys(current?.permissions ?? {})])) {
        if (!active.has(grantTarget(p.id, principal))) continue;
        const mine = current?.permissions[principal];
        if (mine === undefined) delete permissions[principal];
        else permissions[principal] = mine;
      }
      const keepSettings = current !== undefined && active.has(projectTarget(p.id));
      const next: ProjectRecord = { ...p, settings: keepSettings ? current.settings : p.settings, permissions, extra: current?.extra ?? p.extra };
      if (same(current, next)) continue;
      repos.projects.upsert(next);
      changes += 1;
    }
    for (const id of local.keys()) {
      if (snap.projects.has(id) || active.owns(id)) continue;
      repos.projects.remove(id);
      changes += 1;
    }
    return changes;
  });
}

export function applyApps(ctx: EngineContext, snap: RemoteSnapshot): number {
  const { repos } = ctx;
  return ctx.tx(() => {
    const active = activeTargets(ctx);
    let changes = 0;
    for (const a of snap.apps.values()) {
      const current = repos.apps.get(a.id);
      const authorized = new Set(a.authorizedUsers);
      for (const principal of new Set([...a.authorizedUsers, ...(current?.authorizedUsers ?? [])])) {
        if (!active.has(appTarget(a.id, principal))) continue;
        if (current?.authorizedUsers.includes(principal)) authorized.add(principal);
        else authorized.delete(principal);
      }
      const next = { ...a, authorizedUsers: [...authorized].sort(), extra: current?.extra ?? a.extra };
      const comparable = current && { ...current, developers: [...current.developers].sort(), authorizedUsers: [...current.authorizedUsers].sort() };
      if (same(comparable, next)) continue;
      repos.apps.upsert(next);
      changes += 1;
    }
    for (const id of snap.goneApps) {
      if (active.owns(id) || !repos.apps.get(id)) continue;
      repos.apps.remove(id);
      changes += 1;
    }
    return changes;
  });
}
