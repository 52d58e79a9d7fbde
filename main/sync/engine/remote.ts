// Reads platform replies into the engine's values: a member record into level + flags, a
// project describe into settings + version, an org describe into name + policies. Defaults
// follow platform-api.md (ADMIN flags fixed; MEMBER defaults when a flag is missing).
import type { ProjectSettings } from '../../../shared/domain/index';
import { ADMIN_FLAGS, MEMBER_DEFAULT_FLAGS } from '../../../shared/domain/index';
import type { OrgDescribe, OrgMember, ProjectDescribe } from '../platform/index';
import type { RemoteOrg, RemoteProject } from './decide';
import type { MemberValue } from './payloads';

export function memberValueOf(m: Pick<OrgMember, 'level' | 'allowBillableActivities' | 'appAccess' | 'projectAccess'>): MemberValue {
  if (m.level === 'ADMIN') return { level: 'ADMIN', ...ADMIN_FLAGS };
  return {
    level: 'MEMBER',
    allowBillableActivities: m.allowBillableActivities ?? MEMBER_DEFAULT_FLAGS.allowBillableActivities,
    appAccess: m.appAccess ?? MEMBER_DEFAULT_FLAGS.appAccess,
    projectAccess: m.projectAccess ?? MEMBER_DEFAULT_FLAGS.projectAccess,
  };
}

export const SETTING_KEYS: ReadonlyArray<keyof ProjectSettings> = [
  'protected',
  'restricted',
  'downloadRestricted',
  'previewViewerRestricted',
  'containsPHI',
  'externalUploadRestricted',
  'databaseUIViewOnly',
  'databaseResultsRestricted',
];

export function remoteProjectOf(d: ProjectDescribe): RemoteProject {
  const settings: Partial<ProjectSettings> = {};
  for (const k of SETTING_KEYS) if (d[k] !== undefined) Object.assign(settings, { [k]: d[k] });
  return { version: d.version ?? null, settings };
}

export function remoteOrgOf(d: OrgDescribe): RemoteOrg {
  return {
    name: d.name ?? d.id,
    policies: {
      memberListVisibility: d.policies?.memberListVisibility ?? 'ADMIN',
      restrictProjectTransfer: d.policies?.restrictProjectTransfer ?? 'ADMIN',
    },
  };
}

/** Canonical JSON (sorted keys) for comparing a pulled record with the stored one. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Runs `fn` over `items` with at most `limit` calls in flight, keeping results in order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
