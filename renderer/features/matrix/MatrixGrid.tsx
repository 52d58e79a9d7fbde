// The virtualised users x orgs grid: sticky org header row and user column, rows AND columns
// windowed with @tanstack/react-virtual so the DOM holds only what is on screen (a few
// thousand nodes whatever the number of users). Keyboard and mouse follow the WAI-ARIA grid
// pattern with aria-activedescendant, so focus never has to chase cells that unmount.
import type { KeyboardEvent, MouseEvent, ReactElement } from 'react';
import { useCallback, useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { MatrixIndex, MatrixSelection } from '../../../shared/contract/index';
import type { OutboxMarks } from '../changes/useOutboxMarks';
import { moveCell } from '../../ui/gridKeys';
import { MatrixRow, cellId } from './MatrixRow';
import { rangeSelection, rowRange, toggleCell, toggleRow, MAX_RANGE_CELLS } from './selection';
import type { ActiveCell } from './useMatrixStore';
import { useMatrixStore } from './useMatrixStore';

export const USER_W = 232;
export const COL_W = 92;
export const ROW_H = 30;
export const HEAD_H = 58;

export interface MatrixGridActions {
  /** Enter on a cell: edit the membership, add one (empty cell) or open the user's access (user column). */
  open(user: string, org: string | null): void;
  /** Delete: remove the membership(s) under the cursor or in the selection. */
  remove(user: string, org: string | null): void;
  /** "e": bulk edit the selection. */
  bulkEdit(): void;
}

export function MatrixGrid({ ix, shown, orgIds, marks, actions }: { ix: MatrixIndex; shown: MatrixSelection; orgIds: string[]; marks: OutboxMarks; actions: MatrixGridActions }): ReactElement {
  const scrollRef = useRef<HTMLDivElement>(null);
  const active = useMatrixStore((s) => s.active);
  const anchor = useMatrixStore((s) => s.anchor);
  const selection = useMatrixStore((s) => s.selection);
  const sort = useMatrixStore((s) => s.query.sort);
  const { setActive, setSelection, clearSelection, setSort } = useMatrixStore.getState();
  const rowCount = shown.rows.length;
  const users = ix.data.users;
  const orgNames = ix.data.orgs.names;

  const rowV = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_H,
    overscan: 4,
    paddingStart: HEAD_H,
    scrollPaddingStart: HEAD_H,
  });
  const colV = useVirtualizer({
    horizontal: true,
    count: orgIds.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => COL_W,
    overscan: 2,
    paddingStart: USER_W,
    scrollPaddingStart: USER_W,
  });

  const userAt = useCallback((row: number): string => users.ids[shown.rows[row] ?? 0] ?? '', [users, shown]);
  const orgOfCol = (col: number): string | null => (col >= 1 ? (orgIds[col - 1] ?? null) : null);

  // Keep the cursor inside the data when filters shrink it.
  useEffect(() => {
    const row = Math.max(0, Math.min(active.row, rowCount - 1));
    const col = Math.max(0, Math.min(active.col, orgIds.length));
    if (row !== active.row || col !== active.col) setActive({ row, col });
  }, [rowCount, orgIds.length, active, setActive]);

  const reveal = (cell: ActiveCell): void => {
    rowV.scrollToIndex(cell.row, { align: 'auto' });
    if (cell.col >= 1) colV.scrollToIndex(cell.col - 1, { align: 'auto' });
  };

  const extendTo = (to: ActiveCell, from: ActiveCell): void => {
    if (from.col === 0 || to.col === 0) {
      setSelection(rowRange(userAt, from.row, to.row));
      return;
    }
    const range = rangeSelection(userAt, orgIds, { row: from.row, col: from.col - 1 }, { row: to.row, col: to.col - 1 });
    if (range) setSelection(range);
    else setSelection(selection, `That range is over ${MAX_RANGE_CELLS.toLocaleString()} cells: select whole rows (click the user column) instead`);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (rowCount === 0) return;
    const visibleRows = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 600) - HEAD_H) / ROW_H) - 1);
    const next = moveCell(active, e.key, { rows: rowCount, cols: orgIds.length + 1, page: visibleRows, ctrl: e.ctrlKey || e.metaKey });
    const user = userAt(active.row);
    const org = orgOfCol(active.col);
    if (next) {
      e.preventDefault();
      if (e.shiftKey) {
        const from = anchor ?? active;
        setActive(next, from);
        extendTo(next, from);
      } else setActive(next, null);
      reveal(next);
      return;
    }
    if (e.key === 'Enter') {
      e.preventDefault();
      actions.open(user, org);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      actions.remove(user, org);
    } else if (e.key === ' ') {
      e.preventDefault();
      if (e.shiftKey || org === null) setSelection(toggleRow(selection, user));
      else setSelection(toggleCell(selection, user, org, orgIds));
      setActive(active, active);
    } else if (e.key === 'Escape') {
      if (selection.cells.size > 0 || selection.rows.size > 0) {
        e.preventDefault();
        clearSelection();
      }
    } else if ((e.key === 'a' || e.key === 'A') && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      setSelection(rowRange(userAt, 0, rowCount - 1));
    } else if ((e.key === 'e' || e.key === 'E') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      actions.bulkEdit();
    }
  };

  const positionOf = (e: MouseEvent): ActiveCell | null => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-r]');
    if (!el) return null;
    return { row: Number(el.dataset.r), col: Number(el.dataset.c) };
  };

  const onMouseDown = (e: MouseEvent<HTMLDivElement>): void => {
    const at = positionOf(e);
    if (!at || e.button !== 0) return;
    const user = userAt(at.row);
    const org = orgOfCol(at.col);
    if (e.shiftKey) {
      e.preventDefault();
      const from = anchor ?? active;
      setActive(at, from);
      extendTo(at, from);
    } else if (e.ctrlKey || e.metaKey) {
      setActive(at, at);
      setSelection(org === null ? toggleRow(selection, user) : toggleCell(selection, user, org, orgIds));
    } else {
      setActive(at, at);
      setSelection(org === null ? rowRange(userAt, at.row, at.row) : toggleCell({ cells: new Set(), rows: new Set() }, user, org, orgIds));
    }
  };

  const onDoubleClick = (e: MouseEvent<HTMLDivElement>): void => {
    const at = positionOf(e);
    if (at) actions.open(userAt(at.row), orgOfCol(at.col));
  };

  const sortByOrg = (org: string): void =>
    setSort({ by: 'org', org, dir: sort.by === 'org' && sort.org === org && sort.dir === 'asc' ? 'desc' : 'asc' });
  const sortByName = (): void => setSort({ by: 'name', dir: sort.by === 'name' && sort.dir === 'asc' ? 'desc' : 'asc' });

  const vRows = rowV.getVirtualItems();
  const vCols = colV.getVirtualItems();
  const width = colV.getTotalSize();
  const height = rowV.getTotalSize();
  const ariaSort = (on: boolean): 'ascending' | 'descending' | undefined => (on ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined);

  return (
    <div
      ref={scrollRef}
      className="mx-scroll"
      data-testid="matrix-scroll"
      role="grid"
      aria-label="Membership matrix"
      aria-multiselectable="true"
      aria-rowcount={rowCount + 1}
      aria-colcount={orgIds.length + 1}
      aria-activedescendant={rowCount > 0 ? cellId(active.row, active.col) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onMouseDown={onMouseDown}
      onDoubleClick={onDoubleClick}
    >
      <div className="mx-canvas" style={{ width, height }}>
        <div className="mx-head" role="rowgroup" style={{ width }}>
          <div className="mx-head-row" role="row" aria-rowindex={1}>
            <div className="mx-corner" role="columnheader" aria-colindex={1} aria-sort={ariaSort(sort.by === 'name')}>
              <button type="button" className="mx-sort" tabIndex={-1} onClick={sortByName} title="Sort by name (click again to reverse)">
                User {sort.by === 'name' ? (sort.dir === 'asc' ? '↑' : '↓') : ''}
              </button>
            </div>
            {vCols.map((c) => {
              const org = orgIds[c.index] ?? '';
              const name = orgNames[ix.orgIndex.get(org) ?? -1] ?? org;
              const sorted = sort.by === 'org' && sort.org === org;
              return (
                <div key={org} className={`mx-colhead${sorted ? ' is-sorted' : ''}`} role="columnheader" aria-colindex={c.index + 2} aria-sort={ariaSort(sorted)} style={{ left: c.start, width: c.size }}>
                  <button type="button" className="mx-sort" tabIndex={-1} onClick={() => sortByOrg(org)} title={`${name} (${org}): click to sort by level in this org`}>
                    <span className="mx-colname">{name}</span>
                    <span className="mx-colid">
                      {org}
                      {sorted ? (sort.dir === 'asc' ? ' ↓' : ' ↑') : ''}
                    </span>
                  </button>
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup">
          {vRows.map((r) => {
            const u = shown.rows[r.index] ?? 0;
            return (
              <MatrixRow
                key={u}
                ix={ix}
                orgIds={orgIds}
                u={u}
                rowIndex={r.index}
                top={r.start}
                width={width}
                vCols={vCols}
                selection={selection}
                activeCol={active.row === r.index ? active.col : -1}
                marks={marks}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
