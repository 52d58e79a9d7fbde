// Wires every service area over one ServiceContext. The composition root and the tests use
// this; nothing here opens connections or transactions.
import type { ServiceContext } from './context';
import { createAccessService } from './access';
import { createAppsService } from './apps';
import { createBulkEditsService } from './bulkEdits';
import { createMatrixService } from './matrix';
import { createChartService } from './chart';
import { createDemoService } from './demo';
import { createEditLogService } from './editLog';
import { createExportsService } from './exports';
import { createHeatmapService } from './heatmap';
import { createImportsService } from './imports';
import { createMembersService } from './members';
import { createOrgsService } from './orgs';
import { createOutboxService } from './outbox';
import { createProjectsService } from './projects';
import { createReportsService } from './reports';
import { createReviewsService } from './reviews';
import { createSnapshotsService } from './snapshots';
import type { SyncBackend } from './sync';
import { createSyncService } from './sync';
import type { TokenStore } from '../sync/tokens/index';
import { createUsersService } from './users';
import { createWorkspaceService } from './workspace';

export interface SyncWiring {
  tokenStore: TokenStore;
  backend: SyncBackend;
}

export function createServices(ctx: ServiceContext, sync: SyncWiring) {
  const workspace = createWorkspaceService(ctx);
  const orgs = createOrgsService(ctx);
  const outbox = createOutboxService(ctx);
  return {
    workspace,
    demo: createDemoService(ctx, workspace),
    users: createUsersService(ctx),
    orgs,
    members: createMembersService(ctx, orgs),
    projects: createProjectsService(ctx),
    apps: createAppsService(ctx),
    access: createAccessService(ctx),
    heatmap: createHeatmapService(ctx),
    imports: createImportsService(ctx),
    exports: createExportsService(ctx),
    reports: createReportsService(ctx),
    reviews: createReviewsService(ctx),
    snapshots: createSnapshotsService(ctx),
    matrix: createMatrixService(ctx),
    bulkEdits: createBulkEditsService(ctx),
    editLog: createEditLogService(ctx),
    chart: createChartService(ctx),
    outbox,
    sync: createSyncService(ctx, { ...sync, outbox }),
  };
}
export type Services = ReturnType<typeof createServices>;
export type { ServiceContext } from './context';
export type { OutboxDecisions, SyncBackend, SyncEngineLike, SyncStateLike } from './sync';
