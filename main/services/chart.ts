// The org chart's data: the skeleton (every org with its group counts), one page of an org's
// Admins, Members, Projects or Apps, people search with each person's position in the groups
// (so the renderer can page to them) and one person's memberships for the side panel.
// Read-only: edits go through the members service like in every other view.
import type { ChartGroupPage, ChartPersonItem, MethodOutput, ParsedInput } from '../../shared/contract/index';
import type { OrgLevel } from '../../shared/domain/index';
import { mayAdministerOrg } from '../../shared/domain/index';
import type { ServiceContext } from './context';
import { actingUser, noActorDecision } from './context';
import type { PersonRow } from '../db/repos/chart';
import { resolveOrg, resolveUser } from './refs';
import { appTarget, grantTarget, loadPending, memberTarget } from './targets';
import type { PendingIndex } from './targets';
import { userName } from './views';

const GROUP_LEVEL: Record<'admins' | 'members', OrgLevel> = { admins: 'ADMIN', members: 'MEMBER' };

function personItem(org: string, r: PersonRow, pending: PendingIndex): ChartPersonItem {
  return {
    user: r.user_id,
    name: userName(r.first === null ? undefined : { id: r.user_id, first: r.first, last: r.last ?? '' }, r.user_id),
    email: r.email ?? '',
    level: r.level,
    allowBillableActivities: r.allow_billable_activities === 1,
    appAccess: r.app_access === 1,
    projectAccess: r.project_access,
    orgCount: r.org_count,
    pending: pending.has(memberTarget(org, r.user_id)),
  };
}

export function createChartService(ctx: ServiceContext) {
  const { repos } = ctx;
  const q = ctx.repos.chart;

  return {
    skeleton(): MethodOutput<'chart.skeleton'> {
      const actor = actingUser(ctx);
      const mine = new Map((actor ? repos.memberships.byUser(actor) : []).map((m) => [m.org, m]));
      const pending = loadPending(repos);
      const orgs = q.orgCounts().map((o) => ({
        id: o.id,
        name: o.name,
        adminCount: o.admins,
        memberCount: o.members,
        projectCount: o.projects,
        appCount: o.apps,
        myLevel: mine.get(o.id)?.level ?? null,
        pending: pending.org(o.id),
        canAdminister: actor ? mayAdministerOrg(actor, o.id, mine.get(o.id)) : noActorDecision(),
      }));
      const people = q.people();
      return { orgs, people: people.people, multiOrgPeople: people.multiOrg };
    },

    group(input: ParsedInput<'chart.group'>): MethodOutput<'chart.group'> {
      const org = resolveOrg(repos, input.org).id;
      const { offset, limit } = input;
      const pending = loadPending(repos);
      const page = { org, offset };
      switch (input.group) {
        case 'admins':
        case 'members': {
          const level = GROUP_LEVEL[input.group];
          const items = q.personPage(org, level, offset, limit).map((r) => personItem(org, r, pending));
          return { group: input.group, ...page, total: q.personTotal(org, level), items } satisfies ChartGroupPage;
        }
        case 'projects': {
          const items = q.projectPage(org, offset, limit).map((p) => ({
            id: p.id,
            name: p.name,
            level: p.level,
            billTo: p.bill_to,
            pending: pending.has(grantTarget(p.id, org)),
          }));
          return { group: 'projects', ...page, total: q.projectTotal(org), items };
        }
        case 'apps': {
          const items = q.appPage(org, offset, limit).map((a) => ({ id: a.id, name: a.name, published: a.published === 1, pending: pending.has(appTarget(a.id, org)) }));
          return { group: 'apps', ...page, total: q.appTotal(org), items };
        }
      }
    },

    findUser(input: ParsedInput<'chart.findUser'>): MethodOutput<'chart.findUser'> {
      const found = q.findUsers(input.query, input.limit + 1);
      const matches = found.slice(0, input.limit).map((u) => ({
        user: u.id,
        name: userName(u, u.id),
        email: u.email,
        memberships: repos.memberships.byUser(u.id).map((m) => {
          const group = m.level === 'ADMIN' ? ('admins' as const) : ('members' as const);
          return { org: m.org, group, rank: q.personRank(m.org, m.level, u.id) };
        }),
      }));
      return { matches, more: found.length > input.limit };
    },

    person(input: ParsedInput<'chart.person'>): MethodOutput<'chart.person'> {
      const user = resolveUser(repos, input.user);
      const actor = actingUser(ctx);
      const memberships = repos.memberships.byUser(user.id);
      const orgs = new Map(repos.orgs.getMany(memberships.map((m) => m.org)).map((o) => [o.id, o]));
      const mine = new Map((actor ? repos.memberships.byUser(actor) : []).map((m) => [m.org, m]));
      const pending = loadPending(repos);
      return {
        user: user.id,
        name: userName(user, user.id),
        email: user.email,
        memberships: memberships.map((m) => ({
          org: m.org,
          orgName: orgs.get(m.org)?.name ?? m.org,
          level: m.level,
          allowBillableActivities: m.allowBillableActivities,
          appAccess: m.appAccess,
          projectAccess: m.projectAccess,
          pending: pending.has(memberTarget(m.org, user.id)),
          canAdminister: actor ? mayAdministerOrg(actor, m.org, mine.get(m.org)) : noActorDecision(),
        })),
      };
    },
  };
}
export type ChartService = ReturnType<typeof createChartService>;
