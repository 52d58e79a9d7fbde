// The platform client against the sandbox platform (main/emulator) over real HTTP, with the
// demo seed: the reads the sync engine's pull relies on, error mapping, pagination across a
// small page limit, and the emulator's faults (Retry-After, HTML error pages).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../../../../main/emulator/index';
import { DEMO_APP_ID, DEMO_PROJECT_IDS, demoSeed } from '../../../../main/seed/demoSeed';
import { createPlatformClient, PlatformError, type PlatformClientOptions } from '../../../../main/sync/platform/index';

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await startEmulator({ seed: demoSeed, pageLimit: 2 });
});
afterAll(async () => {
  await emu.close();
});

function clientAs(token: string, over: Partial<PlatformClientOptions> = {}) {
  const delays: number[] = [];
  const routes: string[] = [];
  const client = createPlatformClient({
    baseUrl: emu.url,
    token,
    random: () => 0,
    sleep: async (ms) => {
      delays.push(ms);
    },
    onCall: (r) => routes.push(r),
    ...over,
  });
  return { client, delays, routes };
}

describe('platform client against the emulator (demo seed, acting as user-d)', () => {
  it('whoami', async () => {
    await expect(clientAs('token-for-d').client.whoami()).resolves.toMatchObject({ id: 'user-d' });
  });

  it('findOrgs lists both orgs with their describe', async () => {
    const orgs = await clientAs('token-for-d').client.findOrgs();
    expect(orgs.map((o) => [o.id, o.level, o.describe?.name])).toEqual([
      ['org-lab', 'ADMIN', 'Lab'],
      ['org-lab_new', 'ADMIN', 'Lab (new)'],
    ]);
  });

  it('findMembers pages through every member, keeping every flag', async () => {
    const { client, routes } = clientAs('token-for-d');
    const members = await client.findMembers('org-lab');
    expect(members.map((m) => m.id)).toEqual(['user-a', 'user-b', 'user-c', 'user-d', 'user-e']);
    expect(routes).toEqual(Array(3).fill('/org-lab/findMembers'));
    const admin = members.find((m) => m.id === 'user-a');
    expect(admin).toMatchObject({ level: 'ADMIN', allowBillableActivities: true, appAccess: true, projectAccess: 'ADMINISTER' });
    expect(admin).toHaveProperty('dataSearch');
    expect(members.find((m) => m.id === 'user-e')).toMatchObject({ level: 'MEMBER', allowBillableActivities: true });
  });

  it('findProjects asks for level VIEW, so projects seen only at VIEW are not dropped', async () => {
    const { client } = clientAs('token-for-d');
    const seen = await client.findProjects({ describe: true });
    expect(seen.map((p) => p.id).sort()).toEqual([DEMO_PROJECT_IDS.rawData, DEMO_PROJECT_IDS.resources].sort());
    // The platform's own default (CONTRIBUTE) would have hidden Resources, which user-d sees at VIEW.
    const quirk = await client.findProjects({ level: 'CONTRIBUTE' });
    expect(quirk.map((p) => p.id)).toEqual([DEMO_PROJECT_IDS.rawData]);
  });

  it('describe of a project, an org and an app', async () => {
    const { client } = clientAs('token-for-d');
    const project = await client.describeProject(DEMO_PROJECT_IDS.rawData);
    expect(project).toMatchObject({
      id: DEMO_PROJECT_IDS.rawData,
      name: 'Raw Data',
      billTo: 'org-lab',
      level: 'ADMINISTER',
      permissions: { 'user-d': 'ADMINISTER', 'org-lab': 'UPLOAD' },
      containsPHI: false,
    });
    expect(typeof project.version).toBe('number');
    await expect(client.describeOrg('org-lab')).resolves.toMatchObject({ id: 'org-lab', name: 'Lab', level: 'ADMIN' });
    await expect(client.describeApp(DEMO_APP_ID)).resolves.toMatchObject({ id: DEMO_APP_ID, authorizedUsers: ['org-lab'] });
    await expect(client.listAuthorizedUsers(DEMO_APP_ID)).resolves.toEqual({ authorizedUsers: ['org-lab'] });
  });

  it('maps the emulator’s errors to typed PlatformErrors without retrying them', async () => {
    const bad = clientAs('not-a-token');
    await expect(bad.client.whoami()).rejects.toMatchObject({ type: 'InvalidAuthentication', status: 401 });
    expect(bad.routes).toHaveLength(1);
    const { client, routes } = clientAs('token-for-d');
    const e = await client.describeProject('project-000000000000000000000000').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(PlatformError);
    expect(e).toMatchObject({ type: 'ResourceNotFound', status: 404, transient: false });
    expect(routes).toHaveLength(1);
  });

  it('honours the emulator’s Retry-After without spending the budget', async () => {
    emu.setFaults({ every429: 2 });
    try {
      const { client, delays } = clientAs('token-for-d', { maxRetries: 0 });
      const members = await client.findMembers('org-lab_new');
      expect(members.map((m) => m.id)).toEqual(['user-d', 'user-e', 'user-f']);
      expect(delays.length).toBeGreaterThan(0);
      expect(delays.every((d) => d >= 1000)).toBe(true);
    } finally {
      emu.setFaults({ every429: null });
    }
  });

  it('reports an HTML 503 page once the budget is spent', async () => {
    emu.setFaults({ rate: 1, htmlErrors: true });
    try {
      const { client, delays } = clientAs('token-for-d', { maxRetries: 2 });
      const e = await client.describeOrg('org-lab').catch((err: unknown) => err);
      expect(e).toMatchObject({ status: 503, attempts: 3 });
      expect((e as PlatformError).message).toContain('HTML error page');
      expect(delays).toHaveLength(2);
    } finally {
      emu.setFaults({ rate: 0, htmlErrors: false });
    }
  });
});
