// The route table: which handler serves `/system/x`, `/org/new`, `/project/new` and
// `/{entity-id}/{method}`, and the dispatch of one call for one caller. Shared by the HTTP
// server and `act()`, so both go through exactly the same rules.
import type { CallContext } from './context';
import { notFound } from './errors';
import { addAuthorizedUsers, appDescribe, listAuthorizedUsers, removeAuthorizedUsers } from './handlers/apps';
import { systemFindProjects } from './handlers/findProjects';
import { findMembers, invite, removeMember, setMemberAccess } from './handlers/orgMembers';
import { orgDescribe, orgFindApps, orgFindProjects, orgNew, orgUpdate } from './handlers/orgs';
import { projectDescribe, projectNew } from './handlers/projects';
import { decreasePermissions, projectInvite } from './handlers/projectSharing';
import { projectUpdate } from './handlers/projectUpdate';
import { findOrgs, whoami } from './handlers/system';
import { userDescribe } from './handlers/users';

type ClassHandler = (ctx: CallContext, body: unknown) => unknown;
type EntityHandler = (ctx: CallContext, id: string, body: unknown) => unknown;

const CLASS_ROUTES = new Map<string, ClassHandler>([
  ['/system/whoami', whoami],
  ['/system/findOrgs', findOrgs],
  ['/system/findProjects', systemFindProjects],
  ['/org/new', orgNew],
  ['/project/new', projectNew],
]);

const ENTITY_ROUTES = new Map<string, Map<string, EntityHandler>>([
  [
    'org',
    new Map<string, EntityHandler>([
      ['describe', orgDescribe],
      ['update', orgUpdate],
      ['findMembers', findMembers],
      ['invite', invite],
      ['setMemberAccess', setMemberAccess],
      ['removeMember', removeMember],
      ['findProjects', orgFindProjects],
      ['findApps', orgFindApps],
    ]),
  ],
  [
    'project',
    new Map<string, EntityHandler>([
      ['describe', projectDescribe],
      ['invite', projectInvite],
      ['decreasePermissions', decreasePermissions],
      ['update', projectUpdate],
    ]),
  ],
  [
    'app',
    new Map<string, EntityHandler>([
      ['describe', appDescribe],
      ['listAuthorizedUsers', listAuthorizedUsers],
      ['addAuthorizedUsers', addAuthorizedUsers],
      ['removeAuthorizedUsers', removeAuthorizedUsers],
    ]),
  ],
  ['user', new Map<string, EntityHandler>([['describe', userDescribe]])],
]);

export interface ResolvedRoute {
  run(ctx: CallContext, body: unknown): unknown;
}

/** `/app-NAME/VERSION/method` names one version; the emulator keeps one, so the version is ignored. */
export function resolveRoute(path: string): ResolvedRoute {
  const classHandler = CLASS_ROUTES.get(path);
  if (classHandler) return { run: classHandler };
  const segments = path.split('/');
  const entity = segments[1] ?? '';
  const method = segments[segments.length - 1] ?? '';
  const dash = entity.indexOf('-');
  const entityClass = dash > 0 ? entity.slice(0, dash) : '';
  const shapeOk = segments[0] === '' && (segments.length === 3 || (segments.length === 4 && entityClass === 'app'));
  const handler = shapeOk ? ENTITY_ROUTES.get(entityClass)?.get(method) : undefined;
  if (!handler || dash === entity.length - 1) throw notFound(`No such route: ${path}`);
  return { run: (ctx, body) => handler(ctx, entity, body) };
}
