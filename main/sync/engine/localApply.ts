// Writes a value of one edited thing into the workspace rows: the platform's value when the
// user takes theirs, the last known remote value (or the edit's base) when an edit is
// discarded. Values come in the shape of an entry's base/theirs. Must run inside the
// caller's transaction and never writes outbox entries.
import type { OutboxEntry } from '../../../shared/contract/index';
import type { ProjectSettings } from '../../../shared/domain/index';
import { DEFAULT_PROJECT_SETTINGS } from '../../../shared/domain/index';
import type { EngineContext } from './context';
import type { ChangeArea } from './notifier';
import { baseOf, payloadOf } from './payloads';
import { areasOf } from './targets';

/** Applies `shape` (base/theirs shape of the entry's kind; null or {} = absent) to the rows. */
export function applyShape(ctx: EngineContext, entry: OutboxEntry, shape: Record<string, unknown> | null): ChangeArea[] {
  const { repos } = ctx;
  switch (entry.op) {
    case 'member.invite':
    case 'member.update':
    case 'member.remove': {
      const p = entry.op === 'member.remove' ? payloadOf(entry, 'member.remove') : payloadOf(entry, entry.op);
      const value = baseOf(entry, 'member', shape);
      if (value === null) repos.memberships.remove(p.org, p.user);
      else if (repos.orgs.get(p.org)) {
        ctx.rows.ensureUser(p.user);
        const current = repos.memberships.get(p.org, p.user);
        repos.memberships.upsert({ org: p.org, user: p.user, ...value, extra: current?.extra ?? {} });
      }
      break;
    }
    case 'project.share':
    case 'project.unshare': {
      const p = payloadOf(entry, entry.op);
      const value = baseOf(entry, 'grant', shape);
      if (!repos.projects.get(p.project)) break;
      if (value === null) repos.projects.removeGrant(p.project, p.principal);
      else repos.projects.setGrant(p.project, p.principal, value.level);
      break;
    }
    case 'app.authorize':
    case 'app.deauthorize': {
      const p = payloadOf(entry, entry.op);
      const authorized = baseOf(entry, 'app', shape)?.authorized ?? false;
      if (!repos.apps.get(p.app)) break;
      if (authorized) repos.apps.addAuthorized(p.app, p.principal);
      else repos.apps.removeAuthorized(p.app, p.principal);
      break;
    }
    case 'project.update': {
      const p = payloadOf(entry, 'project.update');
      const value = baseOf(entry, 'project', shape);
      const project = repos.projects.get(p.project);
      if (!project || value === null) break;
      const next: ProjectSettings = { ...project.settings };
      for (const [k, v] of Object.entries(value.settings)) {
        if (v !== undefined && k in DEFAULT_PROJECT_SETTINGS) Object.assign(next, { [k]: v });
      }
      repos.projects.updateSettings(p.project, next);
      break;
    }
    case 'org.update': {
      const p = payloadOf(entry, 'org.update');
      const value = baseOf(entry, 'org', shape);
      const org = repos.orgs.get(p.org);
      if (!org || value === null) break;
      repos.orgs.update(p.org, value.name ?? org.name, { ...org.policies, ...value.policies });
      break;
    }
    case 'project.create': {
      if (shape === null) repos.projects.remove(payloadOf(entry, 'project.create').id);
      break;
    }
    case 'org.create': {
      if (shape === null) repos.orgs.remove(`org-${payloadOf(entry, 'org.create').handle}`);
      break;
    }
  }
  return areasOf(entry.op);
}

/**
 * The base/theirs-shaped value of `entry`'s thing, from a remote value recorded in
 * sync_remote_values (member value, grant level, authorized flag, {version, settings}, {name, policies}).
 */
export function shapeFromRemote(entry: OutboxEntry, remote: unknown): Record<string, unknown> | null {
  if (remote === null || remote === undefined) return null;
  switch (entry.op) {
    case 'member.invite':
    case 'member.update':
    case 'member.remove':
      return isRecord(remote) ? remote : null;
    case 'project.share':
    case 'project.unshare':
      return typeof remote === 'string' ? { level: remote } : null;
    case 'app.authorize':
    case 'app.deauthorize':
      return { authorized: remote === true };
    case 'project.update': {
      const keys = Object.keys(payloadOf(entry, 'project.update').settings);
      const settings = isRecord(remote) && isRecord(remote.settings) ? remote.settings : {};
      const version = isRecord(remote) && typeof remote.version === 'number' ? remote.version : null;
      return { version, settings: Object.fromEntries(keys.filter((k) => k in settings).map((k) => [k, settings[k]])) };
    }
    case 'org.update': {
      const p = payloadOf(entry, 'org.update');
      if (!isRecord(remote)) return null;
      const policies = isRecord(remote.policies) ? remote.policies : {};
      return {
        ...(p.name !== undefined && typeof remote.name === 'string' ? { name: remote.name } : {}),
        ...(p.policies ? { policies: Object.fromEntries(Object.keys(p.policies).filter((k) => k in policies).map((k) => [k, policies[k]])) } : {}),
      };
    }
    case 'project.create':
    case 'org.create':
      return isRecord(remote) ? remote : null;
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
