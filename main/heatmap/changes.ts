// Turns a what-if (a hypothetical change, or a pending outbox edit) into an overlay on the
// current workspace and its description. Hypotheticals are checked like the real edit would be
// on its facts (the user must be a member; an ADMIN's projectAccess is fixed); pending edits
// are undone from the values they record (`base`). Pure over the model; writes nothing.
import type { OutboxEntry } from '../../shared/contract/index';
import type { Level, MembershipFacts } from '../../shared/domain/index';
import { LevelSchema, OrgLevelSchema } from '../../shared/domain/index';
import { AppError } from '../../shared/rpc/index';
import type { HeatmapModel } from './model';
import type { Overlay } from './whatIf';
import { emptyOverlay, membershipsOf, replaceMembership, requireIndex } from './whatIf';

export type ResolvedChange =
  | { kind: 'removeMember'; org: string; user: string; revokeProjectPermissions: boolean }
  | { kind: 'setOrgGrant'; org: string; project: string; level: Level | null }
  | { kind: 'setProjectAccess'; org: string; user: string; projectAccess: Level }
  | { kind: 'pending'; entry: OutboxEntry };

export interface PlannedOverlay {
  overlay: Overlay;
  /** True when the overlay is the state BEFORE (a pending edit undone). */
  overlayIsBefore: boolean;
  description: string;
  note: string | null;
}

function currentMembership(m: HeatmapModel, user: string, org: string): MembershipFacts {
  const u = requireIndex(m.snapshot.users.index, user, 'user');
  const found = membershipsOf(m, u).find((x) => x.org === org);
  if (!found) throw new AppError('InvalidInput', `user: ${user} is not a member of ${org}`, { field: 'user' });
  return found;
}

function setGrant(o: Overlay, p: number, principal: string, level: Level | null): void {
  let g = o.grants.get(p);
  if (!g) o.grants.set(p, (g = new Map()));
  g.set(principal, level);
}

export function planChange(m: HeatmapModel, change: ResolvedChange): PlannedOverlay {
  const s = m.snapshot;
  const overlay = emptyOverlay();
  switch (change.kind) {
    case 'removeMember': {
      currentMembership(m, change.user, change.org);
      const u = requireIndex(s.users.index, change.user, 'user');
      overlay.memberships.set(u, replaceMembership(m, u, change.org, null));
      let revoked = 0;
      if (change.revokeProjectPermissions) {
        for (let g = s.userGrantStart[u] as number, ge = s.userGrantStart[u + 1] as number; g < ge; g++) {
          const p = s.userGrantProject[g] as number;
          if (s.projects.billTo[p] === change.org) {
            setGrant(overlay, p, change.user, null);
            revoked++;
          }
        }
      }
      const revokeText = change.revokeProjectPermissions
        ? revoked > 0
          ? `, revoking ${revoked} direct grant${revoked === 1 ? '' : 's'} on projects billed to ${change.org}`
          : ''
        : ', keeping direct grants';
      return { overlay, overlayIsBefore: false, description: `Remove ${change.user} from ${change.org}${revokeText}`, note: null };
    }
    case 'setProjectAccess': {
      const current = currentMembership(m, change.user, change.org);
      if (current.level === 'ADMIN') {
        throw new AppError('InvalidInput', `projectAccess: ${change.user} is an ADMIN of ${change.org}, whose projectAccess is fixed at ADMINISTER; demote to MEMBER first`, {
          field: 'projectAccess',
        });
      }
      const u = requireIndex(s.users.index, change.user, 'user');
      overlay.memberships.set(u, replaceMembership(m, u, change.org, { ...current, projectAccess: change.projectAccess }));
      return {
        overlay,
        overlayIsBefore: false,
        description: `Set ${change.user}'s projectAccess in ${change.org} from ${current.projectAccess} to ${change.projectAccess}`,
        note: null,
      };
    }
    case 'setOrgGrant': {
      const p = requireIndex(s.projects.index, change.project, 'project');
      requireIndex(s.orgs.index, change.org, 'org');
      const name = s.projects.names[p] ?? change.project;
      const before = s.permissions[p]?.[change.org] ?? null;
      setGrant(overlay, p, change.org, change.level);
      const description =
        change.level === null
          ? `Remove ${change.org}'s ${before ?? 'grant'} on ${name}`
          : before === null
            ? `Share ${name} with ${change.org} at ${change.level}`
            : `Change ${change.org}'s grant on ${name} from ${before} to ${change.level}`;
      return { overlay, overlayIsBefore: false, description, note: null };
    }
    case 'pending':
      return undoPending(m, change.entry);
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const level = (v: unknown): Level | null => {
  const r = LevelSchema.safeParse(v);
  return r.success ? r.data : null;
};

/** The workspace without one pending edit: its inverse applied to the current state. */
function undoPending(m: HeatmapModel, e: OutboxEntry): PlannedOverlay {
  const s = m.snapshot;
  const overlay = emptyOverlay();
  const description = `Pending #${e.id}: ${e.summary}`;
  const plan = (note: string | null = null): PlannedOverlay => ({ overlay, overlayIsBefore: true, description, note });
  const malformed = (): never => {
    throw new AppError('InvalidState', `outbox entry #${e.id} (${e.op}) does not record what it changed; it cannot be compared`);
  };
  const org = str(e.payload.org);
  const user = str(e.payload.user);
  switch (e.op) {
    case 'member.invite': {
      if (!org || !user) return malformed();
      const u = s.users.index.get(user);
      if (u !== undefined) overlay.memberships.set(u, replaceMembership(m, u, org, null));
      return plan();
    }
    case 'member.update':
    case 'member.remove': {
      if (!org || !user || !e.base) return malformed();
      const role = OrgLevelSchema.safeParse(e.base.level);
      const projectAccess = level(e.base.projectAccess);
      if (!role.success || !projectAccess) return malformed();
      const u = requireIndex(s.users.index, user, 'user');
      overlay.memberships.set(u, replaceMembership(m, u, org, { org, level: role.data, projectAccess }));
      const revoked = e.op === 'member.remove' && e.payload.revokeProjectPermissions === true;
      return plan(
        revoked
          ? `The removal also revoked ${user}'s direct grants on projects billed to ${org}; the outbox does not record their levels, so only the access through ${org} is compared.`
          : null,
      );
    }
    case 'project.share':
    case 'project.unshare': {
      const project = str(e.payload.project);
      const principal = str(e.payload.principal);
      if (!project || !principal) return malformed();
      const p = s.projects.index.get(project);
      if (p === undefined) return plan(`Project ${project} is no longer in this workspace.`);
      setGrant(overlay, p, principal, e.base ? level(e.base.level) : null);
      return plan();
    }
    case 'project.create': {
      const project = str(e.payload.id);
      const p = project === null ? undefined : s.projects.index.get(project);
      if (p !== undefined) overlay.missingProjects.add(p);
      return plan();
    }
    case 'org.create':
    case 'org.update':
    case 'project.update':
    case 'app.authorize':
    case 'app.deauthorize':
      return plan(`${e.op} does not change anyone's project access (${e.op === 'project.update' ? 'settings change what a level allows, not the level' : 'apps and org settings are not project grants'}).`);
  }
}
