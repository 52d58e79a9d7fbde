// Maps every contract method to its service. `Handlers` is exhaustive over MethodName, so a
// method added to the contract without a handler fails the typecheck. No logic lives here.
import type { Services } from '../services/index';
import type { Handlers } from './router';

export function createHandlers(s: Services): Handlers {
  return {
    'workspace.info': () => s.workspace.info(),
    'workspace.openDemo': () => s.demo.openDemo(),
    'users.list': (i) => s.users.list(i),
    'orgs.list': () => s.orgs.list(),
    'orgs.create': (i) => s.orgs.create(i),
    'orgs.update': (i) => s.orgs.update(i),
    'members.list': (i) => s.members.list(i),
    'members.matrix': (i) => s.members.matrix(i),
    'members.invite': (i) => s.members.invite(i),
    'members.update': (i) => s.members.update(i),
    'members.previewChange': (i) => s.members.previewChange(i),
    'members.previewRemoval': (i) => s.members.previewRemoval(i),
    'members.remove': (i) => s.members.remove(i),
    'projects.list': (i) => s.projects.list(i),
    'projects.get': (i) => s.projects.get(i),
    'projects.create': (i) => s.projects.create(i),
    'projects.share': (i) => s.projects.share(i),
    'projects.unshare': (i) => s.projects.unshare(i),
    'projects.previewShare': (i) => s.projects.previewShare(i),
    'projects.updateSettings': (i) => s.projects.updateSettings(i),
    'apps.list': () => s.apps.list(),
    'apps.authorize': (i) => s.apps.authorize(i),
    'apps.deauthorize': (i) => s.apps.deauthorize(i),
    'apps.explain': (i) => s.apps.explain(i),
    'access.byUser': (i) => s.access.byUser(i),
    'access.byProject': (i) => s.access.byProject(i),
    'access.explain': (i) => s.access.explain(i),
    'outbox.list': (i) => s.outbox.list(i),
    'outbox.summary': () => s.outbox.summary(),
    'outbox.resolve': (i) => s.sync.resolve(i),
    'outbox.retry': (i) => s.sync.retry(i),
    'outbox.discard': (i) => s.sync.discard(i),
    'sync.connect': (i) => s.sync.connect(i),
    'sync.disconnect': () => s.sync.disconnect(),
    'sync.status': () => s.sync.status(),
    'sync.runNow': () => s.sync.runNow(),
  };
}
