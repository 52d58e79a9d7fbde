// All repos over one connection, each statement prepared once. Repos never open transactions.
import type { Db } from '../connection';
import { createAppsRepo } from './apps';
import { createEditLogRepo } from './editLog';
import { createMembershipsRepo } from './memberships';
import { createOrgsRepo } from './orgs';
import { createOutboxRepo } from './outbox';
import { createProjectsRepo } from './projects';
import { createSettingsRepo } from './settings';
import { createUsersRepo } from './users';
import { createSnapshotsRepo } from './snapshots';
import { createChartRepo } from './chart';
import { createMatrixRepo } from './matrix';

export function createRepos(db: Db) {
  return {
    users: createUsersRepo(db),
    orgs: createOrgsRepo(db),
    memberships: createMembershipsRepo(db),
    projects: createProjectsRepo(db),
    apps: createAppsRepo(db),
    outbox: createOutboxRepo(db),
    settings: createSettingsRepo(db),
    editLog: createEditLogRepo(db),
    snapshots: createSnapshotsRepo(db),
    chart: createChartRepo(db),
    matrix: createMatrixRepo(db),
  };
}
export type Repos = ReturnType<typeof createRepos>;

export type { OrgRecord, OrgCounts } from './orgs';
export type { ProjectRecord } from './projects';
export type { AppRecord } from './apps';
export type { NewOutboxEntry } from './outbox';
export { ACTIVE_OUTBOX_STATES } from './outbox';
export { displayName } from './users';
