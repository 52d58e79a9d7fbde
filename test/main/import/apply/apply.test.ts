// Applying a plan: one transaction through the outbox with the same entries members.* queue,
// errors block unless partial, re-validation at apply time, events once after commit, and the
// import -> re-import -> undo round trip back to the demo's starting state.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OrgDeskApp } from '../../../../main/app';
import { appError, closeAll, demoApp, failOutboxInserts, recordEvents, snapshot } from '../../services/fixtures';
import { memberships, outboxOps, planText } from '../plan/importHelpers';

afterEach(closeAll);

const outboxRows = (app: OrgDeskApp) => app.db.prepare('SELECT op, target, summary, payload, base, acting_user, state FROM outbox ORDER BY id').all();

const FILE = 'org,user,level,allowBillableActivities,appAccess,projectAccess,action\n' + 'org-lab,user-f,MEMBER,,,VIEW,\n' + 'org-lab,user-b,ADMIN,,,,\n' + 'org-lab,user-c,,,,,remove\n' + 'org-lab_new,user-e,MEMBER,false,,,\n';

describe('imports.apply', () => {
  it('queues exactly the entries members.invite/update/remove queue, in one commit with events once', () => {
    const viaImport = demoApp();
    const seen = recordEvents(viaImport);
    const plan = planText(viaImport, FILE);
    const out = viaImport.services.imports.apply({ planId: plan.planId, partial: false });
    expect(out.summary).toMatchObject({ create: 1, update: 2, remove: 1, error: 0 });
    expect(out.queued).toBe(4);
    expect(seen.map((e) => e.event)).toEqual(['workspace.changed', 'outbox.changed']);

    const viaMembers = demoApp();
    viaMembers.services.members.invite({ org: 'org-lab', user: 'user-f', level: 'MEMBER', projectAccess: 'VIEW' });
    viaMembers.services.members.update({ org: 'org-lab', user: 'user-b', level: 'ADMIN' });
    viaMembers.services.members.remove({ org: 'org-lab', user: 'user-c', revokeProjectPermissions: true, revokeAppPermissions: true });
    viaMembers.services.members.update({ org: 'org-lab_new', user: 'user-e', level: 'MEMBER', allowBillableActivities: false });
    expect(outboxRows(viaImport)).toEqual(outboxRows(viaMembers));
    expect(snapshot(viaImport).memberships).toEqual(snapshot(viaMembers).memberships);
    expect(snapshot(viaImport).project_grants).toEqual(snapshot(viaMembers).project_grants);
  });

  it('is one transaction: a failure mid-apply writes nothing', () => {
    const app = demoApp();
    const plan = planText(app, FILE);
    const before = snapshot(app);
    const seen = recordEvents(app);
    failOutboxInserts(app);
    expect(() => app.services.imports.apply({ planId: plan.planId, partial: false })).toThrow(/forced failure/);
    expect(snapshot(app)).toEqual(before);
    expect(seen).toEqual([]);
    expect(fs.existsSync(path.join(path.dirname(app.workspacePath), 'imports'))).toBe(false);
  });

  it('errors block the apply unless partial, which skips the error rows', () => {
    const app = demoApp();
    const plan = planText(app, 'org,user,level\norg-lab,user-f,MEMBER\norg-lab,ghost,MEMBER\norg-nope,user-b,MEMBER\n');
    expect(plan.canApply).toEqual({ allowed: false, reason: expect.stringContaining('2 rows have errors') });
    const before = snapshot(app);
    const err = appError(() => app.services.imports.apply({ planId: plan.planId, partial: false }));
    expect(err.code).toBe('InvalidState');
    expect(err.message).toContain('2 rows have errors');
    expect(snapshot(app)).toEqual(before);
    const out = app.services.imports.apply({ planId: plan.planId, partial: true });
    expect(out).toMatchObject({ queued: 1, summary: { create: 1, error: 2 } });
    expect(app.repos.memberships.get('org-lab', 'user-f')?.level).toBe('MEMBER');
  });

  it('re-validates against the workspace as it is at apply time', () => {
    const app = demoApp();
    const plan = planText(app, 'org,user,level,action\norg-lab,user-f,MEMBER,add\norg-lab,user-b,,remove\n');
    expect(plan.summary).toMatchObject({ create: 1, remove: 1 });
    app.services.members.invite({ org: 'org-lab', user: 'user-f', level: 'ADMIN' });
    app.services.members.remove({ org: 'org-lab', user: 'user-b', revokeProjectPermissions: false, revokeAppPermissions: false });
    const err = appError(() => app.services.imports.apply({ planId: plan.planId, partial: false }));
    expect(err.message).toContain('1 row has errors');
    const out = app.services.imports.apply({ planId: plan.planId, partial: true });
    expect(out.summary).toMatchObject({ create: 0, remove: 0, unchanged: 1, error: 1 });
    expect(out.queued).toBe(0);
  });

  it('import, re-import (no changes), undo: back to the start', () => {
    const app = demoApp();
    const start = memberships(app);
    const plan = planText(app, FILE);
    const applied = app.services.imports.apply({ planId: plan.planId, partial: false });
    expect(applied.undoPath).toBe(path.join(path.dirname(app.workspacePath), 'imports', applied.undo.name));
    expect(fs.readFileSync(applied.undoPath, 'utf8')).toBe(applied.undo.content);
    expect(applied.undo.name).toMatch(/^undo-\d{4}-\d\d-\d\dT[\d-]+Z\.csv$/);
    const afterImport = memberships(app);

    const again = planText(app, FILE);
    expect(again.summary).toMatchObject({ create: 0, update: 0, remove: 0, error: 0, unchanged: 4 });
    expect(app.services.imports.apply({ planId: again.planId, partial: false }).queued).toBe(0);
    expect(memberships(app)).toEqual(afterImport);

    const undoPlan = planText(app, applied.undo.content);
    expect(undoPlan.summary).toMatchObject({ create: 1, update: 2, remove: 1, error: 0 });
    app.services.imports.apply({ planId: undoPlan.planId, partial: false });
    expect(memberships(app)).toEqual(start);
    const ops = outboxOps(app).map((o) => `${o.op} ${o.target}`);
    expect(ops.slice(0, 4)).toEqual(['member.invite member:org-lab:user-f', 'member.update member:org-lab:user-b', 'member.remove member:org-lab:user-c', 'member.update member:org-lab_new:user-e']);
    expect([...ops.slice(4)].sort()).toEqual(['member.invite member:org-lab:user-c', 'member.remove member:org-lab:user-f', 'member.update member:org-lab:user-b', 'member.update member:org-lab_new:user-e']);
    expect(planText(app, applied.undo.content).summary).toMatchObject({ unchanged: 4 });
  });

  it('an unknown plan is NotFound', () => {
    const app = demoApp();
    expect(appError(() => app.services.imports.apply({ planId: 'plan-x', partial: false })).code).toBe('NotFound');
  });
});
