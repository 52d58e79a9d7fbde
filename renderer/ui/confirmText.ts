// Confirm-button wording (ui.md "the confirm button says what it will do"): built from the
// preview a dialog already shows, so the button and the list never disagree. Pure text.
import type { Level } from '../../shared/domain/index';
import { compareLevels } from '../../shared/domain/index';
import { plural } from '../../shared/text/plural';

export interface LevelChange {
  from: Level;
  to: Level;
}
export interface AppFlip {
  from: boolean;
  to: boolean;
}

function joinList(parts: string[]): string {
  return parts.filter(Boolean).join(', ');
}

/** "Remove user-c and revoke 2 projects, 1 app" (or just "Remove user-c" when nothing is lost). */
export function removalConfirmLabel(user: string, projectsLost: number, appsLost: number): string {
  const lost = joinList([projectsLost > 0 ? plural(projectsLost, 'project') : '', appsLost > 0 ? plural(appsLost, 'app') : '']);
  return lost ? `Remove ${user} and revoke ${lost}` : `Remove ${user}`;
}

/** "revoke 1 project, 1 app; lower 1 project; grant 2 projects" — empty when nothing changes. */
export function impactPhrase(projects: readonly LevelChange[], apps: readonly AppFlip[]): string {
  const revoked = projects.filter((p) => p.to === 'NONE').length;
  const lowered = projects.filter((p) => p.to !== 'NONE' && compareLevels(p.to, p.from) < 0).length;
  const raised = projects.filter((p) => compareLevels(p.to, p.from) > 0).length;
  const appsLost = apps.filter((a) => a.from && !a.to).length;
  const appsGained = apps.filter((a) => !a.from && a.to).length;
  const clauses: string[] = [];
  const revoke = joinList([revoked ? plural(revoked, 'project') : '', appsLost ? plural(appsLost, 'app') : '']);
  if (revoke) clauses.push(`revoke ${revoke}`);
  if (lowered) clauses.push(`lower ${plural(lowered, 'project')}`);
  const grant = joinList([raised ? plural(raised, 'project') : '', appsGained ? plural(appsGained, 'app') : '']);
  if (grant) clauses.push(`grant ${grant}`);
  if (clauses.length <= 1) return clauses.join('');
  return `${clauses.slice(0, -1).join(', ')} and ${clauses[clauses.length - 1] ?? ''}`;
}

/** "Demote user-d to MEMBER and revoke 1 project" / "Save user-b and lower 2 projects". */
export function memberChangeConfirmLabel(
  user: string,
  fromLevel: 'ADMIN' | 'MEMBER',
  toLevel: 'ADMIN' | 'MEMBER',
  projects: readonly LevelChange[],
  apps: readonly AppFlip[],
): string {
  const verb =
    fromLevel === 'ADMIN' && toLevel === 'MEMBER'
      ? `Demote ${user} to MEMBER`
      : fromLevel === 'MEMBER' && toLevel === 'ADMIN'
        ? `Promote ${user} to ADMIN`
        : `Save ${user}`;
  const impact = impactPhrase(projects, apps);
  return impact ? `${verb} and ${impact}` : verb;
}

export interface UserAccessChange {
  from: Level;
  to: Level;
}

/** Who gains and who loses in a sharing preview: "2 users gain access, 1 loses it". */
export function shareImpactPhrase(changes: readonly UserAccessChange[]): string {
  const gain = changes.filter((c) => compareLevels(c.to, c.from) > 0).length;
  const lose = changes.filter((c) => compareLevels(c.to, c.from) < 0).length;
  const parts: string[] = [];
  if (gain) parts.push(`${plural(gain, 'user')} gain${gain === 1 ? 's' : ''}`);
  if (lose) parts.push(`${plural(lose, 'user')} lose${lose === 1 ? 's' : ''}`);
  return parts.join(', ');
}

/** "Share with org-lab at UPLOAD (3 users gain)" / "Revoke org-lab (5 users lose)". */
export function shareConfirmLabel(principal: string, level: Level | null, existing: Level | null, changes: readonly UserAccessChange[]): string {
  const verb = level === null ? `Revoke ${principal}` : existing ? `Change ${principal} to ${level}` : `Share with ${principal} at ${level}`;
  const impact = shareImpactPhrase(changes);
  return impact ? `${verb} (${impact})` : verb;
}

/** "Gains: Raw Data UPLOAD, Resources VIEW; can run qc" — only what goes up, in name order. */
export function gainsText(projects: ReadonlyArray<LevelChange & { name: string }>, apps: ReadonlyArray<AppFlip & { name: string }>): string {
  const raised = projects
    .filter((p) => compareLevels(p.to, p.from) > 0)
    .map((p) => `${p.name} ${p.to}`)
    .sort((a, b) => a.localeCompare(b));
  const runnable = apps
    .filter((a) => !a.from && a.to)
    .map((a) => a.name)
    .sort((a, b) => a.localeCompare(b));
  const parts = [raised.join(', '), runnable.length ? `can run ${runnable.join(', ')}` : ''].filter(Boolean);
  return parts.length ? `Gains: ${parts.join('; ')}` : 'Gains nothing beyond the membership itself';
}

/** "Add user-f to org-lab and grant 2 projects, 1 app" (or just "Add user-f to org-lab"). */
export function inviteConfirmLabel(user: string, org: string, projects: readonly LevelChange[], apps: readonly AppFlip[]): string {
  const impact = impactPhrase(projects, apps);
  return impact ? `Add ${user} to ${org} and ${impact}` : `Add ${user} to ${org}`;
}
