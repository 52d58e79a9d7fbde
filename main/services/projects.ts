// Projects: list and detail (with the acting user's level and capabilities), creating one,
// sharing / unsharing, policy overrides, and the who-gains-or-loses preview of a share.
// Edits need ADMINISTER on the project (creation: billing rights on billTo) and go through
// commitEdit: domain rows + outbox entry in one transaction.
import type { AccessChangeSchema, GrantView, MethodOutput, ParsedInput, ProjectDetail, ProjectSummary } from '../../shared/contract/index';
import type { Level, Membership, Permissions, ProjectSettings } from '../../shared/domain/index';
import {
  DEFAULT_PROJECT_SETTINGS,
  PUBLIC,
  capabilities,
  explainAccess,
  isOrgId,
  mayAdministerProject,
  mayBillTo,
  planSettingsChange,
  principalKind,
  randomObjectSuffix,
} from '../../shared/domain/index';
import { AppError } from '../../shared/rpc/index';
import type { z } from 'zod';
import type { ProjectRecord } from '../db/repos/index';
import { ACTIVE_OUTBOX_STATES } from '../db/repos/index';
import type { ServiceContext } from './context';
import { actingUser, atomically, check, commitEdit, noActorDecision, requireActor } from './context';
import type { Principal } from './refs';
import { resolveOrg, resolvePrincipal, resolveProject, resolveUser } from './refs';
import type { PendingIndex } from './targets';
import { grantTarget, loadPending, projectTarget } from './targets';
import { writeGrantChange } from './sharingEdits';
import { userName } from './views';

type AccessChange = z.infer<typeof AccessChangeSchema>;

export function createProjectsService(ctx: ServiceContext) {
  const { repos } = ctx;

  const actorFacts = (): { actor: string | null; memberships: Membership[] } => {
    const actor = actingUser(ctx);
    return { actor, memberships: actor ? repos.memberships.byUser(actor) : [] };
  };

  const summary = (p: ProjectRecord, myLevel: Level, pending: PendingIndex): ProjectSummary => ({
    id: p.id,
    name: p.name,
    billTo: p.billTo,
    myLevel,
    settings: p.settings,
    grantCount: Object.keys(p.permissions).length,
    isPublic: p.permissions[PUBLIC] !== undefined,
    pending: pending.project(p.id),
  });

  const detail = (p: ProjectRecord): ProjectDetail => {
    const { actor, memberships } = actorFacts();
    const pending = loadPending(repos);
    const myLevel = actor ? explainAccess(actor, p.permissions, memberships).level : 'NONE';
    const principals = Object.keys(p.permissions);
    const users = new Map(repos.users.getMany(principals.filter((x) => principalKind(x) === 'user')).map((u) => [u.id, u]));
    const orgs = new Map(repos.orgs.getMany(principals.filter(isOrgId)).map((o) => [o.id, o]));
    const grants: GrantView[] = Object.entries(p.permissions)
      .map(([principal, level]): GrantView => {
        const kind = principalKind(principal);
        const name = kind === 'public' ? 'Public' : kind === 'org' ? orgs.get(principal)?.name ?? principal : userName(users.get(principal), principal);
        return { principal, kind, name, level, pending: pending.has(grantTarget(p.id, principal)) };
      })
      .sort((a, b) => (a.kind === 'public' ? 1 : 0) - (b.kind === 'public' ? 1 : 0) || a.principal.localeCompare(b.principal));
    const pendingSettings = new Set<string>();
    for (const e of repos.outbox.list(ACTIVE_OUTBOX_STATES)) {
      if (e.op !== 'project.update' || e.target !== projectTarget(p.id)) continue;
      const s = e.payload.settings;
      if (s && typeof s === 'object') for (const k of Object.keys(s)) pendingSettings.add(k);
    }
    return {
      ...summary(p, myLevel, pending),
      version: p.version,
      grants,
      myCapabilities: capabilities(myLevel, p.settings),
      canAdminister: actor ? mayAdministerProject(actor, p, memberships) : noActorDecision(),
      billToPhiEnabled: billToPhi(p.billTo),
      pendingSettings: [...pendingSettings].sort(),
    };
  };

  const billToPhi = (billTo: string): boolean | null => (isOrgId(billTo) ? repos.orgs.get(billTo)?.phiFeaturesEnabled ?? null : null);

  /** Loads the project and checks that the acting user may administer it. */
  const administered = (ref: string): { actor: string; project: ProjectRecord } => {
    const actor = requireActor(ctx);
    const project = resolveProject(repos, ref);
    check(mayAdministerProject(actor, project, repos.memberships.byUser(actor)));
    return { actor, project };
  };

  const principalFor = (ref: string): Principal => resolvePrincipal(repos, ref);

  return {
    list(input: ParsedInput<'projects.list'>): MethodOutput<'projects.list'> {
      const { actor, memberships } = actorFacts();
      const pending = loadPending(repos);
      const q = input.query?.trim().toLowerCase() ?? '';
      const projects = repos.projects
        .all()
        .filter((p) => q === '' || p.name.toLowerCase().includes(q) || p.id.toLowerCase().includes(q))
        .map((p) => summary(p, actor ? explainAccess(actor, p.permissions, memberships).level : 'NONE', pending));
      return { projects };
    },

    get(input: ParsedInput<'projects.get'>): MethodOutput<'projects.get'> {
      return detail(resolveProject(repos, input.project));
    },

    create(input: ParsedInput<'projects.create'>): MethodOutput<'projects.create'> {
      return atomically(ctx, () => {
        const actor = requireActor(ctx);
        const billTo = input.billTo === undefined ? actor : input.billTo.startsWith('org-') ? resolveOrg(repos, input.billTo, 'billTo').id : resolveUser(repos, input.billTo, 'billTo').id;
        check(mayBillTo(actor, billTo, isOrgId(billTo) ? repos.memberships.get(billTo, actor) : undefined));
        const project: ProjectRecord = {
          id: `project-${randomObjectSuffix(ctx.random)}`,
          name: input.name,
          billTo,
          permissions: { [actor]: 'ADMINISTER' },
          settings: { ...DEFAULT_PROJECT_SETTINGS },
          version: 0,
          extra: {},
        };
        commitEdit(ctx, actor, ['projects'], () => {
          repos.projects.insert(project);
          return {
            result: undefined,
            queue: [
              {
                op: 'project.create',
                target: projectTarget(project.id),
                summary: `Create project "${project.name}" billed to ${billTo}`,
                payload: { id: project.id, name: project.name, billTo },
                base: null,
              },
            ],
          };
        });
        return detail(project);
      });
    },

    share(input: ParsedInput<'projects.share'>): MethodOutput<'projects.share'> {
      return atomically(ctx, () => {
        const { actor, project } = administered(input.project);
        const principal = principalFor(input.principal);
        if (principal.kind === 'public' && input.level !== 'VIEW') {
          throw new AppError('InvalidInput', `level: a project can be shared with PUBLIC only at VIEW, not ${input.level}`, { field: 'level' });
        }
        const before = project.permissions[principal.id];
        if (before === input.level) return detail(project);
        commitEdit(ctx, actor, ['projects', 'orgs'], () => ({
          result: undefined,
          queue: [writeGrantChange(repos, { project: project.id, projectName: project.name, principal: principal.id, before, after: input.level })],
        }));
        return detail({ ...project, permissions: { ...project.permissions, [principal.id]: input.level } });
      });
    },

    unshare(input: ParsedInput<'projects.unshare'>): MethodOutput<'projects.unshare'> {
      return atomically(ctx, () => {
        const { actor, project } = administered(input.project);
        const principal = principalFor(input.principal);
        const before = project.permissions[principal.id];
        if (!before) throw new AppError('NotFound', `principal: ${principal.id} has no grant on "${project.name}"`, { field: 'principal' });
        commitEdit(ctx, actor, ['projects', 'orgs'], () => ({
          result: undefined,
          queue: [writeGrantChange(repos, { project: project.id, projectName: project.name, principal: principal.id, before, after: null })],
        }));
        const permissions: Permissions = { ...project.permissions };
        delete permissions[principal.id];
        return detail({ ...project, permissions });
      });
    },

    previewShare(input: ParsedInput<'projects.previewShare'>): MethodOutput<'projects.previewShare'> {
      const project = resolveProject(repos, input.project);
      const principal = principalFor(input.principal);
      if (principal.kind === 'public' && input.level !== null && input.level !== 'VIEW') {
        throw new AppError('InvalidInput', `level: a project can be shared with PUBLIC only at VIEW, not ${input.level}`, { field: 'level' });
      }
      const after: Permissions = { ...project.permissions };
      if (input.level === null) delete after[principal.id];
      else after[principal.id] = input.level;
      return { project: project.id, changes: shareChanges(project.permissions, after, principal) };
    },

    updateSettings(input: ParsedInput<'projects.updateSettings'>): MethodOutput<'projects.updateSettings'> {
      return atomically(ctx, () => {
        const { actor, project } = administered(input.project);
        const plan = planSettingsChange(project.settings, input.settings, { billTo: project.billTo, billToPhiEnabled: billToPhi(project.billTo) });
        if (!plan.ok) throw new AppError('InvalidInput', `settings.${plan.field}: ${plan.message}`, { field: `settings.${plan.field}` });
        if (plan.changed.length === 0) return detail(project);
        if (plan.changed.includes('containsPHI') && input.confirmContainsPHI !== true) {
          throw new AppError(
            'ConfirmationRequired',
            `settings.containsPHI: marking "${project.name}" as containing PHI cannot be undone; confirm it explicitly (confirmContainsPHI: true)`,
            { field: 'settings.containsPHI' },
          );
        }
        const pick = (s: ProjectSettings) => Object.fromEntries(plan.changed.map((k) => [k, s[k]]));
        commitEdit(ctx, actor, ['projects'], () => {
          repos.projects.updateSettings(project.id, plan.next);
          return {
            result: undefined,
            queue: [
              {
                op: 'project.update',
                target: projectTarget(project.id),
                summary: `Change settings of "${project.name}": ${plan.changed.map((k) => `${k} ${String(project.settings[k])} → ${String(plan.next[k])}`).join(', ')}`,
                payload: { project: project.id, settings: pick(plan.next) },
                base: { version: project.version, settings: pick(project.settings) },
              },
            ],
          };
        });
        return detail({ ...project, settings: plan.next });
      });
    },
  };

  /** Users whose effective level differs between two grant maps that differ only for `principal`. */
  function shareChanges(before: Permissions, after: Permissions, principal: Principal): AccessChange[] {
    const grantedOrgs = [...new Set([...Object.keys(before), ...Object.keys(after)].filter(isOrgId))];
    const byUser = new Map<string, Membership[]>();
    for (const m of repos.memberships.byOrgs(grantedOrgs)) {
      const list = byUser.get(m.user);
      if (list) list.push(m);
      else byUser.set(m.user, [m]);
    }
    const candidates =
      principal.kind === 'user'
        ? [principal.id]
        : principal.kind === 'org'
          ? repos.memberships.byOrg(principal.id).map((m) => m.user)
          : repos.users.all().map((u) => u.id);
    const names = new Map(repos.users.getMany(candidates).map((u) => [u.id, u]));
    const changes: AccessChange[] = [];
    for (const user of candidates) {
      const memberships = byUser.get(user) ?? [];
      const from = explainAccess(user, before, memberships).level;
      const to = explainAccess(user, after, memberships).level;
      if (from !== to) changes.push({ user, name: userName(names.get(user), user), from, to });
    }
    return changes.sort((a, b) => a.user.localeCompare(b.user));
  }
}
export type ProjectsService = ReturnType<typeof createProjectsService>;
