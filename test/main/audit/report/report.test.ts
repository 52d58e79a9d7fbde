// Access reports on the demo workspace, checked against scenarios.md (Example 1's table and
// Example 2's memberships): levels, routes and caps, overrides, scope filters, snapshots and the
// content hash, and the CSV / HTML formats (BOM, CRLF, formula prefix; self-contained HTML).
import { afterEach, describe, expect, it } from 'vitest';
import type { AccessReport } from '../../../../shared/contract/index';
import { DEMO_PROJECT_IDS } from '../../../../main/seed/demoSeed';
import { hashState } from '../../../../main/audit/snapshots/hash';
import { loadAccessState } from '../../../../main/audit/state/loadAccessState';
import { closeAll, demoApp, expectCode, snapshot } from '../../services/fixtures';
import type { OrgDeskApp } from '../../../../main/app';

afterEach(closeAll);

const RES = DEMO_PROJECT_IDS.resources;
const RAW = DEMO_PROJECT_IDS.rawData;

function rows(app: OrgDeskApp, scope: Parameters<OrgDeskApp['services']['reports']['access']>[0]['scope'], at: 'now' | number = 'now'): AccessReport {
  const out = app.services.reports.access({ scope, at, format: 'rows' });
  if (!out.report) throw new Error('expected rows');
  return out.report;
}

const table = (r: AccessReport) => r.access.map((a) => [a.user, a.projectName, a.level, a.via]);

describe('reports.access on the demo workspace (scenarios.md Example 1 + 2)', () => {
  it('everything: every user on every project with the route scenarios.md names', () => {
    const app = demoApp();
    const r = rows(app, { kind: 'all' });
    expect(table(r)).toEqual([
      ['user-a', 'Raw Data', 'UPLOAD', 'admin of org-lab'],
      ['user-b', 'Raw Data', 'UPLOAD', 'via org-lab (cap CONTRIBUTE)'],
      ['user-c', 'Raw Data', 'UPLOAD', 'via org-lab (cap CONTRIBUTE)'],
      ['user-d', 'Raw Data', 'ADMINISTER', 'direct'],
      ['user-e', 'Raw Data', 'UPLOAD', 'via org-lab (cap CONTRIBUTE)'],
      ['user-a', 'Resources', 'ADMINISTER', 'direct'],
      ['user-b', 'Resources', 'VIEW', 'via org-lab (cap CONTRIBUTE)'],
      ['user-c', 'Resources', 'VIEW', 'via org-lab (cap CONTRIBUTE)'],
      ['user-d', 'Resources', 'VIEW', 'admin of org-lab'],
      ['user-e', 'Resources', 'VIEW', 'via org-lab (cap CONTRIBUTE)'],
    ]);
    // user-f (org-lab_new only) reaches nothing.
    expect(r.access.some((a) => a.user === 'user-f')).toBe(false);
    const bRaw = r.access.find((a) => a.user === 'user-b' && a.project === RAW);
    expect(bRaw?.how).toBe('UPLOAD via org-lab (org grants UPLOAD, MEMBER, cap CONTRIBUTE)');
    expect(bRaw?.routes).toEqual([{ kind: 'org', org: 'org-lab', orgLevel: 'MEMBER', granted: 'UPLOAD', cap: 'CONTRIBUTE', capped: false, level: 'UPLOAD', winning: true }]);
    // user-a on Resources: the direct grant wins; the org route is listed too.
    expect(r.access.find((a) => a.user === 'user-a' && a.project === RES)?.routes.map((x) => [x.kind, x.level, x.winning])).toEqual([
      ['direct', 'ADMINISTER', true],
      ['org', 'VIEW', false],
    ]);
    // Example 2's membership matrix.
    expect(r.members.map((m) => [m.org, m.user, m.level, m.allowBillableActivities])).toEqual([
      ['org-lab', 'user-a', 'ADMIN', true],
      ['org-lab', 'user-b', 'MEMBER', false],
      ['org-lab', 'user-c', 'MEMBER', false],
      ['org-lab', 'user-d', 'ADMIN', true],
      ['org-lab', 'user-e', 'MEMBER', true],
      ['org-lab_new', 'user-d', 'ADMIN', true],
      ['org-lab_new', 'user-e', 'MEMBER', true],
      ['org-lab_new', 'user-f', 'MEMBER', false],
    ]);
  });

  it('a capped org route says so: projectAccess VIEW caps user-b to VIEW on Raw Data', () => {
    const app = demoApp();
    app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' });
    const b = rows(app, { kind: 'user', user: 'user-b' });
    expect(table(b)).toEqual([
      ['user-b', 'Raw Data', 'VIEW', 'via org-lab, capped by projectAccess VIEW'],
      ['user-b', 'Resources', 'VIEW', 'via org-lab (cap VIEW)'],
    ]);
    expect(b.access[0]?.how).toBe('VIEW via org-lab (org grants UPLOAD, capped by projectAccess VIEW)');
  });

  it('scope filters: a project, a user (with apps), an org (members and app access via the org)', () => {
    const app = demoApp();
    expect(table(rows(app, { kind: 'project', project: 'Raw Data' })).map((r) => r[0])).toEqual(['user-a', 'user-b', 'user-c', 'user-d', 'user-e']);
    const d = rows(app, { kind: 'user', user: 'd' });
    expect(table(d)).toEqual([
      ['user-d', 'Raw Data', 'ADMINISTER', 'direct'],
      ['user-d', 'Resources', 'VIEW', 'admin of org-lab'],
    ]);
    expect(d.members.map((m) => m.org)).toEqual(['org-lab', 'org-lab_new']);
    expect(d.apps.map((a) => [a.appName, a.allowed, a.how])).toEqual([['qc', true, 'developer; via org-lab']]);

    const labNew = rows(app, { kind: 'org', org: 'org-lab_new' });
    expect(labNew.access).toEqual([]);
    expect(labNew.projects).toEqual([]);
    expect(labNew.members.map((m) => m.user)).toEqual(['user-d', 'user-e', 'user-f']);
    expect(labNew.apps).toEqual([]);

    const lab = rows(app, { kind: 'org', org: 'org-lab' });
    expect(lab.projects.map((p) => p.name)).toEqual(['Raw Data', 'Resources']);
    expect(lab.apps.map((a) => [a.user, a.allowed, a.how])).toEqual([
      ['user-a', true, 'via org-lab'],
      ['user-b', true, 'via org-lab'],
      ['user-c', true, 'via org-lab'],
      ['user-d', true, 'via org-lab'],
      ['user-e', true, 'via org-lab'],
    ]);
    // scenarios.md Example 1 step 6: appAccess false -> user-b loses qc, and the report says why.
    app.services.members.update({ org: 'org-lab', user: 'user-b', appAccess: false });
    expect(rows(app, { kind: 'org', org: 'org-lab' }).apps.find((a) => a.user === 'user-b')).toMatchObject({ allowed: false, how: 'via org-lab (blocked: appAccess is off)' });
  });

  it('lists the policy overrides in force with the settings-tab labels', () => {
    const app = demoApp();
    app.services.projects.updateSettings({ project: RAW, settings: { restricted: true, downloadRestricted: true } });
    const p = rows(app, { kind: 'project', project: RAW }).projects;
    expect(p).toHaveLength(1);
    expect(p[0]?.overrides).toEqual([
      { key: 'restricted', label: 'Copy access', value: 'No one', isDefault: false },
      { key: 'protected', label: 'Delete access', value: 'Contributors & Admins', isDefault: true },
      { key: 'downloadRestricted', label: 'Download access', value: 'No one', isDefault: false },
    ]);
    // Turning downloadRestricted on also sets previewViewerRestricted (scenarios.md).
    expect(p[0]?.restrictions).toEqual(['Preview viewer restricted']);
    expect(p[0]?.grants).toEqual([
      { principal: 'org-lab', level: 'UPLOAD' },
      { principal: 'user-d', level: 'ADMINISTER' },
    ]);
  });

  it('reports a snapshot as it was, with the snapshot hash; now carries the hash a snapshot would have', () => {
    const app = demoApp();
    const snap = app.services.snapshots.take({});
    const nowBefore = app.services.reports.access({ scope: { kind: 'all' }, at: 'now', format: 'rows' }).meta;
    expect(nowBefore.hash).toBe(snap.hash);
    expect(nowBefore.hash).toBe(hashState(loadAccessState(app.repos, 'now').state));
    app.services.members.remove({ org: 'org-lab', user: 'user-c', revokeProjectPermissions: true, revokeAppPermissions: true });

    const then = rows(app, { kind: 'user', user: 'user-c' }, snap.id);
    expect(then.meta.source).toEqual({ kind: 'snapshot', id: snap.id, hash: snap.hash, takenAt: snap.takenAt });
    expect(then.meta.hash).toBe(snap.hash);
    expect(table(then).map((r) => r[1])).toEqual(['Raw Data', 'Resources']);
    const now = rows(app, { kind: 'user', user: 'user-c' });
    expect(now.access).toEqual([]);
    expect(now.meta.hash).not.toBe(snap.hash);
  });

  it('refuses an unknown scope or snapshot clearly and writes nothing', () => {
    const app = demoApp();
    const before = snapshot(app);
    expect(expectCode(() => app.services.reports.access({ scope: { kind: 'org', org: 'org-nope' }, at: 'now', format: 'rows' }), 'NotFound').message).toContain('scope.org: no org org-nope');
    expectCode(() => app.services.reports.access({ scope: { kind: 'project', project: 'Nope' }, at: 'now', format: 'csv' }), 'NotFound');
    expectCode(() => app.services.reports.access({ scope: { kind: 'all' }, at: 999, format: 'html' }), 'NotFound');
    expect(snapshot(app)).toEqual(before);
  });
});

describe('report formats', () => {
  it('CSV: UTF-8 BOM, CRLF only, the hash on it, formula-looking cells prefixed', () => {
    const app = demoApp();
    app.db.prepare("UPDATE users SET first = '=HYPERLINK(\"x\")', last = '' WHERE id = 'user-b'").run();
    const out = app.services.reports.access({ scope: { kind: 'org', org: 'org-lab' }, at: 'now', format: 'csv' });
    expect(out.report).toBeNull();
    const doc = out.document;
    if (!doc) throw new Error('expected a document');
    expect(doc.name).toBe('access-report-org-org-lab-now.csv');
    expect(doc.content.startsWith('\uFEFF')).toBe(true);
    expect(doc.content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(doc.content).toContain(`Content hash (SHA-256),${out.meta.hash}\r\n`);
    expect(doc.content).toContain('user,user name,project,project name,level,via,how,Copy access,Delete access,Download access,other restrictions\r\n');
    expect(doc.content).toContain(`user-b,"'=HYPERLINK(""x"")",${RAW},Raw Data,UPLOAD,via org-lab (cap CONTRIBUTE),"UPLOAD via org-lab (org grants UPLOAD, MEMBER, cap CONTRIBUTE)",All members,Contributors & Admins,All members,\r\n`);
    expect(doc.content).toContain('org-lab,Lab,user-e,Eli Evans,MEMBER,true,true,CONTRIBUTE\r\n');
    expect(doc.content).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('HTML: one self-contained printable file with scope, snapshot id and hash, everything escaped', () => {
    const app = demoApp();
    app.db.prepare("UPDATE users SET first = '<script>alert(1)</script>', last = '' WHERE id = 'user-b'").run();
    const snap = app.services.snapshots.take({});
    const out = app.services.reports.access({ scope: { kind: 'project', project: 'Raw Data' }, at: snap.id, format: 'html' });
    const html = out.document?.content ?? '';
    expect(out.document?.name).toBe(`access-report-project-${RAW}-snapshot-${snap.id}.html`);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('@media print');
    expect(html).toContain(snap.hash);
    expect(html).toContain(`Snapshot ${snap.id}, taken`);
    expect(html).toContain('`orgdesk snapshots`');
    expect(html).toContain('Project Raw Data');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; (user-b)');
    expect(html).toContain('<td>via org-lab (cap CONTRIBUTE)</td>');
  });
});
