// Undoing a removal gives back what the removal took: the membership with its level and flags,
// and the direct project grants and app authorizations its revoke* options deleted (carried by
// the undo file's restore columns). Import -> undo -> the same memberships, flags and grants.
import { afterEach, describe, expect, it } from 'vitest';
import type { OrgDeskApp } from '../../../../main/app';
import { closeAll, demoApp } from '../../services/fixtures';
import { outboxOps, outcomes, planText } from '../plan/importHelpers';

afterEach(closeAll);

const APP = 'app-GQ9kZb2pXf4vJ8yK0qPzB1Fx';
const LAB_PROJECT = 'project-Gq4pF2kZ0bXv8J9yKQfYbP1x';

/** Memberships with flags, direct grants, app developers and authorizations: what undo must restore. */
function accessTables(app: OrgDeskApp): Record<string, unknown[]> {
  const q = (sql: string) => app.db.prepare(sql).all();
  return {
    memberships: q('SELECT org_id, user_id, level, allow_billable_activities, app_access, project_access FROM memberships ORDER BY 1, 2'),
    grants: q('SELECT project_id, principal, level FROM project_grants ORDER BY 1, 2'),
    developers: q('SELECT * FROM app_developers ORDER BY 1, 2'),
    authorized: q('SELECT * FROM app_authorized_users ORDER BY 1, 2'),
  };
}

/** The demo plus an app authorization for user-b, so a removal has one to revoke. */
function workspace(): OrgDeskApp {
  const app = demoApp();
  app.services.apps.authorize({ app: APP, principal: 'user-b' });
  return app;
}

const FILE = [
  'org,user,level,projectAccess,action',
  // user-a is an ADMIN with a direct ADMINISTER grant on an org-lab project; blank revoke* = revoke.
  'org-lab,user-a,,,remove',
  // user-b is authorized on the org-lab app.
  'org-lab,user-b,,,remove',
  'org-lab,user-c,,UPLOAD,',
  'org-lab,user-f,MEMBER,VIEW,',
].join('\n');

describe('undo of an import that removed members', () => {
  it('restores memberships, flags, the revoked direct grants and app authorizations', () => {
    const app = workspace();
    const start = accessTables(app);
    const applied = app.services.imports.apply({ planId: planText(app, FILE).planId, partial: false });
    expect(applied.summary).toMatchObject({ remove: 2, update: 1, create: 1, error: 0 });
    const afterImport = accessTables(app);
    expect(afterImport.grants).not.toContainEqual({ project_id: LAB_PROJECT, principal: 'user-a', level: 'ADMINISTER' });
    expect(afterImport.authorized).not.toContainEqual(expect.objectContaining({ principal: 'user-b' }));

    const undoLines = applied.undo.content.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(undoLines[0]).toBe('org,user,level,allowBillableActivities,appAccess,projectAccess,action,revokeProjectPermissions,revokeAppPermissions,restoreProjectGrants,restoreAppAuthorizations');
    expect(undoLines).toContain(`org-lab,user-a,ADMIN,,,,add,,,${LAB_PROJECT}=ADMINISTER,`);
    expect(undoLines.find((l) => l.startsWith('org-lab,user-b,'))).toMatch(new RegExp(`,add,,,,${APP}$`));

    const undoPlan = planText(app, applied.undo.content);
    expect(undoPlan.summary).toMatchObject({ create: 2, update: 1, remove: 1, error: 0 });
    const userA = undoPlan.rows.find((r) => r.user === 'user-a');
    expect(userA?.changes).toContainEqual({ field: `grant ${LAB_PROJECT}`, from: null, to: 'ADMINISTER' });
    expect(undoPlan.impact.users.find((u) => u.user === 'user-b')?.apps).toEqual([expect.objectContaining({ app: APP })]);

    const before = outboxOps(app).length;
    app.services.imports.apply({ planId: undoPlan.planId, partial: false });
    expect(accessTables(app)).toEqual(start);
    const undoOps = outboxOps(app)
      .slice(before)
      .map((o) => `${o.op} ${o.target}`);
    // Each restored grant is queued right after its member's invite, so it syncs after it.
    expect(undoOps.indexOf(`project.share grant:${LAB_PROJECT}:user-a`)).toBe(undoOps.indexOf('member.invite member:org-lab:user-a') + 1);
    expect(undoOps.indexOf(`app.authorize app:${APP}:user-b`)).toBe(undoOps.indexOf('member.invite member:org-lab:user-b') + 1);

    // The undo file is idempotent like any other: once applied, it plans no change.
    expect(planText(app, applied.undo.content).summary).toMatchObject({ create: 0, update: 0, remove: 0, unchanged: 4, error: 0 });
  });

  it('a member already back gets only the grants still missing, as an update', () => {
    const app = workspace();
    const applied = app.services.imports.apply({ planId: planText(app, 'org,user,action\norg-lab,user-a,remove\n').planId, partial: false });
    app.services.members.invite({ org: 'org-lab', user: 'user-a', level: 'ADMIN' });
    const plan = planText(app, applied.undo.content);
    expect(plan.summary).toMatchObject({ update: 1, error: 0 });
    expect(plan.rows[0]?.changes).toEqual([{ field: `grant ${LAB_PROJECT}`, from: null, to: 'ADMINISTER' }]);
    const out = app.services.imports.apply({ planId: plan.planId, partial: false });
    expect(out.queued).toBe(1);
    expect(app.repos.projects.get(LAB_PROJECT)?.permissions['user-a']).toBe('ADMINISTER');
  });

  it('refuses restore cells that do not describe what a removal from that org revoked', () => {
    const app = workspace();
    const plan = planText(
      app,
      [
        'org,user,level,action,restoreProjectGrants,restoreAppAuthorizations',
        `org-lab,user-f,MEMBER,add,${LAB_PROJECT}=OWNER,`,
        'org-lab,user-g,MEMBER,add,project-nope=VIEW,app-nope',
        `org-lab_new,user-e,,upsert,${LAB_PROJECT}=VIEW,${APP}`,
        `org-lab,user-c,,remove,${LAB_PROJECT}=VIEW,`,
      ].join('\n'),
    );
    const o = outcomes(plan);
    expect(o[2]).toMatch(/restoreProjectGrants\|.*is not a list of project grants/);
    expect(o[3]).toContain('no project project-nope in this workspace');
    expect(o[3]).toContain('no app app-nope in this workspace');
    expect(o[4]).toContain(`project ${LAB_PROJECT} is billed to org-lab, not org-lab_new`);
    expect(o[4]).toContain(`app ${APP} is billed to org-lab, not org-lab_new`);
    expect(o[5]).toContain('action|a removal cannot restore grants');
  });
});
