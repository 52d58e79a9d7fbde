// Access-review decisions -> a plan of edits. (user, org) decisions become member-import rows
// planned by the CSV import's own planPass (same validation, same outbox entries on apply);
// (user, project) decisions become grant edits when the user's direct grant carries the access,
// and are BLOCKED with the membership fixes when it comes via an org or PUBLIC. Reads only.
import type { ReviewDecision, ReviewPlanRow, ReviewRow } from '../../../shared/contract/index';
import type { AccessState } from '../../../shared/domain/accessState';
import type { AccessRoute, GrantLevel, Level, UserImpact } from '../../../shared/domain/index';
import { LEVELS, explainAccess, levelRank, mayAdministerProject } from '../../../shared/domain/index';
import { AppError } from '../../../shared/rpc/index';
import type { Repos } from '../../db/repos/index';
import { planPass } from '../../import/plan/buildPlan';
import type { PlannedRow } from '../../import/plan/types';
import type { CsvRow } from '../../import/read/index';
import { NO_ACTOR_MESSAGE } from '../../services/context';
import type { ResolvedScope } from '../report/buildReport';
import { shortVia } from '../report/describe';
import type { StateIndex } from '../report/stateIndex';
import { findOrg, findProject, findUser, indexState } from '../report/stateIndex';
import { reviewImpact } from './impact';
import { orgKey, projectKey, reviewRows } from './reviewRows';
import type { GrantEdit } from './simulate';
import { applyGrantEdits, applyMembershipRows } from './simulate';
import { plural } from '../../../shared/text/plural';

export interface NumberedDecision extends ReviewDecision {
  /** 1-based position (the decisions file's spreadsheet row when read from a file). */
  row: number;
}

export interface ReviewPlanResult {
  rows: ReviewPlanRow[];
  membershipRows: PlannedRow[];
  grantEdits: GrantEdit[];
  impact: UserImpact[];
}

export interface PlanInputs {
  reviewed: StateIndex;
  scope: ResolvedScope;
  /** The live workspace state the edits will apply to. */
  live: AccessState;
  repos: Repos;
  actor: string | null;
  decisions: readonly NumberedDecision[];
}

const MEMBER_COLUMNS: CsvRow['columnOf'] = { org: 'org', user: 'user', level: 'level', projectAccess: 'level', action: 'decision' };

const errorText = (e: unknown): string => (e instanceof AppError || e instanceof Error ? e.message : String(e));

function isLevel(x: string | undefined): x is Level {
  return x !== undefined && (LEVELS as readonly string[]).includes(x);
}

export function planReview(inp: PlanInputs): ReviewPlanResult {
  const { reviewed, live, actor } = inp;
  const liveIx = indexState(live, 'in the workspace now');
  const rowsByKey = new Map(reviewRows(reviewed, inp.scope).map((r) => [r.key, r]));
  const out: ReviewPlanRow[] = [];
  const seen = new Map<string, number[]>();

  // 1. Resolve every decision against the reviewed state and check it against its row.
  const resolved: Array<{ d: NumberedDecision; p: ReviewPlanRow; row: ReviewRow | null }> = inp.decisions.map((d) => {
    const p: ReviewPlanRow = {
      row: d.row,
      key: '',
      kind: d.org !== undefined && d.project === undefined ? 'org' : 'project',
      user: d.user,
      project: d.project ?? null,
      org: d.org ?? null,
      decision: d.decision,
      level: d.level ?? null,
      comment: d.comment,
      status: 'error',
      edits: [],
      message: null,
      fixes: [],
      reviewed: { level: '', how: '' },
    };
    out.push(p);
    try {
      if ((d.project === undefined) === (d.org === undefined)) throw new Error('give either a project or an org for each decision, not both or neither');
      const user = findUser(reviewed, d.user).id;
      p.user = user;
      if (d.project !== undefined) {
        const project = findProject(reviewed, d.project);
        p.project = project.id;
        p.key = projectKey(project.id, user);
      } else {
        const org = findOrg(reviewed, d.org ?? '');
        p.org = org.id;
        p.key = orgKey(org.id, user);
      }
      const row = rowsByKey.get(p.key) ?? null;
      if (!row) {
        const what = p.kind === 'project' ? `${user} on ${p.project ?? ''}` : `${user} in ${p.org ?? ''}`;
        throw new Error(`${what} is not a row of this review (${p.kind === 'project' ? 'no access' : 'not a member'} ${reviewed.where}, or outside the scope)`);
      }
      p.reviewed = { level: row.level, how: row.how };
      seen.set(p.key, [...(seen.get(p.key) ?? []), d.row]);
      if (d.decision === 'reduce') {
        if (d.level === undefined) throw new Error(`reduce needs a level: one of ${row.reduceTo.join(', ')}`);
        if (!(row.reduceTo as string[]).includes(d.level)) {
          throw new Error(`cannot reduce ${row.level} to ${d.level}: choose one of ${row.reduceTo.join(', ') || '(none: use revoke)'}`);
        }
      }
      p.status = 'keep';
      return { d, p, row };
    } catch (e) {
      p.message = errorText(e);
      return { d, p, row: null };
    }
  });
  for (const r of resolved) {
    const rows = seen.get(r.p.key) ?? [];
    if (r.row && rows.length > 1) fail(r.p, `this row is decided more than once: rows ${rows.join(', ')}`);
  }

  // 2. Membership decisions through the CSV import's planner.
  const memberCsv: CsvRow[] = [];
  for (const { d, p, row } of resolved) {
    if (p.status !== 'keep' || p.kind !== 'org' || d.decision === 'keep' || !row || p.org === null) continue;
    const current = liveIx.membershipsByUser.get(p.user)?.find((m) => m.org === p.org);
    if (!current) {
      unchanged(p, `${p.user} is no longer a member of ${p.org}`);
      continue;
    }
    const values: CsvRow['values'] = { org: p.org, user: p.user };
    if (d.decision === 'revoke') values.action = 'remove';
    else {
      values.action = 'update';
      const target = d.level ?? 'MEMBER';
      if (target === 'MEMBER') values.level = 'MEMBER';
      else if (current.level === 'ADMIN') Object.assign(values, { level: 'MEMBER', projectAccess: target });
      else if (isLevel(target) && levelRank(current.projectAccess) <= levelRank(target)) {
        unchanged(p, `${p.user}'s projectAccess in ${p.org} is already ${current.projectAccess}`);
        continue;
      } else values.projectAccess = target;
    }
    memberCsv.push({ row: d.row, values, raw: [], columnOf: MEMBER_COLUMNS });
  }
  const membershipRows = memberCsv.length > 0 ? planPass(inp.repos, actor, memberCsv, 'update').rows : [];
  const planned = new Map(membershipRows.map((r) => [r.row, r]));
  for (const { p } of resolved) {
    const r = planned.get(p.row);
    if (!r || p.kind !== 'org') continue;
    if (r.action === 'error') fail(p, r.errors.map((e) => e.message).join('; '));
    else if (r.action === 'unchanged' || r.action === 'skip') unchanged(p, `${p.user} in ${p.org} is already as decided`);
    else if (r.action === 'remove' && r.current) {
      p.status = 'edit';
      p.edits = [{ kind: 'memberRemove', summary: `Remove ${p.user} from ${p.org} (direct grants on projects and apps billed to ${p.org} are revoked too)` }];
    } else if (r.action === 'update' && r.current && r.next) {
      p.status = 'edit';
      const c = r.current;
      const n = r.next;
      const what = [
        ...(c.level !== n.level ? [`level ${c.level} → ${n.level}`] : []),
        ...(c.projectAccess !== n.projectAccess ? [`projectAccess ${c.projectAccess} → ${n.projectAccess}`] : []),
        ...(c.appAccess !== n.appAccess ? [`appAccess ${String(c.appAccess)} → ${String(n.appAccess)}`] : []),
        ...(c.allowBillableActivities !== n.allowBillableActivities ? [`allowBillableActivities ${String(c.allowBillableActivities)} → ${String(n.allowBillableActivities)}`] : []),
      ];
      p.edits = [{ kind: 'memberUpdate', summary: `Change ${p.user} in ${p.org}: ${what.join(', ')}` }];
    }
  }
  // Only rows that will be written shape the state the project decisions see.
  const writtenMemberRows = membershipRows.filter((r) => r.action === 'update' || r.action === 'remove');
  const afterMembers = applyMembershipRows(live, writtenMemberRows);
  const afterMembersIx = indexState(afterMembers, 'after the membership changes');

  // 3. Project decisions: the user's own grant, or blocked with the membership fixes.
  const grantEdits: GrantEdit[] = [];
  const actorMemberships = actor ? (liveIx.membershipsByUser.get(actor) ?? []) : [];
  for (const { d, p, row } of resolved) {
    if (p.status !== 'keep' || p.kind !== 'project' || d.decision === 'keep' || !row || p.project === null) continue;
    const before = liveIx.projects.get(p.project);
    const project = afterMembersIx.projects.get(p.project);
    if (!before || !project) {
      fail(p, `project ${p.project} no longer exists in the workspace`);
      continue;
    }
    const target: Level = d.decision === 'revoke' ? 'NONE' : isLevel(d.level) ? d.level : 'NONE';
    const now = explainAccess(p.user, before.permissions, liveIx.membershipsByUser.get(p.user) ?? []).level;
    if (levelRank(now) <= levelRank(target)) {
      unchanged(p, `${p.user} has ${now} on ${project.name} now (${row.level} when reviewed)`);
      continue;
    }
    const memberships = afterMembersIx.membershipsByUser.get(p.user) ?? [];
    const afterOrg = explainAccess(p.user, project.permissions, memberships);
    if (levelRank(afterOrg.level) <= levelRank(target)) {
      unchanged(p, `the membership changes in this plan already bring ${p.user} to ${afterOrg.level} on ${project.name}`);
      continue;
    }
    const direct = project.permissions[p.user];
    const edit: GrantEdit | null =
      direct !== undefined && levelRank(direct) > levelRank(target)
        ? { row: d.row, project: project.id, projectName: project.name, user: p.user, from: direct, to: target === 'NONE' ? null : (target as GrantLevel) }
        : null;
    const permissions = { ...project.permissions };
    if (edit) {
      if (edit.to === null) delete permissions[p.user];
      else permissions[p.user] = edit.to;
    }
    const residual = explainAccess(p.user, permissions, memberships);
    if (levelRank(residual.level) > levelRank(target)) {
      block(p, project.name, target, residual.routes, afterMembersIx);
      continue;
    }
    if (!edit) continue;
    if (actor === null) {
      fail(p, NO_ACTOR_MESSAGE);
      continue;
    }
    const may = mayAdministerProject(actor, before, actorMemberships);
    if (!may.allowed) {
      fail(p, may.reason);
      continue;
    }
    grantEdits.push(edit);
    p.status = 'edit';
    p.edits = [
      edit.to === null
        ? { kind: 'unshare', summary: `Revoke ${p.user}'s direct ${edit.from} on "${project.name}"` }
        : { kind: 'lowerGrant', summary: `Lower ${p.user}'s direct grant on "${project.name}" from ${edit.from} to ${edit.to}` },
    ];
  }

  // 4. What the whole plan does, and a word on kept rows that other decisions lower anyway.
  const afterAll = indexState(applyGrantEdits(afterMembers, grantEdits), 'after the plan');
  const impact = reviewImpact(liveIx, afterAll, [...writtenMemberRows.flatMap((r) => (r.user ? [r.user] : [])), ...grantEdits.map((e) => e.user)]);
  for (const { p } of resolved) {
    if (p.status !== 'keep' || p.key === '') continue;
    if (p.kind === 'project' && p.project !== null) {
      const b = liveIx.projects.get(p.project);
      const a = afterAll.projects.get(p.project);
      if (!b || !a) continue;
      const from = explainAccess(p.user, b.permissions, liveIx.membershipsByUser.get(p.user) ?? []).level;
      const to = explainAccess(p.user, a.permissions, afterAll.membershipsByUser.get(p.user) ?? []).level;
      if (from !== to) p.message = `kept here, but other decisions in this plan change it from ${from} to ${to}`;
    }
  }
  return { rows: out, membershipRows, grantEdits, impact };
}

function fail(p: ReviewPlanRow, message: string): void {
  p.status = 'error';
  p.edits = [];
  p.message = message;
}

function unchanged(p: ReviewPlanRow, message: string): void {
  p.status = 'unchanged';
  p.message = message;
}

/** A project row whose access comes via an org or PUBLIC: say so, and offer the membership changes. */
function block(p: ReviewPlanRow, projectName: string, target: Level, routes: readonly AccessRoute[], ix: StateIndex): void {
  const above = routes.filter((r) => levelRank(r.level) > levelRank(target));
  const words = above.map((r) => `${r.level} ${shortVia(r)}`).join('; ');
  const goal = target === 'NONE' ? 'revoked' : `reduced to ${target}`;
  const parts = [`cannot be ${goal} on ${projectName} alone: ${p.user} keeps ${words}`];
  for (const r of above) {
    if (r.kind === 'public') parts.push(`${projectName} is public: only unsharing PUBLIC (everyone loses VIEW) removes that route`);
    if (r.kind !== 'org' || r.org === undefined) continue;
    const members = ix.membershipsByOrg.get(r.org)?.length ?? 0;
    const admin = r.orgLevel === 'ADMIN';
    if (target === 'NONE') {
      p.fixes.push({ org: r.org, user: p.user, decision: 'revoke', summary: `Remove ${p.user} from ${r.org} (drops every route through ${r.org})` });
    }
    p.fixes.push({
      org: r.org,
      user: p.user,
      decision: 'reduce',
      level: target,
      summary: `${admin ? `Demote ${p.user} to MEMBER of ${r.org} with projectAccess ${target}` : `Lower ${p.user}'s projectAccess in ${r.org} to ${target}`} (applies to every project shared with ${r.org})`,
    });
    parts.push(`lowering ${r.org}'s grant on ${projectName} instead would affect all ${plural(members, 'member')}`);
  }
  if (p.fixes.length > 0) parts.push(`fix: add a decision for the membership (${p.fixes.map((f) => f.summary).join('; or ')})`);
  p.status = 'blocked';
  p.edits = [];
  p.message = parts.join('. ');
}
