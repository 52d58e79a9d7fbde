// Pagination of find* routes: limit growth, `next` copied unchanged, loop guard.
import { afterEach, describe, expect, it } from 'vitest';
import { PlatformError } from '../../../../main/sync/platform/index';
import { clientFor, rejectionOf } from './fixtures';
import { json, startScriptedServer, type ScriptedServer } from './scriptedServer';

let server: ScriptedServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const member = (id: string) => ({ id, level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE' });

describe('paginate', () => {
  it('follows `next` across three pages, copying it unchanged into `starting`', async () => {
    const cursor2 = { id: 'user-c', opaque: [1, 'x'] };
    server = await startScriptedServer([
      json(200, { results: [member('user-a'), member('user-b')], next: cursor2 }),
      json(200, { results: [member('user-c')], next: 'cursor-3' }),
      json(200, { results: [member('user-d')], next: null }),
    ]);
    const { client } = clientFor(server.url);
    const members = await client.findMembers('org-lab', { level: 'MEMBER' });
    expect(members.map((m) => m.id)).toEqual(['user-a', 'user-b', 'user-c', 'user-d']);
    expect(server.calls.map((c) => c.route)).toEqual(Array(3).fill('/org-lab/findMembers'));
    expect(server.calls.map((c) => c.body)).toEqual([
      { level: 'MEMBER', limit: 100 },
      { level: 'MEMBER', limit: 200, starting: cursor2 },
      { level: 'MEMBER', limit: 400, starting: 'cursor-3' },
    ]);
  });

  it('grows the page size up to 1000', async () => {
    server = await startScriptedServer((call, index) => json(200, { results: [], next: index < 5 ? `c${index}` : null }));
    const { client } = clientFor(server.url);
    const items: unknown[] = [];
    for await (const item of client.paginate('/system/findOrgs', { level: 'MEMBER' })) items.push(item);
    expect(items).toEqual([]);
    expect(server.calls.map((c) => c.body.limit)).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('ends when `next` is missing', async () => {
    server = await startScriptedServer([json(200, { results: [{ id: 'org-lab' }] })]);
    const { client } = clientFor(server.url);
    await expect(client.findOrgs()).resolves.toEqual([{ id: 'org-lab' }]);
  });

  it('stops with an error when a `next` repeats', async () => {
    server = await startScriptedServer((_call, index) => json(200, { results: [member(`user-${index}`)], next: { id: 'same' } }));
    const { client } = clientFor(server.url);
    const e = await rejectionOf(client.findMembers('org-lab'));
    expect(e).toBeInstanceOf(PlatformError);
    expect(e).toMatchObject({ type: 'InvalidResponse', code: 'PAGINATION_LOOP', transient: false, route: '/org-lab/findMembers' });
    expect(server.calls).toHaveLength(2);
  });

  it('rejects a reply that is not a page', async () => {
    server = await startScriptedServer([json(200, { members: [] })]);
    const { client } = clientFor(server.url);
    await expect(client.findOrgs()).rejects.toMatchObject({ type: 'InvalidResponse', code: 'SCHEMA_MISMATCH' });
  });

  it('sends its own limit and starting, not the caller’s, after the first page', async () => {
    server = await startScriptedServer([json(200, { results: [], next: 'n2' }), json(200, { results: [], next: null })]);
    const { client } = clientFor(server.url);
    for await (const _ of client.paginate('/system/findProjects', { level: 'VIEW', limit: 5, starting: 'resume-here' })) void _;
    expect(server.calls.map((c) => c.body)).toEqual([
      { level: 'VIEW', limit: 100, starting: 'resume-here' },
      { level: 'VIEW', limit: 200, starting: 'n2' },
    ]);
  });
});
