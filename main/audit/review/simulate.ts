// What the workspace would look like after a review plan: membership changes and removals (with
// the platform's revocation of direct grants on projects billed to the org, and app listings),
// then grant edits. Works on copies; the live state passed in is never mutated.
import type { AccessState } from '../../../shared/domain/accessState';
import type { GrantLevel, Membership, Project } from '../../../shared/domain/index';
import type { PlannedRow } from '../../import/plan/types';

export interface GrantEdit {
  /** The decision row it comes from. */
  row: number;
  project: string;
  projectName: string;
  user: string;
  from: GrantLevel;
  /** null = unshare. */
  to: GrantLevel | null;
}

export function applyMembershipRows(state: AccessState, rows: readonly PlannedRow[]): AccessState {
  const memberships = new Map(state.memberships.map((m) => [`${m.org}\u0000${m.user}`, m]));
  const projects = new Map(state.projects.map((p) => [p.id, p]));
  const apps = new Map(state.apps.map((a) => [a.id, a]));
  const copyProject = (p: Project): Project => {
    const c = { ...p, permissions: { ...p.permissions } };
    projects.set(p.id, c);
    return c;
  };
  for (const r of rows) {
    if (r.org === null || r.user === null) continue;
    const key = `${r.org}\u0000${r.user}`;
    if (r.action === 'update' && r.next) memberships.set(key, r.next);
    else if (r.action === 'remove' && r.removal) {
      memberships.delete(key);
      const { org, user } = { org: r.org, user: r.user };
      if (r.removal.revokeProjectPermissions) {
        for (const p of [...projects.values()]) if (p.billTo === org && p.permissions[user] !== undefined) delete copyProject(p).permissions[user];
      }
      if (r.removal.revokeAppPermissions) {
        for (const a of [...apps.values()]) {
          if (a.billTo !== org) continue;
          apps.set(a.id, { ...a, developers: a.developers.filter((d) => d !== user), authorizedUsers: a.authorizedUsers.filter((d) => d !== user) });
        }
      }
    }
  }
  return { ...state, memberships: [...memberships.values()] as Membership[], projects: [...projects.values()], apps: [...apps.values()] };
}

export function applyGrantEdits(state: AccessState, edits: readonly GrantEdit[]): AccessState {
  if (edits.length === 0) return state;
  const byProject = new Map<string, GrantEdit[]>();
  for (const e of edits) byProject.set(e.project, [...(byProject.get(e.project) ?? []), e]);
  return {
    ...state,
    projects: state.projects.map((p) => {
      const list = byProject.get(p.id);
      if (!list) return p;
      const permissions = { ...p.permissions };
      for (const e of list) {
        if (e.to === null) delete permissions[e.user];
        else permissions[e.user] = e.to;
      }
      return { ...p, permissions };
    }),
  };
}
