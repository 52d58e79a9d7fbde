// Which outbox targets ("member:org-lab:user-b", "grant:PROJECT:org-lab"…) hold a failed or
// conflicting edit, and the target keys rows use to ask. Pure; the hook that feeds it lives in
// useOutboxMarks.ts. Key formats mirror main/services/targets.ts.
import type { OutboxEntry } from '../../../shared/contract/index';
import type { SyncProblem } from '../../ui/Badge';

export interface OutboxMarks {
  problem(target: string): SyncProblem | null;
  /** Project rows: the project's own settings or any of its grants (as `pending` counts them). */
  projectProblem(project: string): SyncProblem | null;
}

export function buildMarks(entries: readonly Pick<OutboxEntry, 'state' | 'target'>[]): OutboxMarks {
  const byTarget = new Map<string, SyncProblem>();
  const byProject = new Map<string, SyncProblem>();
  const note = (map: Map<string, SyncProblem>, key: string, state: SyncProblem): void => {
    // A conflict needs a decision, so it wins over a failure on the same thing.
    if (state === 'conflict' || !map.has(key)) map.set(key, state);
  };
  for (const e of entries) {
    if (e.state !== 'conflict' && e.state !== 'failed') continue;
    note(byTarget, e.target, e.state);
    const [kind, id] = e.target.split(':');
    if ((kind === 'project' || kind === 'grant') && id) note(byProject, id, e.state);
  }
  return { problem: (target) => byTarget.get(target) ?? null, projectProblem: (project) => byProject.get(project) ?? null };
}

export const memberTarget = (org: string, user: string): string => `member:${org}:${user}`;
export const grantTarget = (project: string, principal: string): string => `grant:${project}:${principal}`;
export const projectTarget = (project: string): string => `project:${project}`;
export const orgTarget = (org: string): string => `org:${org}`;
