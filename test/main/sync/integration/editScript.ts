// One varied batch of offline edits by user-d on the demo state (every op kind the outbox
// has), and a normal form of the emulator's state to compare two runs of it: object IDs by
// name, timestamps and OrgDesk's own bookkeeping properties left out.
import type { EmulatorState } from '../../../../main/emulator/index';
import type { Desk } from '../engine/harness';

export async function userDEdits(d: Desk): Promise<void> {
  await d.edit('members.update', { org: 'org-lab', user: 'user-b', projectAccess: 'UPLOAD' });
  await d.edit('members.update', { org: 'org-lab', user: 'user-e', allowBillableActivities: false });
  await d.edit('members.update', { org: 'org-lab_new', user: 'user-f', appAccess: false });
  await d.edit('members.invite', { org: 'org-lab', user: 'user-f' });
  await d.edit('members.remove', { org: 'org-lab_new', user: 'user-e' });
  await d.edit('projects.create', { name: 'Scratch', billTo: 'org-lab_new' });
  await d.edit('projects.share', { project: 'Scratch', principal: 'org-lab_new', level: 'CONTRIBUTE' });
  await d.edit('projects.share', { project: 'Raw Data', principal: 'user-f', level: 'VIEW' });
  await d.edit('projects.share', { project: 'Raw Data', principal: 'org-lab', level: 'VIEW' });
  await d.edit('projects.updateSettings', { project: 'Raw Data', settings: { downloadRestricted: true, protected: true } });
  await d.edit('apps.authorize', { app: 'qc', principal: 'user-f' });
  await d.edit('apps.deauthorize', { app: 'qc', principal: 'org-lab' });
  await d.edit('orgs.create', { handle: 'lab_extra', name: 'Lab extra' });
  await d.edit('members.invite', { org: 'org-lab_extra', user: 'user-a', projectAccess: 'VIEW' });
  await d.edit('orgs.update', { org: 'org-lab', name: 'Lab One' });
  await d.edit('projects.unshare', { project: 'Raw Data', principal: 'user-f' });
}

export function normalState(state: EmulatorState): unknown {
  const names = new Map(state.projects.map((p) => [p.id, p.name]));
  return {
    users: state.users,
    orgs: state.orgs.map(({ created: _created, ...o }) => o),
    projects: state.projects
      .map(({ id, created: _c, modified: _m, properties: _p, ...p }) => ({ ...p, id: names.get(id) }))
      .sort((a, b) => String(a.id).localeCompare(String(b.id))),
    apps: state.apps.map(({ created: _created, ...a }) => a),
  };
}
