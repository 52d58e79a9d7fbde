// The heart of push: given one edit and the platform's current value of what it edits, is it
// already applied (done), did the platform change the same field since the edit's base
// (conflict), or what exactly must be sent. Pure functions over values; no I/O, no SQLite.
// Comparisons are per field: an edit conflicts only where both sides changed the same field.
import type { OutboxEntry } from '../../../shared/contract/index';
import type { GrantLevel, ProjectSettings } from '../../../shared/domain/index';
import { ADMIN_FLAGS, levelRank } from '../../../shared/domain/index';
import type { MemberAccess } from '../platform/index';
import type { MemberValue, OrgFields, PolicyPatch, SettingsPatch } from './payloads';
import { baseOf, MemberValueSchema, payloadOf } from './payloads';

export type Decision<A> =
  | { kind: 'done'; remote: unknown }
  | { kind: 'conflict'; theirs: Record<string, unknown>; remote: unknown }
  | { kind: 'send'; action: A; after: unknown };

const done = (remote: unknown): { kind: 'done'; remote: unknown } => ({ kind: 'done', remote });
const conflict = (theirs: Record<string, unknown>, remote: unknown): { kind: 'conflict'; theirs: Record<string, unknown>; remote: unknown } => ({
  kind: 'conflict',
  theirs,
  remote,
});

// ---- members ---------------------------------------------------------------------------

export type MemberAction =
  | { call: 'invite'; user: string; access: MemberValue }
  | { call: 'set'; user: string; access: MemberAccess }
  | { call: 'remove'; user: string; revokeProjectPermissions: boolean; revokeAppPermissions: boolean };

const MEMBER_FIELDS = ['level', 'allowBillableActivities', 'appAccess', 'projectAccess'] as const;

export function sameMember(a: MemberValue | null, b: MemberValue | null): boolean {
  if (a === null || b === null) return a === b;
  return MEMBER_FIELDS.every((f) => a[f] === b[f]);
}

/** What setMemberAccess accepts: flags with ADMIN are refused (InvalidInput), so send the level alone. */
export function memberAccess(v: MemberValue): MemberAccess {
  return v.level === 'ADMIN'
    ? { level: 'ADMIN' }
    : { level: 'MEMBER', allowBillableActivities: v.allowBillableActivities, appAccess: v.appAccess, projectAccess: v.projectAccess };
}

export function memberUser(entry: OutboxEntry): { org: string; user: string } {
  const p = entry.op === 'member.remove' ? payloadOf(entry, 'member.remove') : payloadOf(entry, entry.op === 'member.invite' ? 'member.invite' : 'member.update');
  return { org: p.org, user: p.user };
}

export function decideMember(entry: OutboxEntry, remote: MemberValue | null): Decision<MemberAction> {
  const base = baseOf(entry, 'member', entry.base);
  const theirs = remote ?? {};
  if (entry.op === 'member.remove') {
    const p = payloadOf(entry, 'member.remove');
    if (remote === null) return done(null);
    if (base === null || !sameMember(remote, base)) return conflict(theirs, remote);
    return { kind: 'send', action: { call: 'remove', user: p.user, revokeProjectPermissions: p.revokeProjectPermissions, revokeAppPermissions: p.revokeAppPermissions }, after: null };
  }
  const p = payloadOf(entry, entry.op === 'member.invite' ? 'member.invite' : 'member.update');
  const desired = MemberValueSchema.parse(p);
  if (remote === null) {
    // Not a member (any more): invite when the edit expected that, else somebody removed them.
    return base === null ? { kind: 'send', action: { call: 'invite', user: p.user, access: desired }, after: desired } : conflict(theirs, remote);
  }
  if (sameMember(remote, desired)) return done(remote);
  if (base === null) return conflict(theirs, remote);
  const changed = MEMBER_FIELDS.filter((f) => desired[f] !== base[f]);
  if (changed.some((f) => remote[f] !== base[f] && remote[f] !== desired[f])) return conflict(theirs, remote);
  const take = <K extends (typeof MEMBER_FIELDS)[number]>(k: K): MemberValue[K] => (changed.includes(k) ? desired[k] : remote[k]);
  let merged: MemberValue = {
    level: take('level'),
    allowBillableActivities: take('allowBillableActivities'),
    appAccess: take('appAccess'),
    projectAccess: take('projectAccess'),
  };
  if (merged.level === 'ADMIN') merged = { level: 'ADMIN', ...ADMIN_FLAGS };
  if (sameMember(merged, remote)) return done(remote);
  return { kind: 'send', action: { call: 'set', user: p.user, access: memberAccess(merged) }, after: merged };
}

// ---- project grants --------------------------------------------------------------------

export type GrantAction = { call: 'invite'; principal: string; level: GrantLevel } | { call: 'decrease'; principal: string; level: GrantLevel | null };

export function grantPrincipal(entry: OutboxEntry): { project: string; principal: string } {
  const p = payloadOf(entry, entry.op === 'project.share' ? 'project.share' : 'project.unshare');
  return { project: p.project, principal: p.principal };
}

export function grantDesired(entry: OutboxEntry): GrantLevel | null {
  return entry.op === 'project.share' ? payloadOf(entry, 'project.share').level : null;
}

export function decideGrant(entry: OutboxEntry, remote: GrantLevel | null): Decision<GrantAction> {
  const { principal } = grantPrincipal(entry);
  const desired = grantDesired(entry);
  const base = baseOf(entry, 'grant', entry.base)?.level ?? null;
  if (remote === desired) return done(remote);
  if (remote !== base) return conflict(remote === null ? {} : { level: remote }, remote);
  // invite only raises; decreasePermissions lowers or (null) revokes.
  if (desired !== null && (remote === null || levelRank(desired) > levelRank(remote))) {
    return { kind: 'send', action: { call: 'invite', principal, level: desired }, after: desired };
  }
  return { kind: 'send', action: { call: 'decrease', principal, level: desired }, after: desired };
}

// ---- app authorized users --------------------------------------------------------------

export type AppAction = { call: 'add' | 'remove'; principal: string };

export function appPrincipal(entry: OutboxEntry): { app: string; principal: string } {
  return payloadOf(entry, entry.op === 'app.authorize' ? 'app.authorize' : 'app.deauthorize');
}

export function decideApp(entry: OutboxEntry, remote: boolean): Decision<AppAction> {
  const { principal } = appPrincipal(entry);
  const desired = entry.op === 'app.authorize';
  const base = baseOf(entry, 'app', entry.base)?.authorized ?? false;
  if (remote === desired) return done(remote);
  if (remote !== base) return conflict({ authorized: remote }, remote);
  return { kind: 'send', action: { call: desired ? 'add' : 'remove', principal }, after: desired };
}

// ---- project settings ------------------------------------------------------------------

export interface RemoteProject {
  version: number | null;
  settings: Partial<ProjectSettings>;
}

type SettingKey = keyof SettingsPatch;

function patchKeys(patch: SettingsPatch): SettingKey[] {
  return (Object.keys(patch) as SettingKey[]).filter((k) => patch[k] !== undefined);
}

function pick(source: Partial<ProjectSettings>, keys: readonly SettingKey[]): SettingsPatch {
  const out: SettingsPatch = {};
  for (const k of keys) Object.assign(out, { [k]: source[k] });
  return out;
}

/**
 * Update steps in the order the platform needs: downloadRestricted cannot be cleared while
 * previewViewerRestricted is on, so clearing both sends previewViewerRestricted first.
 */
export function settingsSteps(send: SettingsPatch): SettingsPatch[] {
  if (send.downloadRestricted === false && send.previewViewerRestricted === false) {
    const rest: SettingsPatch = { ...send };
    delete rest.previewViewerRestricted;
    return [{ previewViewerRestricted: false }, rest];
  }
  return [send];
}

export function decideProjectUpdate(entry: OutboxEntry, remote: RemoteProject): Decision<{ steps: SettingsPatch[] }> {
  const wanted = payloadOf(entry, 'project.update').settings;
  const base = baseOf(entry, 'project', entry.base)?.settings ?? {};
  const keys = patchKeys(wanted);
  const theirs = { version: remote.version, settings: pick(remote.settings, keys) };
  if (keys.some((k) => remote.settings[k] !== base[k] && remote.settings[k] !== wanted[k])) return conflict(theirs, remote);
  const send = pick(wanted, keys.filter((k) => remote.settings[k] !== wanted[k]));
  if (patchKeys(send).length === 0) return done(remote);
  return { kind: 'send', action: { steps: settingsSteps(send) }, after: { version: null, settings: { ...remote.settings, ...send } } };
}

// ---- org name and policies -------------------------------------------------------------

export interface RemoteOrg {
  name: string;
  policies: Required<PolicyPatch>;
}

type PolicyKey = keyof PolicyPatch;

export function decideOrgUpdate(entry: OutboxEntry, remote: RemoteOrg): Decision<{ name?: string; policies?: Required<PolicyPatch> }> {
  const p = payloadOf(entry, 'org.update');
  const base: OrgFields = baseOf(entry, 'org', entry.base) ?? {};
  const policyKeys = (Object.keys(p.policies ?? {}) as PolicyKey[]).filter((k) => p.policies?.[k] !== undefined);
  const theirs: Record<string, unknown> = {
    ...(p.name !== undefined ? { name: remote.name } : {}),
    ...(policyKeys.length ? { policies: Object.fromEntries(policyKeys.map((k) => [k, remote.policies[k]])) } : {}),
  };
  const nameClash = p.name !== undefined && remote.name !== base.name && remote.name !== p.name;
  const policyClash = policyKeys.some((k) => remote.policies[k] !== base.policies?.[k] && remote.policies[k] !== p.policies?.[k]);
  if (nameClash || policyClash) return conflict(theirs, remote);
  const sendName = p.name !== undefined && remote.name !== p.name;
  const changedPolicies = policyKeys.filter((k) => remote.policies[k] !== p.policies?.[k]);
  if (!sendName && changedPolicies.length === 0) return done(remote);
  const policies: Required<PolicyPatch> = {
    memberListVisibility: p.policies?.memberListVisibility ?? remote.policies.memberListVisibility,
    restrictProjectTransfer: p.policies?.restrictProjectTransfer ?? remote.policies.restrictProjectTransfer,
  };
  const action = { ...(sendName ? { name: p.name } : {}), ...(changedPolicies.length ? { policies } : {}) };
  return { kind: 'send', action, after: { name: sendName ? p.name : remote.name, policies: changedPolicies.length ? policies : remote.policies } };
}
