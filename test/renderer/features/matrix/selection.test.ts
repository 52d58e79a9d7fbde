// The matrix selection model: cells, rectangles and rows keyed by IDs, and which selected
// cells a bulk edit would send (memberships only; empty cells counted, not sent).
import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, cellKey, isSelected, rangeSelection, rowRange, selectedMemberships, toggleCell, toggleRow } from '../../../../renderer/features/matrix/selection';

const users = ['user-a', 'user-b', 'user-c', 'user-d'];
const orgs = ['org-1', 'org-2', 'org-3'];
const member = (u: string, o: string) => !(u === 'user-c' && o === 'org-2');

describe('matrix selection', () => {
  it('toggles single cells and rows', () => {
    let s = toggleCell(EMPTY_SELECTION, 'user-a', 'org-1', orgs);
    expect(isSelected(s, 'user-a', 'org-1')).toBe(true);
    s = toggleCell(s, 'user-a', 'org-1', orgs);
    expect(isSelected(s, 'user-a', 'org-1')).toBe(false);
    s = toggleRow(s, 'user-b');
    expect(orgs.every((o) => isSelected(s, 'user-b', o))).toBe(true);
  });

  it('deselecting one cell of a selected row keeps the rest of the row', () => {
    const s = toggleCell(toggleRow(EMPTY_SELECTION, 'user-b'), 'user-b', 'org-2', orgs);
    expect(orgs.map((o) => isSelected(s, 'user-b', o))).toEqual([true, false, true]);
  });

  it('selects the rectangle between two positions, in either direction', () => {
    const s = rangeSelection(users, orgs, { row: 2, col: 1 }, { row: 1, col: 2 });
    expect(s && [...s.cells].sort()).toEqual([cellKey('user-b', 'org-2'), cellKey('user-b', 'org-3'), cellKey('user-c', 'org-2'), cellKey('user-c', 'org-3')].sort());
  });

  it('refuses a rectangle too large to hold cell by cell', () => {
    expect(rangeSelection(() => 'u', orgs, { row: 0, col: 0 }, { row: 50_000, col: 2 })).toBeNull();
  });

  it('sends only memberships, expanding rows to the visible orgs, and counts empty cells', () => {
    const s = rowRange((r) => users[r] ?? '', 1, 2, toggleCell(EMPTY_SELECTION, 'user-a', 'org-3', orgs));
    const picked = selectedMemberships(s, orgs, member);
    expect(picked.empty).toBe(1);
    expect(picked.cells).toHaveLength(6);
    expect(picked.cells).toContainEqual({ user: 'user-a', org: 'org-3' });
    expect(picked.cells).not.toContainEqual({ user: 'user-c', org: 'org-2' });
  });
});
