// Route safety (platform-api.md §1, dxpy's wrapper_table.json): may a request that got no reply
// be sent again? Owns that table and the building of entity routes; it never sends anything.
// Unknown routes are unsafe: repeating a create or an invite could apply it twice.

/** Reads change nothing, so repeating them is always harmless. */
const READ_METHOD = /^(describe|find[A-Z]\w*|list[A-Z]\w*|whoami)$/;

export interface RouteParts {
  /** 'org', 'project', 'app', 'user', 'system', ... */
  entityClass: string;
  /** true for `/{class}/new`-style routes that name no entity. */
  isClassRoute: boolean;
  method: string;
}

export function parseRoute(route: string): RouteParts | null {
  const segments = route.split('/');
  if (segments[0] !== '' || segments.length < 3) return null;
  const entity = segments[1] ?? '';
  const method = segments[segments.length - 1] ?? '';
  if (entity.length === 0 || method.length === 0) return null;
  const dash = entity.indexOf('-');
  if (dash < 0) return { entityClass: entity, isClassRoute: true, method };
  return { entityClass: entity.slice(0, dash), isClassRoute: false, method };
}

/**
 * Safe routes: /org-x/*, /project-x/decreasePermissions, /project-x/update, /app-x/*AuthorizedUsers,
 * and every read. /org/new is safe only with a nonce, because the platform replays a repeated nonce.
 * Not safe: /project/new, /project-x/invite, /user-x/update and anything unknown.
 */
export function isSafeRoute(route: string, body: unknown = {}): boolean {
  const parts = parseRoute(route);
  if (parts === null) return false;
  if (READ_METHOD.test(parts.method)) return true;
  const { entityClass, isClassRoute, method } = parts;
  if (isClassRoute) return entityClass === 'org' && method === 'new' && hasNonce(body);
  if (entityClass === 'org') return true;
  if (entityClass === 'project') return method === 'decreasePermissions' || method === 'update';
  if (entityClass === 'app') return method.endsWith('AuthorizedUsers');
  return false;
}

function hasNonce(body: unknown): boolean {
  if (body === null || typeof body !== 'object' || !('nonce' in body)) return false;
  const { nonce } = body;
  return typeof nonce === 'string' && nonce.length > 0;
}

/** IDs go into the URL path, so anything that could change the path is refused. */
const ENTITY_ID = /^[a-z]+-[A-Za-z0-9_.-]+$/;
/** Apps may also be named with a version or tag: app-NAME/1.0.0. */
const APP_REF = /^app-[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)?$/;

export function entityRoute(id: string, method: string): string | null {
  const ok = id.startsWith('app-') ? APP_REF.test(id) : ENTITY_ID.test(id);
  if (!ok || id.split('/').some((s) => s === '.' || s === '..')) return null;
  return `/${id}/${method}`;
}
