// The dry-run diff: each validated row against the current membership becomes create,
// update (field: old -> new), unchanged, remove, skip or error, using the membership rules of
// shared/domain (resolveInvite, resolveChange). Pure over the lookup; writes nothing.
import type { ImportChangeSchema, ImportProblem } from '../../../shared/contract/index';
import type { MemberFlags, Membership, MembershipOutcome } from '../../../shared/domain/index';
import { FLAG_NAMES, resolveChange, resolveInvite } from '../../../shared/domain/index';
import type { z } from 'zod';
import type { OnExisting, ParsedCells, PlannedRow, RowRestore, ValidatedRow, WorkspaceLookup } from './types';

type Change = z.infer<typeof ImportChangeSchema>;

export interface PlanContext {
  lookup: WorkspaceLookup;
  onExisting: OnExisting;
  /** Header text per field, for messages (the column as the file names it). */
  columnOf(row: number, field: string): string;
}

function requestedFlags(c: ParsedCells): Partial<MemberFlags> {
  const out: Partial<MemberFlags> = {};
  if (c.allowBillableActivities !== undefined) out.allowBillableActivities = c.allowBillableActivities;
  if (c.appAccess !== undefined) out.appAccess = c.appAccess;
  if (c.projectAccess !== undefined) out.projectAccess = c.projectAccess;
  return out;
}

function diff(current: Membership | null, next: Membership): Change[] {
  const out: Change[] = [];
  if (current?.level !== next.level) out.push({ field: 'level', from: current?.level ?? null, to: next.level });
  for (const f of FLAG_NAMES) if (current?.[f] !== next[f]) out.push({ field: f, from: current?.[f] ?? null, to: next[f] });
  return out;
}

function same(a: Membership, b: Membership): boolean {
  return a.level === b.level && FLAG_NAMES.every((f) => a[f] === b[f]);
}

/** The field: old -> new list of a planned row (none for unchanged, skip and error rows). */
export function rowChanges(r: PlannedRow): Change[] {
  if (r.action === 'remove' && r.current) return [{ field: 'level', from: r.current.level, to: null }];
  if ((r.action === 'create' || r.action === 'update') && r.next) {
    const out = r.current && same(r.current, r.next) ? [] : diff(r.current, r.next);
    for (const g of r.restore?.projects ?? []) out.push({ field: `grant ${g.project}`, from: g.from, to: g.level });
    for (const a of r.restore?.apps ?? []) out.push({ field: `app ${a.app}`, from: null, to: 'authorized' });
    return out;
  }
  return [];
}

/** The grants a row's restore cells name that the user does not already hold as given. */
function missingRestores(cells: ParsedCells, user: string, lookup: WorkspaceLookup): RowRestore | null {
  // Only undo files fill the restore columns; every other row leaves here without allocating.
  if (cells.restoreProjectGrants === undefined && cells.restoreAppAuthorizations === undefined) return null;
  const projects: RowRestore['projects'] = [];
  const apps: RowRestore['apps'] = [];
  for (const { project, level } of cells.restoreProjectGrants ?? []) {
    const p = lookup.project(project);
    const from = p?.permissions[user] ?? null;
    if (p && from !== level) projects.push({ project, name: p.name, level, from });
  }
  for (const app of cells.restoreAppAuthorizations ?? []) {
    const a = lookup.app(app);
    if (a && !a.authorizedUsers.includes(user)) apps.push({ app, name: a.name });
  }
  return projects.length + apps.length > 0 ? { projects, apps } : null;
}

export function planRows(rows: readonly ValidatedRow[], ctx: PlanContext): PlannedRow[] {
  // Rows with the same level/flag cells share one parsed cells object (cachedCellParser), so
  // the invite a combination resolves to is worked out once per combination, not per row.
  const invites = new Map<ParsedCells, MembershipOutcome>();
  const inviteFor = (cells: ParsedCells): MembershipOutcome => {
    let o = invites.get(cells);
    if (!o) invites.set(cells, (o = resolveInvite(cells.level ?? 'MEMBER', requestedFlags(cells))));
    return o;
  };
  const adminsLeft = new Map<string, number>();
  const admins = (org: string) => adminsLeft.get(org) ?? ctx.lookup.adminCount(org);
  const base = (v: ValidatedRow): PlannedRow => ({
    row: v.row,
    action: 'error',
    org: v.org,
    user: v.user,
    level: v.cells.level ?? null,
    errors: v.errors,
    warnings: v.warnings,
    current: null,
    next: null,
    removal: null,
    restore: null,
  });
  const fail = (p: PlannedRow, field: string | null, message: string, value?: string | null): PlannedRow => {
    const problem: ImportProblem = { row: p.row, column: field === null ? null : ctx.columnOf(p.row, field), value: value ?? null, message };
    p.action = 'error';
    p.errors = [...p.errors, problem];
    return p;
  };
  const outcomeError = (p: PlannedRow, v: ValidatedRow, o: Extract<MembershipOutcome, { ok: false }>) => {
    const cell = o.field === 'level' ? v.cells.level : v.cells[o.field];
    return fail(p, o.field, o.message, cell === undefined ? null : String(cell));
  };

  const done = (p: PlannedRow, action: PlannedRow['action'], level: PlannedRow['level'], next: Membership | null = null): PlannedRow => {
    p.action = action;
    p.level = level;
    p.next = next;
    return p;
  };

  return rows.map((v) => {
    const p = base(v);
    if (v.errors.length > 0 || v.org === null || v.user === null) return p;
    const { org, user, cells } = v;
    const current = ctx.lookup.membership(org, user) ?? null;
    p.current = current;
    if (cells.action === 'remove') {
      if (!current) return done(p, 'unchanged', null);
      if (current.level === 'ADMIN') {
        if (admins(org) <= 1) return fail(p, 'user', `cannot remove ${user}: they are the only ADMIN of ${org}; make another member ADMIN first`, user);
        adminsLeft.set(org, admins(org) - 1);
      }
      p.removal = { revokeProjectPermissions: cells.revokeProjectPermissions, revokeAppPermissions: cells.revokeAppPermissions };
      return done(p, 'remove', current.level);
    }
    if (!current) {
      if (cells.action === 'update') return fail(p, 'user', `${user} is not a member of ${org}; use action add or upsert to add them`, user);
      const o = inviteFor(cells);
      if (!o.ok) return outcomeError(p, v, o);
      const { allowBillableActivities, appAccess, projectAccess } = o.flags;
      const next: Membership = { org, user, level: o.level, allowBillableActivities, appAccess, projectAccess, extra: {} };
      if (next.level === 'ADMIN') adminsLeft.set(org, admins(org) + 1);
      p.restore = missingRestores(cells, user, ctx.lookup);
      return done(p, 'create', next.level, next);
    }
    // --on-existing governs rows that may create; an explicit `update` row always updates.
    if (cells.action !== 'update') {
      if (ctx.onExisting === 'skip') return done(p, 'skip', current.level);
      if (ctx.onExisting === 'fail') return fail(p, 'user', `${user} is already a member of ${org} (--on-existing fail)`, user);
    }
    const o = resolveChange({ level: current.level, flags: current }, { level: cells.level, ...requestedFlags(cells) });
    if (!o.ok) return outcomeError(p, v, o);
    const next: Membership = { ...current, level: o.level, ...o.flags };
    p.restore = missingRestores(cells, user, ctx.lookup);
    // A member already back whose revoked grants are not yet is still an update (of grants).
    if (same(current, next)) return p.restore ? done(p, 'update', current.level, next) : done(p, 'unchanged', current.level);
    if (cells.action === 'add') return fail(p, 'user', `${user} is already a member of ${org}; use action upsert or update to change them`, user);
    if (current.level === 'ADMIN' && next.level !== 'ADMIN') {
      if (admins(org) <= 1) return fail(p, 'level', `cannot demote ${user}: they are the only ADMIN of ${org}; make another member ADMIN first`, cells.level ?? null);
      adminsLeft.set(org, admins(org) - 1);
    } else if (current.level !== 'ADMIN' && next.level === 'ADMIN') adminsLeft.set(org, admins(org) + 1);
    return done(p, 'update', next.level, next);
  });
}
