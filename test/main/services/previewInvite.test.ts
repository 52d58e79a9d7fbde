// members.previewInvite: what a new member would gain, computed before anything is written.
import { afterEach, describe, expect, it } from 'vitest';
import type { InvitePreview } from '../../../shared/contract/index';
import { closeAll, demoApp } from './fixtures';

afterEach(closeAll);

describe('members.previewInvite', () => {
  it('lists the org-lab projects and app user-f would gain as a default MEMBER, and writes nothing', async () => {
    const app = demoApp();
    const r = await app.router.dispatch('members.previewInvite', { org: 'org-lab', user: 'user-f' });
    if (!r.ok) throw new Error(r.error.message);
    const preview = r.value as InvitePreview;
    expect(preview.after).toEqual({ level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'CONTRIBUTE' });
    expect(preview.projects.map((p) => [p.name, p.from, p.to])).toEqual([
      ['Raw Data', 'NONE', 'UPLOAD'],
      ['Resources', 'NONE', 'VIEW'],
    ]);
    expect(preview.apps.map((a) => [a.name, a.from, a.to])).toEqual([['qc', false, true]]);
    expect(app.repos.memberships.get('org-lab', 'user-f')).toBeUndefined();
    expect(app.services.outbox.list({}).entries).toEqual([]);
  });

  it('follows the flags: projectAccess VIEW caps Raw Data, appAccess false gives no qc', async () => {
    const app = demoApp();
    const r = await app.router.dispatch('members.previewInvite', { org: 'org-lab', user: 'user-f', projectAccess: 'VIEW', appAccess: false });
    if (!r.ok) throw new Error(r.error.message);
    const preview = r.value as InvitePreview;
    expect(preview.projects.map((p) => [p.name, p.to])).toEqual([
      ['Raw Data', 'VIEW'],
      ['Resources', 'VIEW'],
    ]);
    expect(preview.apps).toEqual([]);
  });

  it('refuses an existing member (pointing to update) and contradicting ADMIN flags', async () => {
    const app = demoApp();
    const existing = await app.router.dispatch('members.previewInvite', { org: 'org-lab', user: 'user-b' });
    expect(existing.ok ? null : existing.error.code).toBe('Conflict');
    const admin = await app.router.dispatch('members.previewInvite', { org: 'org-lab', user: 'user-f', level: 'ADMIN', appAccess: false });
    expect(admin.ok ? null : admin.error.code).toBe('InvalidInput');
  });
});
