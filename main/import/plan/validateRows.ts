// Row validation against the workspace: cell types (zod, once per distinct combination), the
// org and user each row names, the acting user's right to administer that org, the projects and
// apps an undo row restores grants on, and duplicate (org, user) keys inside the file. Every
// problem names the spreadsheet row, the column as headed in the file, the value.
import type { ImportField, ImportProblem } from '../../../shared/contract/index';
import type { Decision } from '../../../shared/domain/index';
import { deny, mayAdministerOrg, normalizeOrgRef, normalizeUserRef } from '../../../shared/domain/index';
import type { Repos } from '../../db/repos/index';
import { NO_ACTOR_MESSAGE } from '../../services/context';
import type { CsvRow } from '../read/index';
import { loadLookup } from './lookup';
import { cachedCellParser } from './rowSchema';
import type { ParsedCells, ValidatedRow, WorkspaceLookup } from './types';

const EMPTY_CELLS: ParsedCells = { action: 'upsert', revokeProjectPermissions: true, revokeAppPermissions: true };

export function problemFor(row: CsvRow, field: ImportField | null, message: string): ImportProblem {
  const column = field === null ? null : (row.columnOf[field] ?? field);
  const value = field === null ? null : (row.values[field] ?? null);
  return { row: row.row, column, value, message };
}

function resolveUserRef(ref: string, lookup: WorkspaceLookup): { id: string | null; message: string | null } {
  if (ref.includes('@')) {
    const ids = lookup.usersByEmail(ref);
    if (ids.length === 1) return { id: ids[0] ?? null, message: null };
    if (ids.length > 1) return { id: null, message: `the email ${ref} belongs to several users (${ids.join(', ')}); use the user ID` };
    return { id: null, message: `no user with email ${ref} in this workspace` };
  }
  return lookup.userById(ref) ? { id: ref, message: null } : { id: null, message: `no user ${ref} in this workspace (give a user ID, a handle or a known email)` };
}

/** Restores give back what removing `org` revoked, so they must name things billed to `org`. */
function restoreProblems(row: CsvRow, cells: ParsedCells, org: string, lookup: WorkspaceLookup): ImportProblem[] {
  const out: ImportProblem[] = [];
  const restores = (cells.restoreProjectGrants?.length ?? 0) + (cells.restoreAppAuthorizations?.length ?? 0) > 0;
  if (restores && cells.action === 'remove') out.push(problemFor(row, 'action', 'a removal cannot restore grants: clear the restore columns or use action add'));
  for (const { project } of cells.restoreProjectGrants ?? []) {
    const p = lookup.project(project);
    if (!p) out.push(problemFor(row, 'restoreProjectGrants', `no project ${project} in this workspace`));
    else if (p.billTo !== org) out.push(problemFor(row, 'restoreProjectGrants', `project ${project} is billed to ${p.billTo}, not ${org}: only grants that removing the member from ${org} revoked can be restored here`));
  }
  for (const app of cells.restoreAppAuthorizations ?? []) {
    const a = lookup.app(app);
    if (!a) out.push(problemFor(row, 'restoreAppAuthorizations', `no app ${app} in this workspace`));
    else if (a.billTo !== org) out.push(problemFor(row, 'restoreAppAuthorizations', `app ${app} is billed to ${a.billTo}, not ${org}: only authorizations that removing the member from ${org} revoked can be restored here`));
  }
  return out;
}

export function validateRows(rows: readonly CsvRow[], repos: Repos, actor: string | null): { rows: ValidatedRow[]; lookup: WorkspaceLookup } {
  const parseCells = cachedCellParser();
  const n = rows.length;
  const orgRefs: Array<string | null> = new Array<string | null>(n);
  const userRefs: Array<string | null> = new Array<string | null>(n);
  const parsed = new Array<ReturnType<typeof parseCells>>(n);
  const orgs = new Set<string>();
  const userIds = new Set<string>();
  const emails = new Set<string>();
  const projects = new Set<string>();
  const apps = new Set<string>();
  // One pass collects every reference so the lookup loads them in a few set-based queries.
  for (let i = 0; i < n; i++) {
    const values = (rows[i] as CsvRow).values;
    const org = values.org ? normalizeOrgRef(values.org) : null;
    const user = values.user ? normalizeUserRef(values.user) : null;
    orgRefs[i] = org;
    userRefs[i] = user;
    if (org !== null) orgs.add(org);
    if (user !== null) (user.includes('@') ? emails : userIds).add(user);
    const p = parseCells(values);
    parsed[i] = p;
    if (p.cells?.restoreProjectGrants) for (const g of p.cells.restoreProjectGrants) projects.add(g.project);
    if (p.cells?.restoreAppAuthorizations) for (const a of p.cells.restoreAppAuthorizations) apps.add(a);
  }
  const lookup = loadLookup(repos, { orgs, userIds, emails, projects, apps }, actor);
  const decisions = new Map<string, Decision>();
  const decisionFor = (org: string): Decision => {
    let d = decisions.get(org);
    if (!d) decisions.set(org, (d = actor === null ? deny(NO_ACTOR_MESSAGE) : mayAdministerOrg(actor, org, lookup.actorMembership(org))));
    return d;
  };
  const out: ValidatedRow[] = new Array<ValidatedRow>(n);
  const byKey = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const row = rows[i] as CsvRow;
    const ref = { org: orgRefs[i] ?? null, user: userRefs[i] ?? null };
    const { cells, issues } = parsed[i] as ReturnType<typeof parseCells>;
    const errors = issues.length === 0 ? [] : issues.map((issue) => problemFor(row, issue.field, `"${row.values[issue.field] ?? ''}" ${issue.message}`));
    let org: string | null = null;
    let user: string | null = null;
    if (ref.org === null) errors.push(problemFor(row, 'org', 'the org is missing (an org ID such as org-lab, or its handle)'));
    else if (!lookup.orgExists(ref.org)) errors.push(problemFor(row, 'org', `no org ${ref.org} in this workspace`));
    else org = ref.org;
    if (ref.user === null) errors.push(problemFor(row, 'user', 'the user is missing (a user ID, handle or email)'));
    else if (lookup.userById(ref.user)) user = ref.user;
    else {
      const found = resolveUserRef(ref.user, lookup);
      if (found.message !== null) errors.push(problemFor(row, 'user', found.message));
      user = found.id;
    }
    if (org !== null) {
      const decision = decisionFor(org);
      if (!decision.allowed) errors.push(problemFor(row, 'org', decision.reason));
      if (cells && (cells.restoreProjectGrants || cells.restoreAppAuthorizations)) errors.push(...restoreProblems(row, cells, org, lookup));
    }
    out[i] = { row: row.row, cells: cells ?? EMPTY_CELLS, org, user, errors, warnings: [] };
    if (org !== null && user !== null) {
      const k = `${org}\u0000${user}`;
      const first = byKey.get(k);
      if (first === undefined) byKey.set(k, i);
      else {
        const list = repeated.get(k);
        if (list) list.push(i);
        else repeated.set(k, [first, i]);
      }
    }
  }
  markDuplicates(rows, out, repeated.values());
  return { rows: out, lookup };
}

/** Every row of a repeated (org, user) key is an error naming the other rows. */
function markDuplicates(rows: readonly CsvRow[], validated: ValidatedRow[], groups: Iterable<number[]>): void {
  for (const list of groups) {
    for (const i of list) {
      const v = validated[i];
      const row = rows[i];
      if (!v || !row) continue;
      const others = list.filter((j) => j !== i).map((j) => validated[j]?.row);
      v.errors.push(problemFor(row, 'user', `${v.user} appears more than once for ${v.org}: also on row ${others.join(', ')}`));
    }
  }
}
