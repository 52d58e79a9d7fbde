// Pagination of every find* route with a small page limit: `limit` is capped, `next` is opaque
// and null on the last page, following it reaches every result exactly once, and a `starting`
// the route never returned is InvalidInput.
import { describe, expect, it } from 'vitest';
import type { Seed } from '../../../main/seed/seedSchema';
import { SeedSchema } from '../../../main/seed/seedSchema';
import type { EmulatorHandle } from '../../../main/emulator/index';
import { emulator, ok, refused } from './emuHelpers';

const users = Array.from({ length: 23 }, (_, i) => `user-u${String(i).padStart(2, '0')}`);

function bigSeed(): Seed {
  const suffix = (i: number): string => `P${String(i).padStart(23, '0')}`;
  return SeedSchema.parse({
    users: users.map((id) => ({ id })),
    tokens: { 'token-admin': 'user-u00' },
    orgs: Array.from({ length: 7 }, (_, o) => ({
      id: `org-o${o}`,
      name: `Org ${o}`,
      members: users.map((id, i) => ({ id, level: i === 0 ? 'ADMIN' : 'MEMBER' })),
    })),
    projects: Array.from({ length: 12 }, (_, i) => ({
      id: `project-${suffix(i)}`,
      name: `P${i}`,
      billTo: 'org-o0',
      permissions: { 'org-o0': i % 2 === 0 ? 'VIEW' : 'CONTRIBUTE' },
    })),
  });
}

async function collect(emu: EmulatorHandle, route: string, body: object): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let pages = 0;
  let starting: unknown = undefined;
  do {
    const page: { results: Array<{ id: string }>; next: unknown } = await ok(emu, 'token-admin', route, { ...body, ...(starting === undefined ? {} : { starting }) });
    pages += 1;
    expect(page.results.length).toBeLessThanOrEqual(5);
    ids.push(...page.results.map((r) => r.id));
    starting = page.next ?? undefined;
    if (page.next !== null) expect(typeof page.next).toBe('string');
  } while (starting !== undefined);
  return { ids, pages };
}

describe('pagination', () => {
  it.each([
    ['/org-o0/findMembers', {}, 23],
    ['/system/findOrgs', {}, 7],
    ['/system/findProjects', { level: 'VIEW' }, 12],
    ['/org-o0/findProjects', {}, 12],
  ])('%s pages to the end with pageLimit 5', async (route, body, total) => {
    const emu = await emulator({ seed: bigSeed(), pageLimit: 5 });
    const { ids, pages } = await collect(emu, route, { ...body, limit: 1000 });
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect([...ids].sort()).toEqual(ids);
    expect(pages).toBe(Math.ceil(total / 5));
  });

  it('honours a limit below the page limit', async () => {
    const emu = await emulator({ seed: bigSeed(), pageLimit: 5 });
    const { ids, pages } = await collect(emu, '/org-o0/findMembers', { limit: 2 });
    expect(ids).toEqual(users);
    expect(pages).toBe(12);
  });

  it('still reproduces the CONTRIBUTE default across pages', async () => {
    const emu = await emulator({ seed: bigSeed(), pageLimit: 5 });
    const { ids } = await collect(emu, '/system/findProjects', {});
    expect(ids).toHaveLength(6);
  });

  it('refuses a starting value it never returned, or one from another route', async () => {
    const emu = await emulator({ seed: bigSeed(), pageLimit: 5 });
    const first = await ok<{ next: string }>(emu, 'token-admin', '/org-o0/findMembers');
    const forged = Buffer.from(JSON.stringify({ s: 'user-u00/org-o0/findMembers', a: 'user-u10' })).toString('base64url');
    expect(await refused(emu, 'token-admin', '/org-o0/findMembers', { starting: forged })).toMatchObject({ status: 422, type: 'InvalidInput' });
    expect(await refused(emu, 'token-admin', '/org-o1/findMembers', { starting: first.next })).toMatchObject({ status: 422, type: 'InvalidInput' });
    expect(await refused(emu, 'token-admin', '/org-o0/findMembers', { limit: 0 })).toMatchObject({ status: 422, details: { field: 'limit' } });
  });
});
