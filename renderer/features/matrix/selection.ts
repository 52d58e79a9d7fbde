// Which matrix cells are selected: single cells (click, Ctrl+click), rectangles (Shift+click,
// Shift+arrows) and whole rows. Keyed by user and org IDs, not screen positions, so sorting,
// filtering or a refresh never moves a selection onto other people. Pure; no React.

export interface MatrixSelectionState {
  /** "user\u0000org" keys of individually selected cells. */
  cells: ReadonlySet<string>;
  /** Users whose whole row (every visible org) is selected. */
  rows: ReadonlySet<string>;
}

export const EMPTY_SELECTION: MatrixSelectionState = { cells: new Set(), rows: new Set() };

/** A rectangle larger than this is refused: select whole rows instead. */
export const MAX_RANGE_CELLS = 100_000;

export const cellKey = (user: string, org: string): string => `${user}\u0000${org}`;

export function isSelected(s: MatrixSelectionState, user: string, org: string): boolean {
  return s.rows.has(user) || s.cells.has(cellKey(user, org));
}

export function toggleCell(s: MatrixSelectionState, user: string, org: string, visibleOrgs: readonly string[]): MatrixSelectionState {
  const cells = new Set(s.cells);
  const rows = new Set(s.rows);
  const key = cellKey(user, org);
  if (rows.has(user)) {
    // Deselecting one cell of a selected row keeps the rest of that row selected.
    rows.delete(user);
    for (const o of visibleOrgs) if (o !== org) cells.add(cellKey(user, o));
  } else if (cells.has(key)) cells.delete(key);
  else cells.add(key);
  return { cells, rows };
}

export function toggleRow(s: MatrixSelectionState, user: string): MatrixSelectionState {
  const rows = new Set(s.rows);
  if (rows.has(user)) rows.delete(user);
  else rows.add(user);
  return { cells: s.cells, rows };
}

/**
 * The rectangle between two display positions, as cells. `users` and `orgs` are the display
 * order; returns null when the rectangle is too large to hold as cells.
 */
export function rangeSelection(
  users: readonly string[] | ((row: number) => string),
  orgs: readonly string[],
  from: { row: number; col: number },
  to: { row: number; col: number },
  keep: MatrixSelectionState = EMPTY_SELECTION,
): MatrixSelectionState | null {
  const userAt = typeof users === 'function' ? users : (r: number) => users[r] ?? '';
  const [r0, r1] = from.row <= to.row ? [from.row, to.row] : [to.row, from.row];
  const [c0, c1] = from.col <= to.col ? [from.col, to.col] : [to.col, from.col];
  if ((r1 - r0 + 1) * (c1 - c0 + 1) > MAX_RANGE_CELLS) return null;
  const cells = new Set(keep.cells);
  for (let r = r0; r <= r1; r++) {
    const user = userAt(r);
    for (let c = c0; c <= c1; c++) {
      const org = orgs[c];
      if (org !== undefined) cells.add(cellKey(user, org));
    }
  }
  return { cells, rows: keep.rows };
}

export function rowRange(users: (row: number) => string, from: number, to: number, keep: MatrixSelectionState = EMPTY_SELECTION): MatrixSelectionState {
  const rows = new Set(keep.rows);
  const [a, b] = from <= to ? [from, to] : [to, from];
  for (let r = a; r <= b; r++) rows.add(users(r));
  return { cells: keep.cells, rows };
}

export function selectionSize(s: MatrixSelectionState): { cells: number; rows: number } {
  return { cells: s.cells.size, rows: s.rows.size };
}

/**
 * The selected cells that are memberships (a bulk edit changes existing memberships only),
 * in a stable order. `isMember` answers for one user/org; `visibleOrgs` expands whole rows.
 */
export function selectedMemberships(
  s: MatrixSelectionState,
  visibleOrgs: readonly string[],
  isMember: (user: string, org: string) => boolean,
): { cells: Array<{ user: string; org: string }>; empty: number } {
  const out: Array<{ user: string; org: string }> = [];
  const seen = new Set<string>();
  let empty = 0;
  const consider = (user: string, org: string): void => {
    const key = cellKey(user, org);
    if (seen.has(key)) return;
    seen.add(key);
    if (isMember(user, org)) out.push({ user, org });
    else empty++;
  };
  for (const user of s.rows) for (const org of visibleOrgs) consider(user, org);
  for (const key of s.cells) {
    const [user, org] = key.split('\u0000');
    if (user !== undefined && org !== undefined) consider(user, org);
  }
  out.sort((a, b) => a.org.localeCompare(b.org) || a.user.localeCompare(b.user));
  return { cells: out, empty };
}
