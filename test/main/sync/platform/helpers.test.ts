// The typed route helpers: the right route and body for each, lenient reply schemas, and
// the quirk fixes (findProjects level VIEW, /org/new nonce).
import { afterEach, describe, expect, it } from 'vitest';
import { PlatformError, type PlatformClient } from '../../../../main/sync/platform/index';
import { clientFor, rejectionOf } from './fixtures';
import { drop, json, startScriptedServer, type ScriptedServer } from './scriptedServer';

const PROJECT = 'project-Gq4pF2kZ0bXv8J9yKQfYbP1x';
const APP = 'app-GQ9kZb2pXf4vJ8yK0qPzB1Fx';

let server: ScriptedServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

interface Case {
  name: string;
  run: (c: PlatformClient) => Promise<unknown>;
  route: string;
  body: Record<string, unknown>;
  reply: unknown;
}

const page = (results: unknown[]) => ({ results, next: null });

const cases: Case[] = [
  { name: 'whoami', run: (c) => c.whoami(), route: '/system/whoami', body: {}, reply: { id: 'user-d' } },
  { name: 'describeUser', run: (c) => c.describeUser('user-b'), route: '/user-b/describe', body: {}, reply: { id: 'user-b', email: 'b@x' } },
  {
    name: 'findOrgs',
    run: (c) => c.findOrgs(),
    route: '/system/findOrgs',
    body: { level: 'MEMBER', describe: true, limit: 100 },
    reply: page([{ id: 'org-lab', describe: { id: 'org-lab', name: 'Lab', level: 'ADMIN' } }]),
  },
  { name: 'describeOrg', run: (c) => c.describeOrg('org-lab'), route: '/org-lab/describe', body: {}, reply: { id: 'org-lab', name: 'Lab' } },
  {
    name: 'updateOrg',
    run: (c) => c.updateOrg('org-lab', { name: 'Lab 2', policies: { memberListVisibility: 'MEMBER' } }),
    route: '/org-lab/update',
    body: { name: 'Lab 2', policies: { memberListVisibility: 'MEMBER' } },
    reply: { id: 'org-lab' },
  },
  {
    name: 'newOrg with a nonce',
    run: (c) => c.newOrg({ handle: 'lab2', name: 'Lab 2', nonce: 'n-1' }),
    route: '/org/new',
    body: { handle: 'lab2', name: 'Lab 2', nonce: 'n-1' },
    reply: { id: 'org-lab2' },
  },
  {
    name: 'findMembers',
    run: (c) => c.findMembers('org-lab', { id: ['user-b'] }),
    route: '/org-lab/findMembers',
    body: { id: ['user-b'], limit: 100 },
    reply: page([{ id: 'user-b', level: 'MEMBER' }]),
  },
  {
    name: 'invite',
    run: (c) => c.invite('org-lab', { invitee: 'user-f', level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'VIEW' }),
    route: '/org-lab/invite',
    body: { invitee: 'user-f', level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'VIEW' },
    reply: { id: 'org-lab', state: 'ACTIVE' },
  },
  {
    name: 'setMemberAccess',
    run: (c) => c.setMemberAccess('org-lab', { 'user-b': { level: 'MEMBER', projectAccess: 'VIEW' }, 'user-c': { level: 'ADMIN' } }),
    route: '/org-lab/setMemberAccess',
    body: { 'user-b': { level: 'MEMBER', projectAccess: 'VIEW' }, 'user-c': { level: 'ADMIN' } },
    reply: { id: 'org-lab' },
  },
  {
    name: 'removeMember',
    run: (c) => c.removeMember('org-lab', { user: 'user-b', revokeProjectPermissions: true, revokeAppPermissions: false }),
    route: '/org-lab/removeMember',
    body: { user: 'user-b', revokeProjectPermissions: true, revokeAppPermissions: false },
    reply: { id: 'org-lab', projects: { [PROJECT]: 'VIEW' }, apps: {} },
  },
  {
    name: 'findOrgProjects',
    run: (c) => c.findOrgProjects('org-lab', { describe: true }),
    route: '/org-lab/findProjects',
    body: { describe: true, limit: 100 },
    reply: page([{ id: PROJECT, level: 'NONE', public: false }]),
  },
  {
    name: 'findOrgApps',
    run: (c) => c.findOrgApps('org-lab'),
    route: '/org-lab/findApps',
    body: { limit: 100 },
    reply: page([{ id: APP, describe: { id: APP, name: 'qc' } }]),
  },
  {
    name: 'findProjects',
    run: (c) => c.findProjects({ describe: true }),
    route: '/system/findProjects',
    body: { describe: true, level: 'VIEW', limit: 100 },
    reply: page([{ id: PROJECT, level: 'VIEW' }]),
  },
  {
    name: 'describeProject',
    run: (c) => c.describeProject(PROJECT),
    route: `/${PROJECT}/describe`,
    body: {},
    reply: { id: PROJECT, name: 'Resources', permissions: { 'user-a': 'ADMINISTER' }, version: 3, databaseResultsRestricted: null },
  },
  {
    name: 'newProject',
    run: (c) => c.newProject({ name: 'New', billTo: 'org-lab', properties: { orgdeskLocalId: 'local-1' } }),
    route: '/project/new',
    body: { name: 'New', billTo: 'org-lab', properties: { orgdeskLocalId: 'local-1' } },
    reply: { id: PROJECT },
  },
  {
    name: 'projectInvite',
    run: (c) => c.projectInvite(PROJECT, { invitee: 'org-lab', level: 'UPLOAD' }),
    route: `/${PROJECT}/invite`,
    body: { invitee: 'org-lab', level: 'UPLOAD' },
    reply: { id: PROJECT, state: 'accepted' },
  },
  {
    name: 'decreasePermissions',
    run: (c) => c.decreasePermissions(PROJECT, { 'user-b': 'VIEW', 'org-lab': null }),
    route: `/${PROJECT}/decreasePermissions`,
    body: { 'user-b': 'VIEW', 'org-lab': null },
    reply: { id: PROJECT },
  },
  {
    name: 'updateProject',
    run: (c) => c.updateProject(PROJECT, { version: 3, protected: true }),
    route: `/${PROJECT}/update`,
    body: { version: 3, protected: true },
    reply: { id: PROJECT },
  },
  { name: 'describeApp', run: (c) => c.describeApp(APP), route: `/${APP}/describe`, body: {}, reply: { id: APP, authorizedUsers: ['org-lab'] } },
  {
    name: 'listAuthorizedUsers',
    run: (c) => c.listAuthorizedUsers(APP),
    route: `/${APP}/listAuthorizedUsers`,
    body: {},
    reply: { authorizedUsers: ['org-lab'] },
  },
  {
    name: 'addAuthorizedUsers',
    run: (c) => c.addAuthorizedUsers(APP, ['user-b']),
    route: `/${APP}/addAuthorizedUsers`,
    body: { authorizedUsers: ['user-b'] },
    reply: { id: APP },
  },
  {
    name: 'removeAuthorizedUsers',
    run: (c) => c.removeAuthorizedUsers(APP, ['org-lab']),
    route: `/${APP}/removeAuthorizedUsers`,
    body: { authorizedUsers: ['org-lab'] },
    reply: { id: APP },
  },
];

describe('route helpers', () => {
  it.each(cases)('$name sends $route', async ({ run, route, body, reply }) => {
    server = await startScriptedServer([json(200, reply)]);
    const { client } = clientFor(server.url);
    const result = await run(client);
    expect(server.calls.map((c) => [c.route, c.body])).toEqual([[route, body]]);
    const expected = reply !== null && typeof reply === 'object' && 'results' in reply ? reply.results : reply;
    expect(result).toEqual(expected);
  });

  it('findProjects always asks for level VIEW, unless the caller names a level', async () => {
    server = await startScriptedServer([json(200, page([])), json(200, page([]))]);
    const { client } = clientFor(server.url);
    await client.findProjects();
    await client.findProjects({ level: 'CONTRIBUTE' });
    expect(server.calls.map((c) => c.body.level)).toEqual(['VIEW', 'CONTRIBUTE']);
  });

  it('newOrg sends a nonce of its own, so a dropped create is safely repeated with the same one', async () => {
    server = await startScriptedServer([drop(), json(200, { id: 'org-lab2' })]);
    const { client } = clientFor(server.url);
    await expect(client.newOrg({ handle: 'lab2' })).resolves.toEqual({ id: 'org-lab2' });
    const [first, second] = server.calls;
    expect(typeof first?.body.nonce).toBe('string');
    expect(second?.body.nonce).toBe(first?.body.nonce);
  });

  it('keeps unknown member flags and fields (lenient schemas)', async () => {
    const record = {
      id: 'user-a',
      level: 'ADMIN',
      allowBillableActivities: true,
      appAccess: true,
      projectAccess: 'ADMINISTER',
      archivalManagement: true,
      dataSearch: true,
      someFutureFlag: { nested: 1 },
    };
    server = await startScriptedServer([json(200, page([record]))]);
    const { client } = clientFor(server.url);
    await expect(client.findMembers('org-lab')).resolves.toEqual([record]);
  });

  it('rejects a reply without the fields the engine relies on, naming where', async () => {
    server = await startScriptedServer([json(200, page([{ id: 'user-a', level: 'OWNER' }]))]);
    const { client } = clientFor(server.url);
    const e = await rejectionOf(client.findMembers('org-lab'));
    expect(e).toMatchObject({ type: 'InvalidResponse', code: 'SCHEMA_MISMATCH', transient: false });
    expect((e as PlatformError).message).toContain('results[0].level');
  });

  it('refuses IDs that would change the URL path, without calling', async () => {
    server = await startScriptedServer([]);
    const { client } = clientFor(server.url);
    for (const bad of ['org-lab/../system', '../org-lab', 'org-lab?x=1', '', 'app-qc/../../x']) {
      await expect(client.describeOrg(bad)).rejects.toMatchObject({ type: 'ClientError', code: 'BAD_ID' });
    }
    expect(server.calls).toHaveLength(0);
  });

  it('lets call() override the route table', async () => {
    server = await startScriptedServer([drop(), json(200, { ok: true })]);
    const { client } = clientFor(server.url);
    await expect(client.call('/project/new', { name: 'x' }, { safe: true })).resolves.toEqual({ ok: true });
    expect(server.calls).toHaveLength(2);
  });
});
