// Wires every service area over one ServiceContext. The composition root and the tests use
// this; nothing here opens connections or transactions.
import type { ServiceContext } from './context';
import { createAccessService } from './access';
import { createAppsService } from './apps';
import { createDemoService } from './demo';
import { createMembersService } from './members';
import { createOrgsService } from './orgs';
import { createOutboxService } from './outbox';
import { createProjectsService } from './projects';
import { createUsersService } from './users';
import { createWorkspaceService } from './workspace';

export function createServices(ctx: ServiceContext) {
  const workspace = createWorkspaceService(ctx);
  const orgs = createOrgsService(ctx);
  return {
    workspace,
    demo: createDemoService(ctx, workspace),
    users: createUsersService(ctx),
    orgs,
    members: createMembersService(ctx, orgs),
    projects: createProjectsService(ctx),
    apps: createAppsService(ctx),
    access: createAccessService(ctx),
    outbox: createOutboxService(ctx),
  };
}
export type Services = ReturnType<typeof createServices>;
export type { ServiceContext } from './context';
