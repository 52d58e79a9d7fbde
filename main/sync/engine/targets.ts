// Outbox target keys as the engine reads them (main/services/targets.ts writes them): what
// kind of thing an entry edits, which window of batched reads it belongs to, and which
// create it waits for. Pure string work; never touches the database.
import type { OutboxEntry, OutboxOp } from '../../../shared/contract/index';
import type { ChangeArea } from './notifier';

export type TargetKind = 'member' | 'grant' | 'project' | 'org' | 'app';

export interface ParsedTarget {
  kind: TargetKind;
  /** org for member, project for grant and project, org for org, app for app. */
  owner: string;
  /** user for member, principal for grant and app; '' otherwise. */
  item: string;
}

const KINDS: readonly TargetKind[] = ['member', 'grant', 'project', 'org', 'app'];

export function parseTarget(target: string): ParsedTarget | null {
  const [kind, owner, ...rest] = target.split(':');
  const found = KINDS.find((k) => k === kind);
  if (!found || !owner) return null;
  return { kind: found, owner, item: rest.join(':') };
}

export const memberTarget = (org: string, user: string): string => `member:${org}:${user}`;
export const grantTarget = (project: string, principal: string): string => `grant:${project}:${principal}`;
export const projectTarget = (project: string): string => `project:${project}`;
export const orgTarget = (org: string): string => `org:${org}`;
export const appTarget = (app: string, principal: string): string => `app:${app}:${principal}`;

export function isCreate(op: OutboxOp): boolean {
  return op === 'project.create' || op === 'org.create';
}

/** The create target an entry depends on: members wait for their org, grants for their project. */
export function parentTarget(target: string): string | null {
  const t = parseTarget(target);
  if (!t) return null;
  if (t.kind === 'member') return orgTarget(t.owner);
  if (t.kind === 'grant') return projectTarget(t.owner);
  return null;
}

/**
 * Entries sharing a window key are read from the platform together (one findMembers, one
 * project or app describe) and their calls merged where the API takes maps or lists.
 */
export function windowKey(entry: Pick<OutboxEntry, 'op' | 'target'>): string | null {
  const t = parseTarget(entry.target);
  if (!t) return null;
  if (entry.op.startsWith('member.')) return `members:${t.owner}`;
  if (entry.op === 'project.share' || entry.op === 'project.unshare') return `grants:${t.owner}`;
  if (entry.op.startsWith('app.')) return `apps:${t.owner}`;
  return null;
}

/** Views whose pending marks or rows an op's entries affect. */
export function areasOf(op: OutboxOp): ChangeArea[] {
  if (op.startsWith('member.')) return ['members', 'orgs', 'projects', 'apps'];
  if (op.startsWith('project.')) return ['projects', 'orgs'];
  if (op.startsWith('org.')) return ['orgs', 'members'];
  return ['apps'];
}
