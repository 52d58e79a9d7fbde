// The orgdesk commands end to end over a real temporary workspace holding the demo: the JSON
// shapes interfaces.md fixes, the scenarios.md answers, and refusals that write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../../main/app';
import { DEMO_APP_ID, DEMO_PROJECT_IDS, demoSeed } from '../../../main/seed/demoSeed';
import { loadSeed } from '../../../main/seed/loadSeed';
import { tempWorkspace } from './cliHarness';
import type { TempWorkspace } from './cliHarness';

interface Route {
  kind: string;
  org?: string;
  orgLevel?: string;
  cap?: string;
  level: string;
  winning: boolean;
}
interface Membership {
  level: string;
  allowBillableActivities: boolean;
  appAccess: boolean;
  projectAccess: string;
  pending?: boolean;
}
interface MembersJson {
  orgs: string[];
  rows: Array<{ user: string; memberships: Record<string, Membership> }>;
}

const RAW = DEMO_PROJECT_IDS.rawData;
const RESOURCES = DEMO_PROJECT_IDS.resources;

const ADMIN = { level: 'ADMIN', allowBillableActivities: true, appAccess: true, projectAccess: 'ADMINISTER' };
const MEMBER = { level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE' };
const BILLABLE = { ...MEMBER, allowBillableActivities: true };

/** scenarios.md Example 2, "Expected membership matrix". */
const EXAMPLE_2 = {
  orgs: ['org-lab', 'org-lab_new'],
  rows: [
    { user: 'user-a', memberships: { 'org-lab': ADMIN } },
    { user: 'user-b', memberships: { 'org-lab': MEMBER } },
    { user: 'user-c', memberships: { 'org-lab': MEMBER } },
    { user: 'user-d', memberships: { 'org-lab': ADMIN, 'org-lab_new': ADMIN } },
    { user: 'user-e', memberships: { 'org-lab': BILLABLE, 'org-lab_new': BILLABLE } },
    { user: 'user-f', memberships: { 'org-lab_new': MEMBER } },
  ],
};

function matrixCore(m: MembersJson): MembersJson {
  return {
    orgs: m.orgs,
    rows: m.rows.map((r) => ({
      user: r.user,
      memberships: Object.fromEntries(
        Object.entries(r.memberships).map(([org, x]) => [
          org,
          { level: x.level, allowBillableActivities: x.allowBillableActivities, appAccess: x.appAccess, projectAccess: x.projectAccess },
        ]),
      ),
    })),
  };
}

let ws: TempWorkspace;

async function outboxSize(): Promise<number> {
  return (await ws.json<{ entries: unknown[] }>('outbox', '--json')).entries.length;
}

beforeAll(async () => {
  ws = tempWorkspace();
  const demo = await ws.run('demo');
  expect(demo.code, demo.stderr).toBe(0);
  expect(demo.stdout).toContain('user-d');
});
afterAll(() => ws.remove());

describe('orgdesk over the demo workspace (read-only)', () => {
  it('demo refuses a workspace that already holds data, changing nothing', async () => {
    const again = await ws.run('demo');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^orgdesk: .+\n$/);
    expect(again.stdout).toBe('');
  });

  it('whoami names the acting user', async () => {
    const r = await ws.run('whoami');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^user-d \(Dana Diaz\)\n/);
    expect(r.stdout).toContain('not connected');
  });

  it('orgs lists both orgs with counts', async () => {
    const { orgs } = await ws.json<{ orgs: Array<{ id: string; memberCount: number }> }>('orgs', '--json');
    expect(orgs.map((o) => [o.id, o.memberCount])).toEqual([
      ['org-lab', 5],
      ['org-lab_new', 3],
    ]);
    const text = await ws.run('orgs');
    expect(text.stdout).toMatch(/^ORG\s+NAME\s+MEMBERS/);
  });

  it('members --json equals the Example 2 matrix', async () => {
    const m = await ws.json<MembersJson>('members', '--json');
    expect(matrixCore(m)).toEqual(EXAMPLE_2);
  });

  it('members prints the matrix as a table and as CSV', async () => {
    const text = await ws.run('members');
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toMatch(/^USER\s+NAME\s+org-lab\s+org-lab_new$/);
    expect(lines.find((l) => l.startsWith('user-e'))).toMatch(/MEMBER \(billable\)\s+MEMBER \(billable\)$/);
    const csv = await ws.run('members', '--csv');
    expect(csv.stdout.startsWith('\uFEFFuser,name,org-lab,org-lab_new\r\n')).toBe(true);
    expect(csv.stdout).toContain('user-d,Dana Diaz,ADMIN,ADMIN\r\n');
    expect(csv.stdout).toContain('user-f,Fay Foster,,MEMBER\r\n');
    const one = await ws.json<MembersJson>('members', '--org', 'org-lab_new', '--json');
    expect(one.orgs).toEqual(['org-lab_new']);
  });

  it('explain user-b Raw Data: UPLOAD through org-lab, capped at CONTRIBUTE', async () => {
    const e = await ws.json<{ user: string; project: string; level: string; routes: Route[] }>('explain', 'user-b', RAW, '--json');
    expect(e.user).toBe('user-b');
    expect(e.project).toBe(RAW);
    expect(e.level).toBe('UPLOAD');
    expect(e.routes).toHaveLength(1);
    expect(e.routes[0]).toMatchObject({ kind: 'org', org: 'org-lab', orgLevel: 'MEMBER', cap: 'CONTRIBUTE', level: 'UPLOAD', winning: true });
    const text = await ws.run('explain', 'user-b', 'Raw Data');
    expect(text.stdout).toContain(`user-b on Raw Data (${RAW}): UPLOAD`);
    expect(text.stdout).toContain('* UPLOAD via org-lab (org grants UPLOAD, MEMBER, cap CONTRIBUTE)  (winning)');
  });

  it('access --user has the interfaces.md shape and leaves NONE out', async () => {
    const a = await ws.json<{ user: string; projects: Array<{ project: string; name: string; level: string; routes: Route[] }> }>(
      'access',
      '--user',
      'user-b',
      '--json',
    );
    expect(a.user).toBe('user-b');
    expect(a.projects.map((p) => [p.project, p.name, p.level])).toEqual(
      expect.arrayContaining([
        [RESOURCES, 'Resources', 'VIEW'],
        [RAW, 'Raw Data', 'UPLOAD'],
      ]),
    );
    expect(a.projects).toHaveLength(2);
    for (const p of a.projects) {
      expect(p.routes.filter((r) => r.winning)).toHaveLength(1);
      for (const r of p.routes) expect(['direct', 'org', 'public']).toContain(r.kind);
    }
    const f = await ws.json<{ projects: unknown[] }>('access', '--user', 'user-f', '--json');
    expect(f.projects).toEqual([]);
  });

  it('access --project has the interfaces.md shape', async () => {
    const a = await ws.json<{ project: string; users: Array<{ user: string; level: string; routes: Route[] }> }>(
      'access',
      '--project',
      'Resources',
      '--json',
    );
    expect(a.project).toBe(RESOURCES);
    const levels = Object.fromEntries(a.users.map((u) => [u.user, u.level]));
    expect(levels).toEqual({ 'user-a': 'ADMINISTER', 'user-b': 'VIEW', 'user-c': 'VIEW', 'user-d': 'VIEW', 'user-e': 'VIEW' });
    const userA = a.users.find((u) => u.user === 'user-a');
    expect(userA?.routes.find((r) => r.winning)).toMatchObject({ kind: 'direct', level: 'ADMINISTER' });
    const csv = await ws.run('access', '--project', 'Resources', '--csv');
    expect(csv.stdout.startsWith('\uFEFFuser,user name,project,project name,level,via\r\n')).toBe(true);
    expect(csv.stdout).toContain(`user-b,Ben Baker,${RESOURCES},Resources,VIEW,via org-lab\r\n`);
    expect(csv.stdout).toContain(`user-a,Ada Adams,${RESOURCES},Resources,ADMINISTER,direct\r\n`);
  });

  it('member remove --dry-run --json lists exactly Resources, Raw Data and qc, and queues nothing', async () => {
    const before = await ws.run('members', '--json');
    const r = await ws.json<{ projectsLost: Array<{ project: string; name: string; from: string; to: string }>; appsLost: string[] }>(
      'member',
      'remove',
      'org-lab',
      'user-c',
      '--dry-run',
      '--json',
    );
    expect([...r.projectsLost].sort((x, y) => x.name.localeCompare(y.name))).toEqual([
      { project: RAW, name: 'Raw Data', from: 'UPLOAD', to: 'NONE' },
      { project: RESOURCES, name: 'Resources', from: 'VIEW', to: 'NONE' },
    ]);
    expect(r.appsLost).toEqual([DEMO_APP_ID]);
    expect(await outboxSize()).toBe(0);
    expect((await ws.run('members', '--json')).stdout).toBe(before.stdout);
    const text = await ws.run('member', 'remove', 'org-lab', 'user-c', '--dry-run');
    expect(text.stdout).toContain('Removing user-c from org-lab would change:');
    expect(text.stdout).toMatch(/Raw Data\s+project-\S+\s+UPLOAD\s+NONE/);
  });

  it('refuses member edits in an org where the acting user is not ADMIN, and queues nothing', async () => {
    const app = openApp({ workspacePath: ws.file });
    try {
      loadSeed(app.db, {
        users: demoSeed.users.filter((u) => u.id === 'user-a' || u.id === 'user-d'),
        tokens: {},
        orgs: [
          {
            id: 'org-other',
            name: 'Other',
            phiFeaturesEnabled: false,
            policies: {},
            members: [
              { id: 'user-a', level: 'ADMIN' },
              { id: 'user-d', level: 'MEMBER' },
            ],
          },
        ],
        projects: [],
        apps: [],
      });
    } finally {
      app.close();
    }
    const before = (await ws.run('members', '--json')).stdout;
    for (const argv of [
      ['member', 'add', 'org-other', 'user-f'],
      ['member', 'set', 'org-other', 'user-a', '--level', 'MEMBER'],
      ['member', 'remove', 'org-other', 'user-a'],
    ]) {
      const r = await ws.run(...argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^orgdesk: [^\n]*ADMIN[^\n]*org-other[^\n]*\n$/);
    }
    expect(await outboxSize()).toBe(0);
    expect((await ws.run('members', '--json')).stdout).toBe(before);
  });

  it('refuses an edit the acting user may not make, with the reason, and queues nothing', async () => {
    // user-d has only VIEW on Resources (through org-lab), so may not share it.
    const r = await ws.run('project', 'share', 'Resources', 'user-f', '--level', 'VIEW');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^orgdesk: [^\n]+\n$/);
    expect(await outboxSize()).toBe(0);
    const missing = await ws.run('member', 'set', 'org-nowhere', 'user-b', '--level', 'MEMBER');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^orgdesk: [^\n]*org-nowhere[^\n]*\n$/);
    expect(await outboxSize()).toBe(0);
  });
});

describe('orgdesk edits on the demo workspace', () => {
  let edits: TempWorkspace;
  beforeAll(async () => {
    edits = tempWorkspace();
    expect((await edits.run('demo')).code).toBe(0);
  });
  afterAll(() => edits.remove());

  it('member set queues a change that explain and members then reflect', async () => {
    const r = await edits.run('member', 'set', 'org-lab', 'user-b', '--project-access', 'view');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Queued:');
    const e = await edits.json<{ level: string; routes: Route[] }>('explain', 'user-b', RAW, '--json');
    expect(e.level).toBe('VIEW');
    expect(e.routes[0]).toMatchObject({ kind: 'org', cap: 'VIEW', level: 'VIEW', winning: true });
    const m = await edits.json<MembersJson>('members', '--json');
    expect(m.rows.find((row) => row.user === 'user-b')?.memberships['org-lab']).toMatchObject({ projectAccess: 'VIEW', pending: true });
    const outbox = await edits.json<{ entries: Array<{ op: string; target: string; state: string }> }>('outbox', '--json');
    expect(outbox.entries).toEqual([expect.objectContaining({ op: 'member.update', target: 'member:org-lab:user-b', state: 'pending' })]);
  });

  it('member add accepts yes/no booleans and queues an invite', async () => {
    const r = await edits.json<{ org: string; user: string; level: string; allowBillableActivities: boolean; appAccess: boolean }>(
      'member',
      'add',
      'org-lab_new',
      'user-b',
      '--billable',
      'yes',
      '--app-access',
      'NO',
      '--json',
    );
    expect(r).toMatchObject({ org: 'org-lab_new', user: 'user-b', level: 'MEMBER', allowBillableActivities: true, appAccess: false });
  });

  it('project share/unshare/set and app authorize/deauthorize queue edits', async () => {
    expect((await edits.run('project', 'share', 'Raw Data', 'user-f', '--level', 'contribute')).code).toBe(0);
    expect((await edits.json<{ level: string }>('explain', 'user-f', RAW, '--json')).level).toBe('CONTRIBUTE');
    expect((await edits.run('project', 'unshare', 'Raw Data', 'user-f')).code).toBe(0);
    expect((await edits.json<{ level: string }>('explain', 'user-f', RAW, '--json')).level).toBe('NONE');
    const set = await edits.json<{ settings: Record<string, boolean> }>(
      'project',
      'set',
      RAW,
      '--copy-access',
      'none',
      '--delete-access',
      'admins',
      '--download-access',
      'none',
      '--json',
    );
    expect(set.settings).toMatchObject({ restricted: true, protected: true, downloadRestricted: true });
    const auth = await edits.json<{ authorizedUsers: string[] }>('app', 'authorize', 'qc', 'user-f', '--json');
    expect(auth.authorizedUsers).toContain('user-f');
    const deauth = await edits.json<{ authorizedUsers: string[] }>('app', 'deauthorize', 'qc', 'user-f', '--json');
    expect(deauth.authorizedUsers).not.toContain('user-f');
    const ops = (await edits.json<{ entries: Array<{ op: string }> }>('outbox', '--json')).entries.map((e) => e.op);
    expect(ops).toEqual(expect.arrayContaining(['project.share', 'project.unshare', 'project.update', 'app.authorize', 'app.deauthorize']));
  });

  it('member remove queues the removal and user-c loses access', async () => {
    const r = await edits.json<{ projectsLost: unknown[]; appsLost: string[] }>('member', 'remove', 'org-lab', 'user-c', '--json');
    expect(r.projectsLost).toHaveLength(2);
    expect(r.appsLost).toEqual([DEMO_APP_ID]);
    const a = await edits.json<{ projects: unknown[] }>('access', '--user', 'user-c', '--json');
    expect(a.projects).toEqual([]);
  });
});
