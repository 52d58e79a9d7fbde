// Effective access reports over the demo: explain, by user (no NONE rows, sorted by name), by
// project, and the whole-table computation agreeing with byUser.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PROJECT_IDS } from '../../../main/seed/demoSeed';
import { closeAll, demoApp } from './fixtures';

afterEach(closeAll);

const RES = DEMO_PROJECT_IDS.resources;
const RAW = DEMO_PROJECT_IDS.rawData;

describe('access', () => {
  it('explains user-b on Raw Data: the org-lab route, cap CONTRIBUTE, gives UPLOAD', () => {
    const app = demoApp();
    const e = app.services.access.explain({ user: 'b', project: 'Raw Data' });
    expect(e).toMatchObject({ user: 'user-b', project: RAW, projectName: 'Raw Data', level: 'UPLOAD' });
    expect(e.routes).toEqual([{ kind: 'org', org: 'org-lab', orgLevel: 'MEMBER', granted: 'UPLOAD', cap: 'CONTRIBUTE', capped: false, level: 'UPLOAD', winning: true }]);
    expect(e.capabilities).toMatchObject({ view: true, upload: true, modify: false, administer: false });
  });

  it('byUser leaves out NONE projects and sorts by name', () => {
    const app = demoApp();
    app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'NONE' });
    expect(app.services.access.byUser({ user: 'user-b' }).projects).toEqual([]);
    const d = app.services.access.byUser({ user: 'user-d' });
    expect(d.projects.map((p) => [p.name, p.level, p.routes.find((r) => r.winning)?.kind])).toEqual([
      ['Raw Data', 'ADMINISTER', 'direct'],
      ['Resources', 'VIEW', 'org'],
    ]);
    expect(d.apps.map((a) => [a.name, a.allowed])).toEqual([['qc', true]]);
    expect(app.services.access.byUser({ user: 'user-f' })).toEqual({ user: 'user-f', name: 'Fay Foster', projects: [], apps: [] });
  });

  it('byProject lists everyone who reaches the project and how', () => {
    const app = demoApp();
    const res = app.services.access.byProject({ project: RES });
    expect(res.users.map((u) => [u.user, u.level])).toEqual([
      ['user-a', 'ADMINISTER'],
      ['user-b', 'VIEW'],
      ['user-c', 'VIEW'],
      ['user-d', 'VIEW'],
      ['user-e', 'VIEW'],
    ]);
    expect(res.users[0]?.routes.map((r) => [r.kind, r.winning])).toEqual([
      ['direct', true],
      ['org', false],
    ]);
    app.services.projects.share({ project: RAW, principal: 'PUBLIC', level: 'VIEW' });
    const raw = app.services.access.byProject({ project: RAW });
    expect(raw.users.find((u) => u.user === 'user-f')).toMatchObject({ level: 'VIEW', routes: [{ kind: 'public', level: 'VIEW', winning: true }] });
  });

  it('the whole users x projects table agrees with byUser', () => {
    const app = demoApp();
    const all = [...app.services.access.allEffectiveAccess()].map((r) => `${r.user} ${r.project} ${r.level}`).sort();
    const perUser = ['user-a', 'user-b', 'user-c', 'user-d', 'user-e', 'user-f']
      .flatMap((u) => app.services.access.byUser({ user: u }).projects.map((p) => `${u} ${p.project} ${p.level}`))
      .sort();
    expect(all).toEqual(perUser);
    expect(all).toHaveLength(10);
  });
});
