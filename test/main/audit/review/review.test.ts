// The access review on the demo workspace: reviewable rows, decisions -> plan (membership rows
// through the CSV import's planner, direct grants lowered or unshared, via-org rows blocked with
// the membership fix), apply in one transaction through the outbox with an evidence file,
// re-validation at apply time, and nothing written on any error.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OrgDeskApp } from '../../../../main/app';
import { DEMO_PROJECT_IDS } from '../../../../main/seed/demoSeed';
import { appError, closeAll, demoApp, failOutboxInserts, recordEvents, snapshot } from '../../services/fixtures';

afterEach(closeAll);

const RES = DEMO_PROJECT_IDS.resources;
const RAW = DEMO_PROJECT_IDS.rawData;

const outboxRows = (app: OrgDeskApp) => app.db.prepare('SELECT op, target, payload, base, acting_user, state FROM outbox ORDER BY id').all();
const reviewsDir = (app: OrgDeskApp) => path.join(path.dirname(app.workspacePath), 'reviews');

/** The demo plus a direct grant user-d (ADMINISTER on Raw Data) can review: user-f CONTRIBUTE. */
function reviewApp(): OrgDeskApp {
  const app = demoApp();
  app.services.projects.share({ project: RAW, principal: 'user-f', level: 'CONTRIBUTE' });
  app.db.prepare('DELETE FROM outbox').run();
  return app;
}

describe('reviews.rows', () => {
  it('lists (user, org) rows with flags and (user, project) rows with level, route and what reduce may choose', () => {
    const app = reviewApp();
    const { meta, rows } = app.services.reviews.rows({ scope: { kind: 'org', org: 'org-lab' }, at: 'now' });
    expect(meta.scope).toEqual({ kind: 'org', id: 'org-lab', name: 'Lab' });
    expect(rows.filter((r) => r.kind === 'org').map((r) => [r.user, r.level, r.reduceTo.join(' ')])).toEqual([
      ['user-a', 'ADMIN', 'MEMBER CONTRIBUTE UPLOAD VIEW NONE'],
      ['user-b', 'MEMBER', 'UPLOAD VIEW NONE'],
      ['user-c', 'MEMBER', 'UPLOAD VIEW NONE'],
      ['user-d', 'ADMIN', 'MEMBER CONTRIBUTE UPLOAD VIEW NONE'],
      ['user-e', 'MEMBER', 'UPLOAD VIEW NONE'],
    ]);
    const bRaw = rows.find((r) => r.key === `project:${RAW}:user-b`);
    expect(bRaw).toMatchObject({ level: 'UPLOAD', how: 'UPLOAD via org-lab (org grants UPLOAD, MEMBER, cap CONTRIBUTE)', reduceTo: ['VIEW'] });
    expect(bRaw?.viaOrgNote).toContain('cannot be reduced for Raw Data alone');
    // user-f's access to Raw Data is a direct grant: reducible on the project itself.
    expect(rows.find((r) => r.key === `project:${RAW}:user-f`)).toMatchObject({ level: 'CONTRIBUTE', reduceTo: ['UPLOAD', 'VIEW'], viaOrgNote: null });
  });
});

describe('reviews.plan and apply', () => {
  it('turns decisions into membership rows (the import planner) and grant edits, applied in one transaction with evidence', () => {
    const app = reviewApp();
    const seen = recordEvents(app);
    const plan = app.services.reviews.plan({
      scope: { kind: 'org', org: 'org-lab' },
      at: 'now',
      decisions: [
        { user: 'user-c', org: 'org-lab', decision: 'revoke', comment: 'left the institute' },
        { user: 'user-b', org: 'org-lab', decision: 'reduce', level: 'VIEW', comment: '=needs read only' },
        { user: 'user-f', project: 'Raw Data', decision: 'reduce', level: 'VIEW', comment: 'no uploads needed' },
        { user: 'user-a', org: 'org-lab', decision: 'keep', comment: 'PI' },
      ],
    });
    expect(plan.rows.map((r) => [r.row, r.status, r.edits.map((e) => e.kind)])).toEqual([
      [1, 'edit', ['memberRemove']],
      [2, 'edit', ['memberUpdate']],
      [3, 'edit', ['lowerGrant']],
      [4, 'keep', []],
    ]);
    expect(plan.summary).toEqual({ keep: 1, edit: 3, unchanged: 0, blocked: 0, error: 0 });
    expect(plan.memberships.summary).toMatchObject({ update: 1, remove: 1, error: 0 });
    expect(plan.rows[1]?.edits[0]?.summary).toBe('Change user-b in org-lab: projectAccess CONTRIBUTE → VIEW');
    expect(plan.canApply).toEqual({ allowed: true });
    // Who loses what: user-c loses both projects and qc (scenarios.md Example 1 step 5).
    const c = plan.impact.find((i) => i.user === 'user-c');
    expect(c?.projects.map((p) => [p.name, p.from, p.to])).toEqual([
      ['Raw Data', 'UPLOAD', 'NONE'],
      ['Resources', 'VIEW', 'NONE'],
    ]);
    expect(c?.apps.map((a) => [a.name, a.to])).toEqual([['qc', false]]);
    expect(plan.impact.find((i) => i.user === 'user-f')?.projects).toEqual([{ project: RAW, name: 'Raw Data', from: 'CONTRIBUTE', to: 'VIEW' }]);
    expect(snapshot(app).outbox).toEqual([]);

    const out = app.services.reviews.apply({ planId: plan.planId, partial: false });
    expect(out.queued).toBe(3);
    expect(seen.map((e) => e.event)).toEqual(['workspace.changed', 'outbox.changed']);
    expect(app.repos.memberships.get('org-lab', 'user-c')).toBeUndefined();
    expect(app.repos.memberships.get('org-lab', 'user-b')?.projectAccess).toBe('VIEW');
    expect(app.repos.projects.get(RAW)?.permissions['user-f']).toBe('VIEW');

    // The same outbox entries the members and projects services queue for the same changes.
    const direct = reviewApp();
    direct.services.projects.share({ project: RAW, principal: 'user-f', level: 'VIEW' });
    direct.services.members.remove({ org: 'org-lab', user: 'user-c', revokeProjectPermissions: true, revokeAppPermissions: true });
    direct.services.members.update({ org: 'org-lab', user: 'user-b', projectAccess: 'VIEW' });
    const sortRows = (xs: unknown[]) => [...xs].map((x) => JSON.stringify(x)).sort();
    expect(sortRows(outboxRows(app))).toEqual(sortRows(outboxRows(direct)));
    expect(snapshot(app).memberships).toEqual(snapshot(direct).memberships);
    expect(snapshot(app).project_grants).toEqual(snapshot(direct).project_grants);
    // Each applied edit is in the edit log on its own, tied to its outbox entry, and the chain holds.
    const logged = app.services.editLog.list({ limit: 100 }).entries.filter((e) => e.kind === 'edit');
    const queuedIds = app.repos.outbox.list().map((e) => e.id);
    expect(queuedIds).toHaveLength(3);
    for (const id of queuedIds) expect(logged.find((e) => e.outboxId === id)?.actor).toBe('user-d');
    expect(app.services.editLog.verify({}).ok).toBe(true);

    // Evidence: every decision with reviewer, times, scope, snapshot and hash.
    expect(path.dirname(out.evidencePath)).toBe(reviewsDir(app));
    const evidence = fs.readFileSync(out.evidencePath, 'utf8');
    expect(evidence).toBe(out.evidence.content);
    expect(evidence.startsWith('\uFEFFreviewer,planned at,applied at,scope,snapshot,content hash,row,kind,user,project,org,level when reviewed,how when reviewed,decision,target level,comment,outcome,edits,message,applied\r\n')).toBe(true);
    const lines = evidence.trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(new RegExp(`^user-d,\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC,\\d{4}-.* UTC,org:org-lab,now,${plan.meta.hash},1,org,user-c,,org-lab,MEMBER,`));
    expect(lines[1]).toContain(',revoke,,left the institute,edit,Remove user-c from org-lab');
    expect(lines[1]?.endsWith(',true')).toBe(true);
    expect(lines[2]).toContain(",reduce,VIEW,'=needs read only,edit,");
    expect(lines[4]).toContain(',keep,,PI,keep,,,false');
    // Applied once: applying again is refused, nothing more written.
    const after = snapshot(app);
    expect(appError(() => app.services.reviews.apply({ planId: plan.planId, partial: false })).message).toContain('was applied already');
    expect(snapshot(app)).toEqual(after);
  });

  it('a (user, project) row that comes via an org is blocked with a clear message and the membership fix', () => {
    const app = reviewApp();
    const plan = app.services.reviews.plan({
      scope: { kind: 'project', project: RAW },
      at: 'now',
      decisions: [{ user: 'user-b', project: RAW, decision: 'revoke', comment: '' }],
    });
    const row = plan.rows[0];
    expect(row?.status).toBe('blocked');
    expect(row?.edits).toEqual([]);
    expect(row?.message).toContain('cannot be revoked on Raw Data alone: user-b keeps UPLOAD via org-lab (cap CONTRIBUTE)');
    expect(row?.message).toContain("lowering org-lab's grant on Raw Data instead would affect all 5 members");
    expect(row?.fixes).toEqual([
      { org: 'org-lab', user: 'user-b', decision: 'revoke', summary: 'Remove user-b from org-lab (drops every route through org-lab)' },
      { org: 'org-lab', user: 'user-b', decision: 'reduce', level: 'NONE', summary: "Lower user-b's projectAccess in org-lab to NONE (applies to every project shared with org-lab)" },
    ]);
    expect(plan.canApply.allowed).toBe(false);
    const before = snapshot(app);
    const err = appError(() => app.services.reviews.apply({ planId: plan.planId, partial: false }));
    expect(err.code).toBe('InvalidState');
    expect(err.message).toContain('1 decision is blocked or has errors, so nothing was applied');
    expect(snapshot(app)).toEqual(before);
    expect(fs.existsSync(reviewsDir(app))).toBe(false);

    // Taking the offered fix as a decision makes the project row achievable: nothing left to do there.
    const fixed = app.services.reviews.plan({
      scope: { kind: 'project', project: RAW },
      at: 'now',
      decisions: [
        { user: 'user-b', project: RAW, decision: 'revoke', comment: '' },
        { user: 'user-b', org: 'org-lab', decision: 'reduce', level: 'NONE', comment: 'fix from the review' },
      ],
    });
    expect(fixed.rows.map((r) => [r.status, r.message])).toEqual([
      ['unchanged', 'the membership changes in this plan already bring user-b to NONE on Raw Data'],
      ['edit', null],
    ]);
  });

  it('an ADMIN demoted by reduce gets the MEMBER defaults; a level that is not lower is an error on that row', () => {
    const app = reviewApp();
    const plan = app.services.reviews.plan({
      scope: { kind: 'org', org: 'org-lab' },
      at: 'now',
      decisions: [
        { user: 'user-a', org: 'org-lab', decision: 'reduce', level: 'UPLOAD', comment: '' },
        { user: 'user-e', org: 'org-lab', decision: 'reduce', level: 'ADMINISTER', comment: '' },
        { user: 'user-e', project: 'Raw Data', decision: 'reduce', level: 'MEMBER', comment: '' },
        { user: 'ghost', org: 'org-lab', decision: 'revoke', comment: '' },
        { user: 'user-f', org: 'org-lab', decision: 'revoke', comment: '' },
      ],
    });
    expect(plan.rows[0]).toMatchObject({ status: 'edit', edits: [{ kind: 'memberUpdate', summary: 'Change user-a in org-lab: level ADMIN → MEMBER, projectAccess ADMINISTER → UPLOAD, allowBillableActivities true → false' }] });
    expect(plan.rows.slice(1).map((r) => [r.status, r.message])).toEqual([
      ['error', 'cannot reduce MEMBER to ADMINISTER: choose one of UPLOAD, VIEW, NONE'],
      ['error', 'cannot reduce UPLOAD to MEMBER: choose one of VIEW'],
      ['error', 'user: no user user-ghost in this workspace'],
      ['error', 'user-f in org-lab is not a row of this review (not a member in this workspace, or outside the scope)'],
    ]);
    // Partial apply writes the good row only.
    const out = app.services.reviews.apply({ planId: plan.planId, partial: true });
    expect(out.queued).toBe(1);
    expect(app.repos.memberships.get('org-lab', 'user-a')).toMatchObject({ level: 'MEMBER', projectAccess: 'UPLOAD', appAccess: true, allowBillableActivities: false });
  });

  it('checks the acting user like an import: not an ADMIN of the org, not ADMINISTER on the project', () => {
    const app = reviewApp();
    app.services.workspace.setActingUser('user-b');
    const plan = app.services.reviews.plan({
      scope: { kind: 'all' },
      at: 'now',
      decisions: [
        { user: 'user-c', org: 'org-lab', decision: 'revoke', comment: '' },
        { user: 'user-f', project: RAW, decision: 'revoke', comment: '' },
      ],
    });
    expect(plan.rows.map((r) => r.status)).toEqual(['error', 'error']);
    expect(plan.rows[0]?.message).toMatch(/ADMIN/);
    expect(plan.rows[1]?.message).toBe('Only users with ADMINISTER on Raw Data can change its sharing or settings (user-b has UPLOAD)');
  });

  it('re-validates at apply: a conflicting edit since the plan makes apply refuse and write nothing', () => {
    const app = reviewApp();
    const plan = app.services.reviews.plan({
      scope: { kind: 'project', project: RAW },
      at: 'now',
      decisions: [
        { user: 'user-f', project: RAW, decision: 'reduce', level: 'UPLOAD', comment: '' },
        { user: 'user-c', org: 'org-lab', decision: 'revoke', comment: '' },
      ],
    });
    expect(plan.summary.edit).toBe(2);
    // Someone lowers user-f to VIEW meanwhile: "reduce to UPLOAD" would now raise it.
    app.services.projects.share({ project: RAW, principal: 'user-f', level: 'VIEW' });
    const before = snapshot(app);
    const err = appError(() => app.services.reviews.apply({ planId: plan.planId, partial: false }));
    expect(err.code).toBe('Conflict');
    expect(err.message).toContain(`row 1 (user-f on ${RAW}): planned "Lower user-f's direct grant on "Raw Data" from CONTRIBUTE to UPLOAD", now "unchanged: user-f has VIEW on Raw Data now (CONTRIBUTE when reviewed)"`);
    expect(snapshot(app)).toEqual(before);
    expect(fs.existsSync(reviewsDir(app))).toBe(false);
  });

  it('applies a plan that still holds after unrelated edits', () => {
    const app = reviewApp();
    const plan = app.services.reviews.plan({ scope: { kind: 'project', project: RAW }, at: 'now', decisions: [{ user: 'user-f', project: RAW, decision: 'revoke', comment: 'gone' }] });
    app.services.members.update({ org: 'org-lab_new', user: 'user-e', appAccess: false });
    const out = app.services.reviews.apply({ planId: plan.planId, partial: false });
    expect(out.queued).toBe(1);
    expect(app.repos.projects.get(RAW)?.permissions['user-f']).toBeUndefined();
    expect(outboxRows(app).map((r) => (r as { op: string }).op)).toEqual(['member.update', 'project.unshare']);
  });

  it('is one transaction: a failure mid-apply writes nothing, not even the evidence file', () => {
    const app = reviewApp();
    const plan = app.services.reviews.plan({
      scope: { kind: 'all' },
      at: 'now',
      decisions: [
        { user: 'user-f', project: RAW, decision: 'revoke', comment: '' },
        { user: 'user-c', org: 'org-lab', decision: 'revoke', comment: '' },
      ],
    });
    const before = snapshot(app);
    const seen = recordEvents(app);
    failOutboxInserts(app);
    expect(() => app.services.reviews.apply({ planId: plan.planId, partial: false })).toThrow(/forced failure/);
    expect(snapshot(app)).toEqual(before);
    expect(seen).toEqual([]);
    expect(fs.existsSync(reviewsDir(app))).toBe(false);
  });

  it('reviews a snapshot: rows and evidence carry the snapshot id and hash; decisions apply to the workspace as it is', () => {
    const app = reviewApp();
    const snap = app.services.snapshots.take({});
    app.services.members.invite({ org: 'org-lab_new', user: 'user-b', level: 'MEMBER' });
    const rows = app.services.reviews.rows({ scope: { kind: 'org', org: 'org-lab_new' }, at: snap.id });
    expect(rows.meta).toMatchObject({ at: snap.id, hash: snap.hash });
    expect(rows.rows.filter((r) => r.kind === 'org').map((r) => r.user)).toEqual(['user-d', 'user-e', 'user-f']);
    const plan = app.services.reviews.plan({
      scope: { kind: 'org', org: 'org-lab_new' },
      at: snap.id,
      decisions: [
        { user: 'user-f', org: 'org-lab_new', decision: 'revoke', comment: 'inactive' },
        { user: 'user-b', org: 'org-lab_new', decision: 'revoke', comment: 'joined after the snapshot' },
      ],
    });
    expect(plan.rows.map((r) => r.status)).toEqual(['edit', 'error']);
    expect(plan.rows[1]?.message).toContain(`not a member at snapshot ${snap.id}`);
    const ev = app.services.reviews.evidence({ planId: plan.planId });
    expect(ev.content).toContain(`,org:org-lab_new,${snap.id},${snap.hash},1,org,user-f,,org-lab_new,MEMBER,`);
    expect(ev.content.trimEnd().split('\r\n')[1]?.endsWith(',false')).toBe(true);
  });
});

describe('decisions CSV', () => {
  it('the template lists every row; filled in, it plans like the same decisions given directly', () => {
    const app = reviewApp();
    const template = app.services.reviews.template({ scope: { kind: 'project', project: 'Raw Data' }, at: 'now' });
    expect(template.name).toBe(`review-decisions-project-${RAW}-now.csv`);
    const lines = template.content.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('scope,at,user,user name,project,project name,org,current level,how,reduce to,decision,level,comment');
    const filled = lines
      .map((line, i) => {
        if (i === 0) return line;
        if (line.includes(`,user-f,Fay Foster,${RAW},`)) return line.replace(/,,,$/, ',reduce,view,least privilege');
        if (line.startsWith(`project:${RAW},now,user-c,Cleo Carter,,,org-lab,`)) return line.replace(/,,,$/, ',revoke,,left');
        return line;
      })
      .join('\r\n');
    const plan = app.services.reviews.planCsv({ fileName: 'decisions.csv', content: filled });
    expect(plan.meta.scope).toMatchObject({ kind: 'project', id: RAW });
    expect(plan.rows.map((r) => [r.user, r.status, r.level, r.comment])).toEqual([
      ['user-c', 'edit', null, 'left'],
      ['user-f', 'edit', 'VIEW', 'least privilege'],
    ]);
  });

  it('names the row, column and value of a syntax problem', () => {
    const app = reviewApp();
    const csv = 'scope,user,project,decision,level,comment\nproject:Raw Data,user-f,Raw Data,remove,,\n';
    const err = appError(() => app.services.reviews.planCsv({ fileName: 'd.csv', content: csv }));
    expect(err.code).toBe('InvalidInput');
    expect(err.message).toBe('decisions file row 2, column decision: "remove" is not a decision: use keep, reduce or revoke');
    const mixed = 'scope,user,project,decision\nproject:Raw Data,user-f,Raw Data,keep\nall,user-b,Raw Data,keep\n';
    expect(appError(() => app.services.reviews.planCsv({ fileName: 'd.csv', content: mixed })).message).toContain('row 3, column scope: "all" differs from row 2');
  });
});

describe('through the router (outputs checked against the contract)', () => {
  it('serves reports.access, reviews.rows, reviews.plan, reviews.evidence and reviews.apply', async () => {
    const app = reviewApp();
    const ok = async (method: Parameters<OrgDeskApp['router']['dispatch']>[0], input: unknown) => {
      const r = await app.router.dispatch(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
      return r.value;
    };
    for (const format of ['rows', 'csv', 'html'] as const) await ok('reports.access', { scope: { kind: 'all' }, format });
    await ok('reviews.rows', { scope: { kind: 'org', org: 'org-lab' } });
    const plan = (await ok('reviews.plan', {
      scope: { kind: 'project', project: 'Raw Data' },
      decisions: [
        { user: 'user-b', project: 'Raw Data', decision: 'revoke' },
        { user: 'user-f', project: 'Raw Data', decision: 'reduce', level: 'UPLOAD', comment: 'x' },
        { user: 'user-a', org: 'org-lab', decision: 'reduce', level: 'MEMBER' },
      ],
    })) as { planId: string };
    await ok('reviews.evidence', { planId: plan.planId });
    await ok('reviews.apply', { planId: plan.planId, partial: true });
    const bad = await app.router.dispatch('reviews.plan', { scope: { kind: 'all' }, decisions: [] });
    expect(bad.ok ? null : bad.error.code).toBe('InvalidInput');
  });
});
