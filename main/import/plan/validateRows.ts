// Row validation against the workspace: cell types (zod), the org and user each row names,
// the acting user's right to administer that org, and duplicate (org, user) keys inside the
// file. Every problem names the spreadsheet row, the column as headed in the file, the value.
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

interface Refs {
  org: string | null;
  user: string | null;
}

function refsOf(row: CsvRow): Refs {
  const org = row.values.org;
  const user = row.values.user;
  return { org: org ? normalizeOrgRef(org) : null, user: user ? normalizeUserRef(user) : null };
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

export function validateRows(rows: readonly CsvRow[], repos: Repos, actor: string | null): { rows: ValidatedRow[]; lookup: WorkspaceLookup } {
  const refs = rows.map(refsOf);
  const lookup = loadLookup(
    repos,
    {
      orgs: refs.flatMap((r) => (r.org ? [r.org] : [])),
      userIds: refs.flatMap((r) => (r.user && !r.user.includes('@') ? [r.user] : [])),
      emails: refs.flatMap((r) => (r.user?.includes('@') ? [r.user] : [])),
    },
    actor,
  );
  const decisions = new Map<string, Decision>();
  const decisionFor = (org: string): Decision => {
    let d = decisions.get(org);
    if (!d) decisions.set(org, (d = actor === null ? deny(NO_ACTOR_MESSAGE) : mayAdministerOrg(actor, org, lookup.actorMembership(org))));
    return d;
  };
  const parseCells = cachedCellParser();
  const out: ValidatedRow[] = rows.map((row, i) => {
    const ref = refs[i] ?? { org: null, user: null };
    const { cells, issues } = parseCells(row.values);
    const errors = issues.map((issue) => problemFor(row, issue.field, `"${row.values[issue.field] ?? ''}" ${issue.message}`));
    let org: string | null = null;
    let user: string | null = null;
    if (ref.org === null) errors.push(problemFor(row, 'org', 'the org is missing (an org ID such as org-lab, or its handle)'));
    else if (!lookup.orgExists(ref.org)) errors.push(problemFor(row, 'org', `no org ${ref.org} in this workspace`));
    else org = ref.org;
    if (ref.user === null) errors.push(problemFor(row, 'user', 'the user is missing (a user ID, handle or email)'));
    else {
      const found = resolveUserRef(ref.user, lookup);
      if (found.message !== null) errors.push(problemFor(row, 'user', found.message));
      user = found.id;
    }
    if (org !== null) {
      const decision = decisionFor(org);
      if (!decision.allowed) errors.push(problemFor(row, 'org', decision.reason));
    }
    return { row: row.row, cells: cells ?? EMPTY_CELLS, org, user, errors, warnings: [] };
  });
  markDuplicates(rows, out);
  return { rows: out, lookup };
}

/** Every row of a repeated (org, user) key is an error naming the other rows. */
function markDuplicates(rows: readonly CsvRow[], validated: ValidatedRow[]): void {
  const byKey = new Map<string, number[]>();
  validated.forEach((v, i) => {
    if (v.org === null || v.user === null) return;
    const k = `${v.org}\u0000${v.user}`;
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    for (const i of list) {
      const v = validated[i];
      const row = rows[i];
      if (!v || !row) continue;
      const others = list.filter((j) => j !== i).map((j) => validated[j]?.row);
      v.errors.push(problemFor(row, 'user', `${v.user} appears more than once for ${v.org}: also on row ${others.join(', ')}`));
    }
  }
}
