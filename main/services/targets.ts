// Outbox target keys: the stable name of the thing an edit touches, shared by the services
// that queue edits, the views that show "pending" marks, and the sync engine.
import type { Repos } from '../db/repos/index';

export const memberTarget = (org: string, user: string) => `member:${org}:${user}`;
export const grantTarget = (project: string, principal: string) => `grant:${project}:${principal}`;
export const projectTarget = (project: string) => `project:${project}`;
export const orgTarget = (org: string) => `org:${org}`;
export const appTarget = (app: string, principal: string) => `app:${app}:${principal}`;

/** Which things have an edit not yet synced, read once per view. */
export interface PendingIndex {
  has(target: string): boolean;
  org(org: string): boolean;
  project(project: string): boolean;
  app(app: string): boolean;
}

export function loadPending(repos: Repos): PendingIndex {
  const targets = repos.outbox.activeTargets();
  const orgs = new Set<string>();
  const projects = new Set<string>();
  const apps = new Set<string>();
  for (const t of targets) {
    const [kind, id] = t.split(':');
    if (!id) continue;
    if (kind === 'org') orgs.add(id);
    else if (kind === 'project' || kind === 'grant') projects.add(id);
    else if (kind === 'app') apps.add(id);
  }
  return {
    has: (target) => targets.has(target),
    org: (org) => orgs.has(org),
    project: (project) => projects.has(project),
    app: (app) => apps.has(app),
  };
}
