// Structural changes between two fact sets: memberships, grants, settings, orgs, projects,
// apps and their lists, users. One entry per changed fact, except a project whose settings
// flipped, which also gets one 'settings' entry per flag. Pure; names come from the indexes.
import type { StructuralChange, StructuralKind } from '../../../shared/contract/audit';
import { POLICY_OVERRIDES, overrideChoice } from '../../../shared/domain/index';
import type { FactMap } from '../state/facts';
import { factKind, factParts } from '../state/facts';
import { either } from './names';
import type { StateIndex } from './stateIndex';

type Value = string | number | boolean | null;
type Field = StructuralChange['fields'][number];
type Flat = Record<string, Value>;

const KIND_OF = {
  user: 'user',
  org: 'org',
  member: 'membership',
  project: 'project',
  grant: 'grant',
  app: 'app',
  appdev: 'appDeveloper',
  appauth: 'appAuthorization',
} as const satisfies Record<ReturnType<typeof factKind>, StructuralKind>;

export const KIND_ORDER: readonly StructuralKind[] = ['membership', 'grant', 'settings', 'appAuthorization', 'appDeveloper', 'project', 'app', 'org', 'user'];

const OVERRIDE_LABEL = new Map<string, string>(POLICY_OVERRIDES.map((o) => [o.key, o.label]));

/** Keys of every fact that differs between the two sides; only `candidates` are compared when given. */
export function changedKeys(before: FactMap, after: FactMap, candidates?: Iterable<string>): string[] {
  const keys: string[] = [];
  if (candidates) {
    for (const k of candidates) if (before.get(k) !== after.get(k)) keys.push(k);
    return keys.sort();
  }
  for (const [k, v] of after) if (before.get(k) !== v) keys.push(k);
  for (const k of before.keys()) if (!after.has(k)) keys.push(k);
  return keys.sort();
}

export function structuralChanges(keys: readonly string[], before: FactMap, after: FactMap, ixBefore: StateIndex, ixAfter: StateIndex): StructuralChange[] {
  const out: StructuralChange[] = [];
  for (const key of keys) {
    const b = before.get(key);
    const a = after.get(key);
    const kind = KIND_OF[factKind(key)];
    const [id1 = '', id2 = ''] = factParts(key);
    const change = b === undefined ? 'added' : a === undefined ? 'removed' : 'changed';
    const flatB = b === undefined ? null : flatten(JSON.parse(b));
    const flatA = a === undefined ? null : flatten(JSON.parse(a));
    const base = { key, change } as const;
    switch (kind) {
      case 'project': {
        const name = projectName(ixBefore, ixAfter, id1);
        const settingsFields = change === 'changed' ? fieldDiff(pick(flatB, 'settings.'), pick(flatA, 'settings.'), settingLabel) : [];
        const own = fieldDiff(omit(flatB, 'settings.'), omit(flatA, 'settings.'), (f) => f, change !== 'changed');
        if (own.length > 0) out.push({ ...base, kind, project: id1, name, fields: own, summary: projectSummary(change, name, own) });
        for (const f of settingsFields) {
          out.push({ ...base, change: 'changed', kind: 'settings', project: id1, name, fields: [f], summary: `${name}: ${f.label} ${settingText(f, 'before')} → ${settingText(f, 'after')}` });
        }
        break;
      }
      case 'membership': {
        const fields = fieldDiff(flatB, flatA, (f) => f, change !== 'changed');
        out.push({ ...base, kind, org: id1, user: id2, name: userName(ixBefore, ixAfter, id2), fields, summary: membershipSummary(change, id1, id2, flatB, flatA, fields) });
        break;
      }
      case 'grant': {
        const name = projectName(ixBefore, ixAfter, id1);
        const fields = fieldDiff(flatB, flatA, (f) => f, true);
        const lb = flatB?.level ?? null;
        const la = flatA?.level ?? null;
        const summary =
          change === 'added' ? `${name} shared with ${id2} at ${la}` : change === 'removed' ? `${name} no longer shared with ${id2} (was ${lb})` : `${name}: ${id2} ${lb} → ${la}`;
        out.push({ ...base, kind, project: id1, principal: id2, ...principalField(id2), name, fields, summary });
        break;
      }
      case 'appAuthorization':
      case 'appDeveloper': {
        const name = appName(ixBefore, ixAfter, id1);
        const role = kind === 'appDeveloper' ? 'a developer of' : 'authorized for';
        const summary = change === 'added' ? `${id2} made ${role} ${name}` : `${id2} no longer ${role} ${name}`;
        out.push({ ...base, kind, app: id1, principal: id2, ...principalField(id2), name, fields: [], summary });
        break;
      }
      case 'app': {
        const name = appName(ixBefore, ixAfter, id1);
        const fields = fieldDiff(flatB, flatA, (f) => f, change !== 'changed');
        out.push({ ...base, kind, app: id1, name, fields, summary: genericSummary('app', id1, name, change, fields) });
        break;
      }
      case 'org': {
        const name = either(ixBefore.orgNames, ixAfter.orgNames, id1) ?? id1;
        const fields = fieldDiff(flatB, flatA, (f) => f, change !== 'changed');
        out.push({ ...base, kind, org: id1, name, fields, summary: genericSummary('org', id1, name, change, fields) });
        break;
      }
      case 'user': {
        const name = userName(ixBefore, ixAfter, id1);
        const fields = fieldDiff(flatB, flatA, (f) => f, change !== 'changed');
        out.push({ ...base, kind, user: id1, name, fields, summary: genericSummary('user', id1, name, change, fields) });
        break;
      }
    }
  }
  const rank = (k: StructuralKind) => KIND_ORDER.indexOf(k);
  return out.sort((x, y) => rank(x.kind) - rank(y.kind) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

function principalField(principal: string): { user?: string; org?: string } {
  if (principal.startsWith('user-')) return { user: principal };
  if (principal.startsWith('org-')) return { org: principal };
  return {};
}

const projectName = (b: StateIndex, a: StateIndex, id: string) => (a.projects.get(id) ?? b.projects.get(id))?.name ?? id;
const appName = (b: StateIndex, a: StateIndex, id: string) => (a.apps.get(id) ?? b.apps.get(id))?.name ?? id;
const userName = (b: StateIndex, a: StateIndex, id: string) => either(b.userNames, a.userNames, id) ?? id;

function flatten(value: unknown, prefix = '', out: Flat = {}): Flat {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, `${prefix}${k}.`, out);
  } else {
    out[prefix.slice(0, -1)] = value as Value;
  }
  return out;
}

const pick = (f: Flat | null, prefix: string): Flat | null =>
  f && Object.fromEntries(Object.entries(f).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
const omit = (f: Flat | null, prefix: string): Flat | null => f && Object.fromEntries(Object.entries(f).filter(([k]) => !k.startsWith(prefix)));

/** Fields that differ; with `all`, every field (one side missing shows as null). */
function fieldDiff(b: Flat | null, a: Flat | null, label: (field: string) => string, all = false): Field[] {
  const names = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const out: Field[] = [];
  for (const field of names) {
    const before = b?.[field] ?? null;
    const after = a?.[field] ?? null;
    if (all || before !== after) out.push({ field, label: label(field), before, after });
  }
  return out;
}

function settingLabel(field: string): string {
  const label = OVERRIDE_LABEL.get(field);
  return label ? `${label} (${field})` : field;
}

function settingText(f: Field, side: 'before' | 'after'): string {
  const v = f[side];
  const key = POLICY_OVERRIDES.find((o) => o.key === f.field)?.key;
  return key && typeof v === 'boolean' ? overrideChoice(key, v) : String(v);
}

function fieldText(fields: Field[]): string {
  return fields.map((f) => `${f.field} ${String(f.before)} → ${String(f.after)}`).join(', ');
}

function projectSummary(change: 'added' | 'removed' | 'changed', name: string, fields: Field[]): string {
  if (change === 'added') return `project ${name} added`;
  if (change === 'removed') return `project ${name} removed`;
  return `${name}: ${fieldText(fields)}`;
}

function genericSummary(what: string, id: string, name: string, change: 'added' | 'removed' | 'changed', fields: Field[]): string {
  const who = name === id ? id : `${name} (${id})`;
  if (change === 'added') return `${what} ${who} added`;
  if (change === 'removed') return `${what} ${who} removed`;
  return `${who}: ${fieldText(fields)}`;
}

function membershipSummary(change: 'added' | 'removed' | 'changed', org: string, user: string, b: Flat | null, a: Flat | null, fields: Field[]): string {
  const describe = (m: Flat) =>
    `${String(m.level)}, projectAccess ${String(m.projectAccess)}, appAccess ${m.appAccess ? 'on' : 'off'}, billable ${m.allowBillableActivities ? 'on' : 'off'}`;
  if (change === 'added' && a) return `${user} added to ${org} (${describe(a)})`;
  if (change === 'removed' && b) return `${user} removed from ${org} (was ${describe(b)})`;
  return `${user} in ${org}: ${fieldText(fields)}`;
}
