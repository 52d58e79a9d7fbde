// Reads the access state from the live workspace tables. Local-only fields (unknown platform
// flags in `extra`, row versions) are dropped so a live state and a state rebuilt from a
// snapshot of it are deep-equal. Reads only; the caller decides the transaction.
import type { Repos } from '../../db/repos/index';
import type { AccessState } from '../../../shared/domain/accessState';

export function readLiveState(repos: Pick<Repos, 'users' | 'orgs' | 'memberships' | 'projects' | 'apps'>): AccessState {
  return {
    users: repos.users.all().map((u) => ({ id: u.id, email: u.email, first: u.first, last: u.last })),
    orgs: repos.orgs.all().map((o) => ({ id: o.id, name: o.name, phiFeaturesEnabled: o.phiFeaturesEnabled, policies: o.policies })),
    memberships: repos.memberships.all().map((m) => ({ ...m, extra: {} })),
    projects: repos.projects
      .all()
      .map((p) => ({ id: p.id, name: p.name, billTo: p.billTo, permissions: p.permissions, settings: p.settings, version: 0 })),
    apps: repos.apps.all().map((a) => ({
      id: a.id,
      name: a.name,
      published: a.published,
      billTo: a.billTo,
      developers: [...a.developers].sort(),
      authorizedUsers: [...a.authorizedUsers].sort(),
    })),
  };
}
