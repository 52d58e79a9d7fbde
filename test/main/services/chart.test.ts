// The org chart's data on the demo workspace (scenarios.md after Example 2): the skeleton's
// counts, each group's people with level and flags, the projects shared with each org at
// their level, the apps authorized for it, paging, search with ranks, and clear refusals.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_PROJECT_IDS } from '../../../main/seed/demoSeed';
import type { ChartPersonItem } from '../../../shared/contract/index';
import { closeAll, demoApp, emptyApp, expectCode } from './fixtures';

afterEach(closeAll);

const people = (items: readonly ChartPersonItem[]) =>
  Object.fromEntries(items.map((p) => [p.user, `${p.level} bill=${String(p.allowBillableActivities)} app=${String(p.appAccess)} ${p.projectAccess} orgs=${p.orgCount}`]));

describe('chart.skeleton', () => {
  it('lists every org with its group counts and the acting user’s rights, and no members', () => {
    const app = demoApp();
    const s = app.services.chart.skeleton();
    expect(s.orgs.map((o) => [o.id, o.name, o.adminCount, o.memberCount, o.projectCount, o.appCount, o.myLevel])).toEqual([
      ['org-lab', 'Lab', 2, 3, 2, 1, 'ADMIN'],
      ['org-lab_new', 'Lab (new)', 1, 2, 0, 0, 'ADMIN'],
    ]);
    expect(s.orgs.every((o) => o.canAdminister.allowed && !o.pending)).toBe(true);
    // user-d and user-e are in both orgs.
    expect(s).toMatchObject({ people: 6, multiOrgPeople: 2 });
  });

  it('says why a MEMBER may not change an org', () => {
    const app = demoApp('user-e');
    const lab = app.services.chart.skeleton().orgs.find((o) => o.id === 'org-lab');
    expect(lab?.myLevel).toBe('MEMBER');
    expect(lab?.canAdminister).toEqual({ allowed: false, reason: expect.stringContaining('Only ADMINs of org-lab') });
  });

  it('is empty, not an error, for an empty workspace', () => {
    expect(emptyApp().services.chart.skeleton()).toEqual({ orgs: [], people: 0, multiOrgPeople: 0 });
  });
});

describe('chart.group', () => {
  it('returns the ADMINs and MEMBERs of org-lab with their flags and how many orgs each is in', () => {
    const app = demoApp();
    const admins = app.services.chart.group({ org: 'org-lab', group: 'admins', offset: 0, limit: 50 });
    const members = app.services.chart.group({ org: 'org-lab', group: 'members', offset: 0, limit: 50 });
    if (admins.group !== 'admins' || members.group !== 'members') throw new Error('wrong group kind');
    expect(admins.total).toBe(2);
    expect(people(admins.items)).toEqual({
      'user-a': 'ADMIN bill=true app=true ADMINISTER orgs=1',
      'user-d': 'ADMIN bill=true app=true ADMINISTER orgs=2',
    });
    expect(people(members.items)).toEqual({
      'user-b': 'MEMBER bill=false app=true CONTRIBUTE orgs=1',
      'user-c': 'MEMBER bill=false app=true CONTRIBUTE orgs=1',
      'user-e': 'MEMBER bill=true app=true CONTRIBUTE orgs=2',
    });
    expect(members.items.find((p) => p.user === 'user-e')).toMatchObject({ name: 'Eli Evans', email: 'e@lab.example', pending: false });
  });

  it('matches the Example 2 matrix for org-lab_new', () => {
    const app = demoApp();
    const admins = app.services.chart.group({ org: 'lab_new', group: 'admins', offset: 0, limit: 50 });
    const members = app.services.chart.group({ org: 'org-lab_new', group: 'members', offset: 0, limit: 50 });
    if (admins.group !== 'admins' || members.group !== 'members') throw new Error('wrong group kind');
    expect(admins.org).toBe('org-lab_new');
    expect(people(admins.items)).toEqual({ 'user-d': 'ADMIN bill=true app=true ADMINISTER orgs=2' });
    expect(people(members.items)).toEqual({
      'user-e': 'MEMBER bill=true app=true CONTRIBUTE orgs=2',
      'user-f': 'MEMBER bill=false app=true CONTRIBUTE orgs=1',
    });
  });

  it('returns the projects shared with the org at the level granted to it, and its authorized apps', () => {
    const app = demoApp();
    const projects = app.services.chart.group({ org: 'org-lab', group: 'projects', offset: 0, limit: 50 });
    const apps = app.services.chart.group({ org: 'org-lab', group: 'apps', offset: 0, limit: 50 });
    expect(projects).toMatchObject({
      group: 'projects',
      total: 2,
      items: [
        { id: DEMO_PROJECT_IDS.rawData, name: 'Raw Data', level: 'UPLOAD', billTo: 'org-lab', pending: false },
        { id: DEMO_PROJECT_IDS.resources, name: 'Resources', level: 'VIEW', billTo: 'org-lab', pending: false },
      ],
    });
    expect(apps).toEqual({ group: 'apps', org: 'org-lab', total: 1, offset: 0, items: [{ id: DEMO_APP_ID, name: 'qc', published: true, pending: false }] });
    expect(app.services.chart.group({ org: 'org-lab_new', group: 'projects', offset: 0, limit: 50 })).toMatchObject({ total: 0, items: [] });
    expect(app.services.chart.group({ org: 'org-lab_new', group: 'apps', offset: 0, limit: 50 })).toMatchObject({ total: 0, items: [] });
  });

  it('pages in user-ID order and reports the total', () => {
    const app = demoApp();
    const first = app.services.chart.group({ org: 'org-lab', group: 'members', offset: 0, limit: 2 });
    const rest = app.services.chart.group({ org: 'org-lab', group: 'members', offset: 2, limit: 2 });
    expect(first.items.map((i) => ('user' in i ? i.user : i.id))).toEqual(['user-b', 'user-c']);
    expect(rest).toMatchObject({ offset: 2, total: 3 });
    expect(rest.items.map((i) => ('user' in i ? i.user : i.id))).toEqual(['user-e']);
  });

  it('marks a member with an unsynced edit as pending, and a grant to the org likewise', () => {
    const app = demoApp();
    app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' });
    app.services.projects.share({ project: DEMO_PROJECT_IDS.rawData, principal: 'org-lab', level: 'CONTRIBUTE' });
    const members = app.services.chart.group({ org: 'org-lab', group: 'members', offset: 0, limit: 50 });
    const projects = app.services.chart.group({ org: 'org-lab', group: 'projects', offset: 0, limit: 50 });
    if (members.group !== 'members' || projects.group !== 'projects') throw new Error('wrong group kind');
    expect(members.items.filter((m) => m.pending).map((m) => [m.user, m.projectAccess])).toEqual([['user-b', 'VIEW']]);
    expect(projects.items.filter((p) => p.pending).map((p) => [p.name, p.level])).toEqual([['Raw Data', 'CONTRIBUTE']]);
  });

  it('refuses an unknown org and a page larger than the limit, by name', () => {
    const app = demoApp();
    expect(expectCode(() => app.services.chart.group({ org: 'org-nope', group: 'admins', offset: 0, limit: 50 }), 'NotFound').message).toContain('org-nope');
    const result = app.router.dispatch('chart.group', { org: 'org-lab', group: 'members', limit: 5000 });
    return result.then((r) => {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toContain('limit');
    });
  });
});

describe('chart.findUser', () => {
  it('finds a person in several orgs with their group and position in each', () => {
    const app = demoApp();
    const { matches, more } = app.services.chart.findUser({ query: 'user-e', limit: 10 });
    expect(more).toBe(false);
    expect(matches).toEqual([
      {
        user: 'user-e',
        name: 'Eli Evans',
        email: 'e@lab.example',
        memberships: [
          { org: 'org-lab', group: 'members', rank: 2 },
          { org: 'org-lab_new', group: 'members', rank: 0 },
        ],
      },
    ]);
  });

  it('matches names and emails case-insensitively, puts an exact handle first and takes % literally', () => {
    const app = demoApp();
    expect(app.services.chart.findUser({ query: 'dIaZ', limit: 10 }).matches.map((m) => m.user)).toEqual(['user-d']);
    expect(app.services.chart.findUser({ query: 'f@lab', limit: 10 }).matches.map((m) => m.user)).toEqual(['user-f']);
    expect(app.services.chart.findUser({ query: 'd', limit: 10 }).matches[0]?.user).toBe('user-d');
    expect(app.services.chart.findUser({ query: '%', limit: 10 }).matches).toEqual([]);
    const limited = app.services.chart.findUser({ query: 'lab.example', limit: 2 });
    expect(limited.matches).toHaveLength(2);
    expect(limited.more).toBe(true);
  });

  it('refuses an empty query with the reason', async () => {
    const r = await demoApp().router.dispatch('chart.findUser', { query: '  ' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('query');
  });
});

describe('chart.person', () => {
  it('lists every membership of a person with flags and whether the acting user may change it', () => {
    const app = demoApp('user-a');
    const p = app.services.chart.person({ user: 'e@lab.example' });
    expect(p).toMatchObject({ user: 'user-e', name: 'Eli Evans' });
    expect(p.memberships.map((m) => [m.org, m.orgName, m.level, m.allowBillableActivities, m.canAdminister.allowed])).toEqual([
      ['org-lab', 'Lab', 'MEMBER', true, true],
      ['org-lab_new', 'Lab (new)', 'MEMBER', true, false],
    ]);
  });

  it('names the missing user', () => {
    expect(expectCode(() => demoApp().services.chart.person({ user: 'user-zz' }), 'NotFound').message).toContain('user-zz');
  });
});
