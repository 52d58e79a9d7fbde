// The demo workspace: the scenarios.md state loaded as the synced baseline, acting as user-d.
// Only into an empty workspace, so a demo can never mix with real data.
import type { WorkspaceInfo } from '../../shared/contract/index';
import { AppError } from '../../shared/rpc/index';
import { DEMO_ACTING_USER, demoSeed } from '../seed/demoSeed';
import { loadSeed } from '../seed/loadSeed';
import type { ServiceContext } from './context';
import { atomically, notifyChanged } from './context';
import type { WorkspaceService } from './workspace';
import { isEmpty } from './workspace';

export function createDemoService(ctx: ServiceContext, workspace: WorkspaceService) {
  return {
    openDemo(): WorkspaceInfo {
      return atomically(ctx, () => {
        if (!isEmpty(ctx)) {
          throw new AppError('InvalidState', `The demo opens only in an empty workspace; ${ctx.workspacePath} already holds data`);
        }
        loadSeed(ctx.db, demoSeed);
        ctx.repos.settings.set('acting_user', DEMO_ACTING_USER);
        notifyChanged(ctx, ['workspace', 'orgs', 'members', 'projects', 'apps'], false);
        return workspace.info();
      });
    },
  };
}
export type DemoService = ReturnType<typeof createDemoService>;
