// The heatmap service over the demo workspace (scenarios.md after Example 2): windows decode
// to the expected cells, what-ifs change exactly the expected cells and write nothing, the
// cache follows edits, the orgs pivot explains a cell, and the CSV export is what is on screen.
import { afterEach, describe, expect, it } from 'vitest';
import type { HeatmapQueryInput, HeatmapWindow } from '../../../shared/contract/index';
import { HeatmapQuerySchema, HeatmapWindowInputSchema, decodeHeatmapRow } from '../../../shared/contract/index';
import { DEMO_PROJECT_IDS } from '../../../main/seed/demoSeed';
import type { OrgDeskApp } from '../../../main/app';
import type { ErrorCode } from '../../../shared/rpc/index';
import { AppError } from '../../../shared/rpc/index';
import { closeAll, demoApp, snapshot } from '../services/fixtures';

afterEach(closeAll);

const RES = DEMO_PROJECT_IDS.resources;
const RAW = DEMO_PROJECT_IDS.rawData;

function win(app: OrgDeskApp, q: HeatmapQueryInput = {}, rows = { start: 0, end: 50 }, cols = { start: 0, end: 50 }): Promise<HeatmapWindow> {
  return app.services.heatmap.window(HeatmapWindowInputSchema.parse({ ...q, rows, cols }));
}

async function rejectsWith(fn: () => Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const err = await fn().then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw err;
  if (err.code !== code) throw new Error(`expected ${code}, got ${err.code}: ${err.message}`);
  return err;
}

/** The window as "row project LEVEL kind[ org]" lines for the non-empty cells. */
function lines(w: HeatmapWindow): string[] {
  return w.rows.flatMap((r, i) =>
    decodeHeatmapRow(w.cells[i] ?? '', w.via[i] ?? [], w.orgs).flatMap((c, j) =>
      c.level === 'NONE' ? [] : [`${r.id} ${w.cols[j]?.name ?? '?'} ${c.level} ${c.kind ?? ''}${c.org ? ` ${c.org}` : ''}${c.flag ? ' +' : ''}`],
    ),
  );
}

describe('heatmap windows', () => {
  it('shows Example 1/2 effective access with how it comes (users x projects, by name)', async () => {
    const app = demoApp();
    const w = await win(app);
    expect(w.cols.map((c) => c.name)).toEqual(['Raw Data', 'Resources']);
    expect(w.rows.map((r) => r.id)).toEqual(['user-a', 'user-b', 'user-c', 'user-d', 'user-e', 'user-f']);
    expect([w.totalRows, w.totalCols, w.allRows, w.allCols]).toEqual([6, 2, 6, 2]);
    expect(lines(w)).toEqual([
      'user-a Raw Data UPLOAD org org-lab',
      'user-a Resources ADMINISTER direct +',
      'user-b Raw Data UPLOAD org org-lab',
      'user-b Resources VIEW org org-lab',
      'user-c Raw Data UPLOAD org org-lab',
      'user-c Resources VIEW org org-lab',
      'user-d Raw Data ADMINISTER direct +',
      'user-d Resources VIEW org org-lab',
      'user-e Raw Data UPLOAD org org-lab',
      'user-e Resources VIEW org org-lab',
    ]);
    expect(w.rows.find((r) => r.id === 'user-e')).toMatchObject({ count: 2, cells: 2 });
  });

  it('serves only the window asked for, and clips it to the layout', async () => {
    const app = demoApp();
    const w = await win(app, {}, { start: 1, end: 3 }, { start: 1, end: 9 });
    expect(w.rowStart).toBe(1);
    expect(w.rows.map((r) => r.id)).toEqual(['user-b', 'user-c']);
    expect(w.cols.map((c) => c.name)).toEqual(['Resources']);
    expect(w.cells).toEqual([expect.any(String), expect.any(String)]);
    expect(w.cells.every((c) => c.length === 1)).toBe(true);
  });

  it('filters rows, columns and cells, and sorts', async () => {
    const app = demoApp();
    expect(lines(await win(app, { minLevel: 'ADMINISTER' }))).toEqual(['user-a Resources ADMINISTER direct +', 'user-d Raw Data ADMINISTER direct +']);
    expect((await win(app, { routes: ['direct'] })).rows.map((r) => r.id)).toEqual(['user-a', 'user-d']);
    expect((await win(app, { multiOrg: true })).rows.map((r) => r.id)).toEqual(['user-d', 'user-e']);
    expect((await win(app, { org: 'lab_new' })).rows.map((r) => r.id)).toEqual(['user-d', 'user-e', 'user-f']);
    expect((await win(app, { text: 'user-b' })).rows.map((r) => r.id)).toEqual(['user-b']);
    const raw = await win(app, { project: 'raw' });
    expect(raw.cols.map((c) => c.name)).toEqual(['Raw Data']);
    expect(raw.rows.map((r) => r.id)).toEqual(['user-a', 'user-b', 'user-c', 'user-d', 'user-e']);
    app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'NONE' });
    expect((await win(app, { rowSort: 'access' })).rows.map((r) => r.id)).toEqual(['user-a', 'user-c', 'user-d', 'user-e', 'user-b', 'user-f']);
  });

  it('pivots to orgs x projects: the grant each org gives, flagged when members are capped below it', async () => {
    const app = demoApp();
    const w = await win(app, { pivot: 'orgs' });
    expect(w.rows.map((r) => [r.id, r.count])).toEqual([
      ['org-lab', 5],
      ['org-lab_new', 3],
    ]);
    expect(lines(w)).toEqual(['org-lab Raw Data UPLOAD org org-lab', 'org-lab Resources VIEW org org-lab']);
    app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' });
    expect(lines(await win(app, { pivot: 'orgs' }))).toEqual(['org-lab Raw Data UPLOAD org org-lab +', 'org-lab Resources VIEW org org-lab']);
  });

  it('follows workspace edits (the cached pass is dropped)', async () => {
    const app = demoApp();
    const before = await win(app);
    app.services.projects.share({ project: RAW, principal: 'PUBLIC', level: 'VIEW' });
    const after = await win(app);
    expect(after.version).not.toBe(before.version);
    expect(lines(after)).toContain('user-f Raw Data VIEW public');
    expect((await win(app)).version).toBe(after.version);
  });

  it('refuses windows that are too large and unknown orgs, with the field named', async () => {
    const app = demoApp();
    expect(HeatmapWindowInputSchema.safeParse({ rows: { start: 0, end: 100_000 }, cols: { start: 0, end: 10 } }).success).toBe(false);
    expect((await rejectsWith(() => win(app, { org: 'org-nope' }), 'NotFound')).message).toContain('org-nope');
  });
});

describe('heatmap what-if', () => {
  it('removing user-c from org-lab changes exactly user-c on Resources and Raw Data, and writes nothing', async () => {
    const app = demoApp();
    const rows = snapshot(app);
    const r = await app.services.heatmap.whatIf({ change: { kind: 'removeMember', org: 'org-lab', user: 'user-c', revokeProjectPermissions: true } });
    expect(r).toMatchObject({ description: 'Remove user-c from org-lab', cells: 2, users: 1, projects: 2, note: null });
    expect(r.groups.map((g) => [g.projectName, g.from, g.to, g.count, g.users])).toEqual([
      ['Raw Data', 'UPLOAD', 'NONE', 1, ['user-c']],
      ['Resources', 'VIEW', 'NONE', 1, ['user-c']],
    ]);
    const w = await win(app, { whatIf: { kind: 'removeMember', org: 'org-lab', user: 'user-c' } });
    expect(w.changedTotal).toBe(2);
    const changes: string[] = [];
    for (let i = 0; i < w.changes.length; i += 4) changes.push(`${w.rows[w.changes[i]!]?.id} ${w.cols[w.changes[i + 1]!]?.name} ${w.changes[i + 2]}->${w.changes[i + 3]}`);
    expect(changes).toEqual(['user-c Raw Data 2->0', 'user-c Resources 1->0']);
    const only = await win(app, { whatIf: { kind: 'removeMember', org: 'org-lab', user: 'user-c' }, onlyChanged: true });
    expect(only.rows.map((x) => x.id)).toEqual(['user-c']);
    expect(snapshot(app)).toEqual(rows);
  });

  it('lowering an org grant changes every member it capped, and only on that project', async () => {
    const app = demoApp();
    const r = await app.services.heatmap.whatIf({ change: { kind: 'setOrgGrant', org: 'org-lab', project: 'Raw Data', level: 'VIEW' } });
    expect(r.description).toBe("Change org-lab's grant on Raw Data from UPLOAD to VIEW");
    // user-d keeps ADMINISTER (direct); the other four org-lab members drop to VIEW.
    expect(r.groups).toEqual([{ project: RAW, projectName: 'Raw Data', from: 'UPLOAD', to: 'VIEW', count: 4, users: ['user-a', 'user-b', 'user-c', 'user-e'] }]);
    const removed = await app.services.heatmap.whatIf({ change: { kind: 'setOrgGrant', org: 'org-lab', project: RES, level: null } });
    expect(removed.groups.map((g) => [g.from, g.to, g.users])).toEqual([['VIEW', 'NONE', ['user-b', 'user-c', 'user-d', 'user-e']]]);
  });

  it('a member projectAccess change: user-b at NONE loses both projects (Example 1 step 6)', async () => {
    const app = demoApp();
    const r = await app.services.heatmap.whatIf({ change: { kind: 'setProjectAccess', org: 'org-lab', user: 'user-b', projectAccess: 'NONE' } });
    expect(r.groups.map((g) => `${g.projectName} ${g.from}->${g.to} ${g.users.join(',')}`)).toEqual(['Raw Data UPLOAD->NONE user-b', 'Resources VIEW->NONE user-b']);
    expect((await rejectsWith(() => app.services.heatmap.whatIf({ change: { kind: 'setProjectAccess', org: 'org-lab', user: 'user-d', projectAccess: 'VIEW' } }), 'InvalidInput')).message).toContain(
      'ADMIN',
    );
    expect((await rejectsWith(() => app.services.heatmap.whatIf({ change: { kind: 'removeMember', org: 'org-lab_new', user: 'user-b', revokeProjectPermissions: true } }), 'InvalidInput')).message).toBe(
      'user: user-b is not a member of org-lab_new',
    );
  });

  it('a pending edit: the cells that differ between the workspace without it and with it', async () => {
    const app = demoApp('user-a');
    app.services.members.remove({ org: 'org-lab', user: 'user-c', revokeProjectPermissions: true, revokeAppPermissions: true });
    app.services.projects.share({ project: RES, principal: 'org-lab_new', level: 'CONTRIBUTE' });
    const entries = app.services.outbox.list({}).entries;
    const removal = entries.find((e) => e.op === 'member.remove');
    const share = entries.find((e) => e.op === 'project.share');
    const r1 = await app.services.heatmap.whatIf({ change: { kind: 'pending', entry: removal!.id } });
    expect(r1.description).toContain(`Pending #${removal!.id}: Remove user-c from org-lab`);
    expect(r1.groups.map((g) => `${g.projectName} ${g.from}->${g.to} ${g.users.join(',')}`)).toEqual(['Raw Data UPLOAD->NONE user-c', 'Resources VIEW->NONE user-c']);
    const r2 = await app.services.heatmap.whatIf({ change: { kind: 'pending', entry: share!.id } });
    // user-e goes VIEW -> CONTRIBUTE (capped by projectAccess CONTRIBUTE), user-f NONE -> CONTRIBUTE; user-d (ADMIN) VIEW -> CONTRIBUTE.
    expect(r2.groups.map((g) => `${g.projectName} ${g.from}->${g.to} ${g.users.join(',')}`)).toEqual(['Resources VIEW->CONTRIBUTE user-d,user-e', 'Resources NONE->CONTRIBUTE user-f']);
    expect((await rejectsWith(() => app.services.heatmap.whatIf({ change: { kind: 'pending', entry: 9999 } }), 'NotFound')).message).toContain('#9999');
  });
});

describe('heatmap orgs pivot explanation and export', () => {
  it('explains an org cell: what the grant gives each group of members', async () => {
    const app = demoApp();
    app.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' });
    const c = await app.services.heatmap.orgCell({ org: 'org-lab', project: 'Raw Data' });
    expect(c).toMatchObject({ org: 'org-lab', projectName: 'Raw Data', granted: 'UPLOAD', members: 5 });
    expect(c.groups.map((g) => [g.role, g.cap, g.gives, g.capped, g.users])).toEqual([
      ['ADMIN', 'ADMINISTER', 'UPLOAD', false, ['user-a', 'user-d']],
      ['MEMBER', 'CONTRIBUTE', 'UPLOAD', false, ['user-c', 'user-e']],
      ['MEMBER', 'VIEW', 'VIEW', true, ['user-b']],
    ]);
  });

  it('exports what is on screen as CSV: BOM, CRLF, how each access comes, in screen order', async () => {
    const app = demoApp();
    const doc = await app.services.heatmap.exportCsv(HeatmapQuerySchema.parse({ project: 'Raw', rowSort: 'name' }));
    expect(doc.name).toBe('heatmap-users.csv');
    expect(doc.content.startsWith('\uFEFFuser,user name,project,project name,level,how\r\n')).toBe(true);
    const body = doc.content.split('\r\n').slice(1, -1);
    expect(body).toEqual([
      `user-a,Ada Adams,${RAW},Raw Data,UPLOAD,via org-lab (cap ADMINISTER)`,
      `user-b,Ben Baker,${RAW},Raw Data,UPLOAD,via org-lab (cap CONTRIBUTE)`,
      `user-c,Cleo Carter,${RAW},Raw Data,UPLOAD,via org-lab (cap CONTRIBUTE)`,
      `user-d,Dana Diaz,${RAW},Raw Data,ADMINISTER,direct`,
      `user-e,Eli Evans,${RAW},Raw Data,UPLOAD,via org-lab (cap CONTRIBUTE)`,
    ]);
    const orgs = await app.services.heatmap.exportCsv(HeatmapQuerySchema.parse({ pivot: 'orgs' }));
    expect(orgs.content.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFForg,org name,project,project name,level granted,members,members capped below the grant',
      `org-lab,${app.services.orgs.list().orgs.find((o) => o.id === 'org-lab')?.name},${RAW},Raw Data,UPLOAD,5,0`,
      `org-lab,${app.services.orgs.list().orgs.find((o) => o.id === 'org-lab')?.name},${RES},Resources,VIEW,5,0`,
    ]);
  });
});
