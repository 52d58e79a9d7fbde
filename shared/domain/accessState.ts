// The whole access-relevant state of a workspace at one moment: what a snapshot records, what
// a diff compares and what reports and reviews read. Plain data so it can come from the live
// tables or be rebuilt from stored snapshot changes, and be hashed the same way either way.
import type { App, Membership, Org, Project, User } from './entities';

export interface AccessState {
  users: User[];
  orgs: Org[];
  memberships: Membership[];
  projects: Project[];
  apps: App[];
}

/** Where an AccessState was read: the live workspace, or a stored snapshot and its hash. */
export type AccessStateSource = { kind: 'now' } | { kind: 'snapshot'; id: number; hash: string; takenAt: number };
