// The dry-run diff on the demo workspace (acting as user-d, ADMIN of both orgs): the
// --on-existing modes, blank cells, ADMIN flag contradictions, demotion, actions, last-ADMIN
// protection, a refused org from a loaded seed, the access impact, paging and the CSV documents.
import { afterEach, describe, expect, it } from 'vitest';
import { loadSeed } from '../../../../main/seed/loadSeed';
import { appError, closeAll, demoApp, emptyApp, snapshot } from '../../services/fixtures';
import { outcomes, planText } from './importHelpers';

afterEach(closeAll);

const HEADER = 'org,user,level,allowBillableActivities,appAccess,projectAccess\n';

describe('imports.plan', () => {
  it('plans without writing anything', () => {
    const app = demoApp();
    const before = snapshot(app);
    planText(app, `${HEADER}org-lab,user-f,MEMBER,,,\norg-lab,user-b,ADMIN,,,\n`);
    expect(snapshot(app)).toEqual(before);
  });

  it.each([
    ['update', { 2: 'update', 3: 'create', 4: 'unchanged' }],
    ['skip', { 2: 'skip', 3: 'create', 4: 'skip' }],
    ['fail', { 2: /already a member of org-lab \(--on-existing fail\)/, 3: 'create', 4: /already a member/ }],
  ] as const)('--on-existing %s', (mode, expected) => {
    const app = demoApp();
    const plan = planText(app, `${HEADER}org-lab,user-b,,,,VIEW\norg-lab,user-f,,,,\norg-lab,user-c,MEMBER,false,true,CONTRIBUTE\n`, mode);
    const got = outcomes(plan);
    for (const [row, want] of Object.entries(expected)) {
      if (typeof want === 'string') expect(got[Number(row)]).toBe(want);
      else expect(got[Number(row)]).toMatch(want);
    }
  });

  it('explicit update rows update whatever --on-existing says, and need an existing member', () => {
    const app = demoApp();
    const plan = planText(app, 'org,user,projectAccess,action\norg-lab,user-b,VIEW,update\norg-lab,user-f,VIEW,update\n', 'skip');
    expect(outcomes(plan)).toEqual({ 2: 'update', 3: 'error: user|user-f is not a member of org-lab; use action add or upsert to add them' });
  });

  it('blank cells and absent columns leave values unchanged; new MEMBERs get MEMBER defaults', () => {
    const app = demoApp();
    const plan = planText(app, 'org,user,appAccess\norg-lab,user-e,\norg-lab,user-b,false\norg-lab_new,user-a,\n');
    expect(plan.rows.map((r) => [r.action, r.changes])).toEqual([
      ['unchanged', []],
      ['update', [{ field: 'appAccess', from: true, to: false }]],
      [
        'create',
        [
          { field: 'level', from: null, to: 'MEMBER' },
          { field: 'allowBillableActivities', from: null, to: false },
          { field: 'appAccess', from: null, to: true },
          { field: 'projectAccess', from: null, to: 'CONTRIBUTE' },
        ],
      ],
    ]);
  });

  it('refuses ADMIN rows whose flags contradict the fixed ADMIN flags, naming the column', () => {
    const app = demoApp();
    const plan = planText(app, 'org,user,Level,App access\norg-lab,user-b,admin,no\norg-lab_new,user-c,ADMIN,yes\norg-lab,user-a,,no\n');
    expect(plan.rows[0]?.errors).toEqual([{ row: 2, column: 'App access', value: 'false', message: expect.stringContaining('ADMINs always have appAccess=true') }]);
    expect(plan.rows[1]?.action).toBe('create');
    expect(plan.rows[2]?.errors[0]?.column).toBe('App access');
  });

  it('a demotion states all three flags (MEMBER defaults unless given)', () => {
    const app = demoApp();
    const plan = planText(app, `${HEADER}org-lab,user-a,MEMBER,,,VIEW\n`);
    expect(plan.rows[0]).toMatchObject({ action: 'update', level: 'MEMBER' });
    expect(plan.rows[0]?.changes).toEqual([
      { field: 'level', from: 'ADMIN', to: 'MEMBER' },
      { field: 'allowBillableActivities', from: true, to: false },
      { field: 'projectAccess', from: 'ADMINISTER', to: 'VIEW' },
    ]);
  });

  it('reports unknown orgs, users, levels and values with row, column and value', () => {
    const app = demoApp();
    const plan = planText(app, 'Organization,Email,Role,Project access\norg-nope,zed@x.example,MEMBER,ALL\norg-lab,Ghost,BOSS,\n,,MEMBER,\n');
    expect(plan.rows[0]?.errors).toEqual([
      { row: 2, column: 'Project access', value: 'ALL', message: expect.stringContaining('"ALL" is not a project access level') },
      { row: 2, column: 'Organization', value: 'org-nope', message: 'no org org-nope in this workspace' },
      { row: 2, column: 'Email', value: 'zed@x.example', message: 'no user with email zed@x.example in this workspace' },
    ]);
    expect(plan.rows[1]?.errors.map((e) => [e.column, e.value])).toEqual([
      ['Role', 'BOSS'],
      ['Email', 'Ghost'],
    ]);
    expect(plan.rows[1]?.errors[1]?.message).toContain('no user user-ghost');
    expect(plan.rows[2]?.errors.map((e) => e.message)).toEqual([expect.stringContaining('the org is missing'), expect.stringContaining('the user is missing')]);
    expect(plan.canApply.allowed).toBe(false);
  });

  it('resolves users by id, handle (any case) and email (any case)', () => {
    const app = demoApp();
    const plan = planText(app, 'org,user\norg-lab_new,USER-A\norg-lab_new,C\norg-lab_new,B@LAB.EXAMPLE\n');
    expect(plan.rows.map((r) => [r.action, r.user])).toEqual([
      ['create', 'user-a'],
      ['create', 'user-c'],
      ['create', 'user-b'],
    ]);
  });

  it('removals: default revoke flags, absent members are unchanged, the last ADMIN stays', () => {
    const app = demoApp();
    const plan = planText(app, 'org,user,action\norg-lab,user-b,REMOVE\norg-lab_new,user-a,remove\norg-lab_new,user-d,remove\norg-lab,user-e,delete\n');
    expect(outcomes(plan)).toEqual({
      2: 'remove',
      3: 'unchanged',
      4: 'error: user|cannot remove user-d: they are the only ADMIN of org-lab_new; make another member ADMIN first',
      5: 'error: action|"delete" is not an action: use upsert, add, update or remove',
    });
  });

  it('add never changes an existing member', () => {
    const app = demoApp();
    const plan = planText(app, 'org,user,level,action\norg-lab,user-b,MEMBER,add\norg-lab,user-c,ADMIN,add\n');
    expect(outcomes(plan)).toEqual({ 2: 'unchanged', 3: 'error: user|user-c is already a member of org-lab; use action upsert or update to change them' });
  });

  it('refuses rows for an org the acting user does not administer (seeded workspace)', () => {
    const app = emptyApp();
    loadSeed(app.db, {
      users: [{ id: 'user-x' }, { id: 'user-y' }, { id: 'user-z' }],
      orgs: [
        { id: 'org-alpha', name: 'Alpha', members: [{ id: 'user-x', level: 'ADMIN' }] },
        { id: 'org-beta', name: 'Beta', members: [{ id: 'user-z', level: 'ADMIN' }, { id: 'user-x', level: 'MEMBER' }] },
      ],
      projects: [],
      apps: [],
    });
    app.services.workspace.setActingUser('user-x');
    const plan = planText(app, 'org,user\norg-alpha,user-y\norg-beta,user-y\n');
    expect(plan.rows[0]?.action).toBe('create');
    expect(plan.rows[1]?.errors).toEqual([
      { row: 3, column: 'org', value: 'org-beta', message: 'Only ADMINs of org-beta can change members, its name or its policies (user-x is a MEMBER)' },
    ]);
  });

  it('computes the access impact of the whole plan', () => {
    const app = demoApp();
    const plan = planText(app, 'org,user,level,projectAccess,action\norg-lab,user-f,MEMBER,VIEW,\norg-lab,user-c,,,remove\n');
    const byUser = Object.fromEntries(plan.impact.users.map((u) => [u.user, u.projects.map((p) => `${p.name} ${p.from}->${p.to}`)]));
    expect(byUser['user-f']).toEqual(['Raw Data NONE->VIEW', 'Resources NONE->VIEW']);
    expect(byUser['user-c']).toEqual(['Raw Data UPLOAD->NONE', 'Resources VIEW->NONE']);
    expect(plan.impact.truncated).toBe(false);
  });

  it('pages rows, filters errors, and writes errors.csv with the rows as given', () => {
    const app = demoApp();
    const plan = planText(app, 'org,user,level,note\norg-lab,user-f,MEMBER,ok\norg-lab,nobody,MEMBER,"=1+1"\norg-lab_new,user-a,BOSS,x\n');
    expect(app.services.imports.rows({ planId: plan.planId, offset: 1, limit: 1, errorsOnly: false })).toMatchObject({ total: 3, rows: [{ row: 3 }] });
    expect(app.services.imports.rows({ planId: plan.planId, offset: 0, limit: 10, errorsOnly: true }).rows.map((r) => r.row)).toEqual([3, 4]);
    const doc = app.services.imports.errorsCsv({ planId: plan.planId });
    expect(doc.name).toBe('members-errors.csv');
    expect(doc.content).toBe(
      '\uFEFForg,user,level,note,error\r\n' +
        `org-lab,nobody,MEMBER,'=1+1,"user: no user user-nobody in this workspace (give a user ID, a handle or a known email)"\r\n` +
        'org-lab_new,user-a,BOSS,x,"level: ""BOSS"" is not a level: use ADMIN or MEMBER"\r\n',
    );
    expect(appError(() => app.services.imports.rows({ planId: 'plan-nope', offset: 0, limit: 1, errorsOnly: false })).code).toBe('NotFound');
  });

  it('templates: blank with readable labels, prefilled with the current members', () => {
    const app = demoApp();
    const blank = app.services.imports.template({ prefilled: false });
    expect(blank.content).toBe('\uFEFFOrg,User,Level,Allow billable activities,App access,Project access,Action\r\n');
    const filled = app.services.imports.template({ prefilled: true, org: 'lab_new' });
    expect(filled.content.split('\r\n').slice(1, 3)).toEqual(['org-lab_new,user-d,ADMIN,true,true,ADMINISTER,', 'org-lab_new,user-e,MEMBER,true,true,CONTRIBUTE,']);
    expect(planText(app, filled.content).summary).toMatchObject({ unchanged: 3, create: 0, update: 0, error: 0 });
  });

  it('every import and export method answers through the router with contract-valid output', async () => {
    const app = demoApp();
    const content = Buffer.from('org,user\norg-lab,user-f\norg-lab,nobody\n').toString('base64');
    const plan = await app.router.dispatch('imports.plan', { fileName: 'a.csv', contentBase64: content });
    expect(plan.ok).toBe(true);
    const planId = plan.ok ? (plan.value as { planId: string }).planId : '';
    for (const [method, input] of [
      ['imports.rows', { planId }],
      ['imports.errorsCsv', { planId }],
      ['imports.template', {}],
      ['exports.members', {}],
      ['exports.access', { user: 'user-b' }],
      ['imports.apply', { planId, partial: true }],
    ] as const) {
      const r = await app.router.dispatch(method, input);
      expect(r, method).toMatchObject({ ok: true });
    }
    expect(await app.router.dispatch('imports.apply', { planId })).toMatchObject({ ok: false, error: { code: 'InvalidState' } });
  });
});
