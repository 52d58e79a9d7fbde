// The push decisions as pure functions: already applied, conflict per field, and which call
// (invite / setMemberAccess / removeMember; invite / decreasePermissions; ordered settings
// steps; org name and policies).
import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../../shared/contract/index';
import { decideApp, decideGrant, decideMember, decideOrgUpdate, decideProjectUpdate, settingsSteps } from '../../../../main/sync/engine/decide';
import type { MemberValue } from '../../../../main/sync/engine/payloads';
import { BadEntryError } from '../../../../main/sync/engine/payloads';

let nextId = 1;
function entry(op: OutboxEntry['op'], payload: Record<string, unknown>, base: Record<string, unknown> | null): OutboxEntry {
  return { id: nextId++, op, target: 't', summary: '', payload, base, actingUser: 'user-d', createdAt: 0, state: 'pending', error: null, theirs: null };
}

const member = (projectAccess: MemberValue['projectAccess'], more: Partial<MemberValue> = {}): MemberValue => ({
  level: 'MEMBER',
  allowBillableActivities: false,
  appAccess: true,
  projectAccess,
  ...more,
});
const ADMIN: MemberValue = { level: 'ADMIN', allowBillableActivities: true, appAccess: true, projectAccess: 'ADMINISTER' };
const update = (to: MemberValue, from: MemberValue) => entry('member.update', { org: 'org-lab', user: 'user-b', ...to }, { ...from });

describe('member edits', () => {
  it('is done when the platform already has the wanted value (a resumed push)', () => {
    expect(decideMember(update(member('UPLOAD'), member('CONTRIBUTE')), member('UPLOAD'))).toEqual({ kind: 'done', remote: member('UPLOAD') });
  });

  it('sends setMemberAccess with all three flags when the member is there as expected', () => {
    expect(decideMember(update(member('UPLOAD'), member('CONTRIBUTE')), member('CONTRIBUTE'))).toMatchObject({
      kind: 'send',
      action: { call: 'set', user: 'user-b', access: { level: 'MEMBER', allowBillableActivities: false, appAccess: true, projectAccess: 'UPLOAD' } },
    });
  });

  it('is a conflict when the platform changed the same field to something else', () => {
    const d = decideMember(update(member('UPLOAD'), member('CONTRIBUTE')), member('VIEW'));
    expect(d).toEqual({ kind: 'conflict', theirs: member('VIEW'), remote: member('VIEW') });
  });

  it('merges a remote change of another field instead of overwriting it', () => {
    const d = decideMember(update(member('UPLOAD'), member('CONTRIBUTE')), member('CONTRIBUTE', { appAccess: false }));
    expect(d).toMatchObject({ kind: 'send', action: { access: { appAccess: false, projectAccess: 'UPLOAD' } } });
  });

  it('promotes with the level alone (flags with ADMIN are refused by the platform)', () => {
    expect(decideMember(update(ADMIN, member('CONTRIBUTE')), member('CONTRIBUTE'))).toMatchObject({ kind: 'send', action: { call: 'set', access: { level: 'ADMIN' } } });
  });

  it('invites when the user is not a member and the edit expected that; conflict when they were removed', () => {
    const invite = entry('member.invite', { org: 'org-lab', user: 'user-f', ...member('CONTRIBUTE') }, null);
    expect(decideMember(invite, null)).toMatchObject({ kind: 'send', action: { call: 'invite', user: 'user-f' } });
    expect(decideMember(invite, member('VIEW'))).toMatchObject({ kind: 'conflict', theirs: member('VIEW') });
    expect(decideMember(update(member('UPLOAD'), member('CONTRIBUTE')), null)).toEqual({ kind: 'conflict', theirs: {}, remote: null });
  });

  it('after keep mine on a removal conflict (base null) a member update becomes an invite', () => {
    const rebased = entry('member.update', { org: 'org-lab', user: 'user-b', ...member('UPLOAD') }, null);
    expect(decideMember(rebased, null)).toMatchObject({ kind: 'send', action: { call: 'invite' } });
  });

  it('removes with the revoke flags; done when already gone; conflict when changed meanwhile', () => {
    const remove = entry('member.remove', { org: 'org-lab', user: 'user-c', revokeProjectPermissions: true, revokeAppPermissions: false }, member('CONTRIBUTE'));
    expect(decideMember(remove, member('CONTRIBUTE'))).toMatchObject({
      kind: 'send',
      action: { call: 'remove', user: 'user-c', revokeProjectPermissions: true, revokeAppPermissions: false },
    });
    expect(decideMember(remove, null)).toEqual({ kind: 'done', remote: null });
    expect(decideMember(remove, member('VIEW')).kind).toBe('conflict');
  });

  it('refuses an unreadable payload with a reason', () => {
    expect(() => decideMember(entry('member.update', { org: 'org-lab' }, null), null)).toThrow(BadEntryError);
  });
});

describe('project grants', () => {
  const share = (level: string, base: string | null) => entry('project.share', { project: 'project-x', principal: 'org-lab', level }, base ? { level: base } : null);
  it('raises with invite and lowers with decreasePermissions', () => {
    expect(decideGrant(share('UPLOAD', 'VIEW'), 'VIEW')).toMatchObject({ kind: 'send', action: { call: 'invite', level: 'UPLOAD' } });
    expect(decideGrant(share('VIEW', 'UPLOAD'), 'UPLOAD')).toMatchObject({ kind: 'send', action: { call: 'decrease', level: 'VIEW' } });
    expect(decideGrant(share('VIEW', null), null)).toMatchObject({ kind: 'send', action: { call: 'invite', level: 'VIEW' } });
  });
  it('revokes with decreasePermissions null; done when already as wanted; conflict otherwise', () => {
    const unshare = entry('project.unshare', { project: 'project-x', principal: 'org-lab' }, { level: 'VIEW' });
    expect(decideGrant(unshare, 'VIEW')).toMatchObject({ kind: 'send', action: { call: 'decrease', level: null } });
    expect(decideGrant(unshare, null).kind).toBe('done');
    expect(decideGrant(unshare, 'CONTRIBUTE')).toMatchObject({ kind: 'conflict', theirs: { level: 'CONTRIBUTE' } });
  });
});

describe('apps', () => {
  it('adds or removes an authorized user; done when already so', () => {
    const auth = entry('app.authorize', { app: 'app-qc', principal: 'org-lab' }, null);
    expect(decideApp(auth, false)).toMatchObject({ kind: 'send', action: { call: 'add', principal: 'org-lab' } });
    expect(decideApp(auth, true).kind).toBe('done');
    const deauth = entry('app.deauthorize', { app: 'app-qc', principal: 'org-lab' }, { authorized: true });
    expect(decideApp(deauth, true)).toMatchObject({ kind: 'send', action: { call: 'remove' } });
  });
});

describe('project settings', () => {
  const settings = (to: Record<string, unknown>, from: Record<string, unknown>) => entry('project.update', { project: 'project-x', settings: to }, { version: 3, settings: from });
  it('sends only what still differs, with the fields another writer changed left alone', () => {
    const d = decideProjectUpdate(settings({ protected: true, restricted: true }, { protected: false, restricted: false }), { version: 5, settings: { protected: true, restricted: false } });
    expect(d).toMatchObject({ kind: 'send', action: { steps: [{ restricted: true }] } });
  });
  it('is a conflict per field, showing the platform side with its version', () => {
    const d = decideProjectUpdate(settings({ downloadRestricted: true }, { downloadRestricted: false }), { version: 7, settings: { downloadRestricted: false } });
    expect(d.kind).toBe('send');
    const c = decideProjectUpdate(settings({ databaseResultsRestricted: 10 }, { databaseResultsRestricted: null }), { version: 7, settings: { databaseResultsRestricted: 20 } });
    expect(c).toMatchObject({ kind: 'conflict', theirs: { version: 7, settings: { databaseResultsRestricted: 20 } } });
  });
  it('clears previewViewerRestricted before downloadRestricted', () => {
    expect(settingsSteps({ downloadRestricted: false, previewViewerRestricted: false, protected: true })).toEqual([
      { previewViewerRestricted: false },
      { downloadRestricted: false, protected: true },
    ]);
    expect(settingsSteps({ downloadRestricted: true, previewViewerRestricted: true })).toHaveLength(1);
  });
});

describe('org name and policies', () => {
  const remote = { name: 'Lab', policies: { memberListVisibility: 'ADMIN' as const, restrictProjectTransfer: 'ADMIN' as const } };
  it('restates policies in full and leaves the name alone when not edited', () => {
    const e = entry('org.update', { org: 'org-lab', policies: { memberListVisibility: 'MEMBER' } }, { policies: { memberListVisibility: 'ADMIN' } });
    expect(decideOrgUpdate(e, remote)).toMatchObject({ kind: 'send', action: { policies: { memberListVisibility: 'MEMBER', restrictProjectTransfer: 'ADMIN' } } });
  });
  it('is a conflict when the name was changed to something else meanwhile', () => {
    const e = entry('org.update', { org: 'org-lab', name: 'Lab One' }, { name: 'Lab' });
    expect(decideOrgUpdate(e, { ...remote, name: 'Lab Two' })).toMatchObject({ kind: 'conflict', theirs: { name: 'Lab Two' } });
    expect(decideOrgUpdate(e, { ...remote, name: 'Lab One' }).kind).toBe('done');
  });
});
