// Writes a seed into the workspace as the synced baseline: one transaction, upserts only,
// never an outbox entry (nothing here is a local edit waiting to be sent).
import type { Db } from '../db/connection';
import { createRepos } from '../db/repos/index';
import type { Membership } from '../../shared/domain/index';
import { ADMIN_FLAGS, DEFAULT_PROJECT_SETTINGS, MEMBER_DEFAULT_FLAGS } from '../../shared/domain/index';
import type { Seed, SeedInput } from './seedSchema';
import { SeedSchema } from './seedSchema';

export interface SeedCounts {
  users: number;
  orgs: number;
  memberships: number;
  projects: number;
  apps: number;
}

export function parseSeed(input: unknown): Seed {
  return SeedSchema.parse(input);
}

export function loadSeed(db: Db, input: Seed | SeedInput): SeedCounts {
  const seed = SeedSchema.parse(input);
  const repos = createRepos(db);
  return db.transaction((): SeedCounts => {
    let memberships = 0;
    for (const u of seed.users) repos.users.upsert(u);
    for (const o of seed.orgs) {
      repos.orgs.upsert({
        id: o.id,
        name: o.name,
        phiFeaturesEnabled: o.phiFeaturesEnabled,
        policies: { memberListVisibility: 'ADMIN', restrictProjectTransfer: 'ADMIN', ...o.policies },
        extra: {},
      });
      for (const m of o.members) {
        repos.memberships.upsert(seedMembership(o.id, m));
        memberships++;
      }
    }
    for (const p of seed.projects) {
      const downloadRestricted = p.downloadRestricted;
      repos.projects.upsert({
        id: p.id,
        name: p.name,
        billTo: p.billTo,
        permissions: p.permissions,
        version: p.version,
        settings: {
          ...DEFAULT_PROJECT_SETTINGS,
          protected: p.protected,
          restricted: p.restricted,
          downloadRestricted,
          // The platform couples the two: a download-restricted project also restricts previews.
          previewViewerRestricted: p.previewViewerRestricted ?? downloadRestricted,
          containsPHI: p.containsPHI,
          externalUploadRestricted: p.externalUploadRestricted,
          databaseUIViewOnly: p.databaseUIViewOnly,
          databaseResultsRestricted: p.databaseResultsRestricted,
        },
        extra: {},
      });
    }
    for (const a of seed.apps) repos.apps.upsert({ ...a, extra: {} });
    return { users: seed.users.length, orgs: seed.orgs.length, memberships, projects: seed.projects.length, apps: seed.apps.length };
  })();
}

function seedMembership(org: string, m: Seed['orgs'][number]['members'][number]): Membership {
  const { id, level, allowBillableActivities, appAccess, projectAccess, ...extra } = m;
  const flags =
    level === 'ADMIN'
      ? { ...ADMIN_FLAGS }
      : {
          allowBillableActivities: allowBillableActivities ?? MEMBER_DEFAULT_FLAGS.allowBillableActivities,
          appAccess: appAccess ?? MEMBER_DEFAULT_FLAGS.appAccess,
          projectAccess: projectAccess ?? MEMBER_DEFAULT_FLAGS.projectAccess,
        };
  return { org, user: id, level, ...flags, extra };
}
