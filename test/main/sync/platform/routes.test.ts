import { describe, expect, it } from 'vitest';
import { isSafeRoute, parseRoute } from '../../../../main/sync/platform/index';

describe('isSafeRoute (platform-api.md §1)', () => {
  it.each([
    '/org-lab/describe',
    '/org-lab/update',
    '/org-lab/invite',
    '/org-lab/setMemberAccess',
    '/org-lab/removeMember',
    '/org-lab/findMembers',
    '/project-Gq4pF2kZ0bXv8J9yKQfYbP1x/decreasePermissions',
    '/project-Gq4pF2kZ0bXv8J9yKQfYbP1x/update',
    '/project-Gq4pF2kZ0bXv8J9yKQfYbP1x/describe',
    '/app-GQ9kZb2pXf4vJ8yK0qPzB1Fx/addAuthorizedUsers',
    '/app-GQ9kZb2pXf4vJ8yK0qPzB1Fx/removeAuthorizedUsers',
    '/app-GQ9kZb2pXf4vJ8yK0qPzB1Fx/listAuthorizedUsers',
    '/app-qc/1.0.0/describe',
    '/system/whoami',
    '/system/findOrgs',
    '/system/findProjects',
    '/user-a/describe',
  ])('%s is safe', (route) => expect(isSafeRoute(route, {})).toBe(true));

  it.each([
    '/project/new',
    '/project-Gq4pF2kZ0bXv8J9yKQfYbP1x/invite',
    '/project-Gq4pF2kZ0bXv8J9yKQfYbP1x/clone',
    '/project-Gq4pF2kZ0bXv8J9yKQfYbP1x/destroy',
    '/user-a/update',
    '/app-qc/addDevelopers',
    '/app/new',
    '/nonsense',
    'org-lab/describe',
  ])('%s is not safe', (route) => expect(isSafeRoute(route, {})).toBe(false));

  it('/org/new is safe only with a nonce', () => {
    expect(isSafeRoute('/org/new', { handle: 'x' })).toBe(false);
    expect(isSafeRoute('/org/new', { handle: 'x', nonce: '' })).toBe(false);
    expect(isSafeRoute('/org/new', { handle: 'x', nonce: 'n-1' })).toBe(true);
  });

  it('parses entity and class routes', () => {
    expect(parseRoute('/org/new')).toEqual({ entityClass: 'org', isClassRoute: true, method: 'new' });
    expect(parseRoute('/app-qc/1.0.0/describe')).toEqual({ entityClass: 'app', isClassRoute: false, method: 'describe' });
    expect(parseRoute('/')).toBeNull();
  });
});
