// The one table of the app: ARIA grid semantics (so tests and screen readers find rows and
// cells by role), one tab stop with arrow-key movement between cells, and row virtualisation
// so thousands of members stay fast. Knows nothing about what the rows are.
import type { FocusEvent, KeyboardEvent, MouseEvent, ReactElement, ReactNode } from 'react';
import { useLayoutEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { moveCell } from './gridKeys';

export interface Column<T> {
  id: string;
  header: ReactNode;
  /** CSS grid track for the column, e.g. "minmax(160px, 2fr)" or "96px". */
  width: string;
  cell(row: T, index: number): ReactNode;
  align?: 'start' | 'end' | 'center';
}

export interface DataGridProps<T> {
  label: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey(row: T): string;
  /** Enter on a row, or a click (double-click when `activateOn` is "dblclick"). */
  onActivate?(row: T): void;
  /** Rows that open another view use double-click, so a single click only moves the focus. */
  activateOn?: 'click' | 'dblclick';
  selectedKey?: string | null;
  rowHeight?: number;
  empty?: ReactNode;
  className?: string;
  /** Fixed height instead of filling the parent (small grids inside panels and dialogs). */
  maxHeight?: number;
  /** A row drawn as one cell across every column (group headings); null for normal rows. */
  fullRow?(row: T): ReactNode | null;
  /** Extra class for a row that needs to stand out (e.g. an import row in error). */
  rowClassName?(row: T): string | undefined;
}

const HEADER_HEIGHT = 30;
const WIDGETS = 'button, a[href], input, select, textarea';

function focusTarget(cell: HTMLElement): HTMLElement {
  return cell.querySelector<HTMLElement>(WIDGETS) ?? cell;
}

export function DataGrid<T>({ label, rows, columns, rowKey, onActivate, activateOn = 'click', selectedKey, rowHeight = 32, empty, className, maxHeight, fullRow, rowClassName }: DataGridProps<T>): ReactElement {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const focusPending = useRef(false);
  const cur = {
    row: Math.max(0, Math.min(active.row, rows.length - 1)),
    col: Math.max(0, Math.min(active.col, columns.length - 1)),
  };

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  // Roving tabindex: exactly one cell (or the widget inside it) is tabbable. Done on the DOM
  // because rows mount and unmount as the list scrolls.
  useLayoutEffect(() => {
    const root = scrollRef.current;
    if (!root) return;
    const cells = root.querySelectorAll<HTMLElement>('[role="gridcell"]');
    for (const cell of cells) {
      cell.tabIndex = -1;
      for (const w of cell.querySelectorAll<HTMLElement>(WIDGETS)) w.tabIndex = -1;
    }
    // A full-width row has only column 0.
    const activeCell = root.querySelector<HTMLElement>(`[data-cell="${cur.row}:${cur.col}"]`) ?? root.querySelector<HTMLElement>(`[data-cell="${cur.row}:0"]`);
    const fallback = cells[0];
    const target = activeCell ?? fallback;
    if (!target) return;
    const el = focusTarget(target);
    el.tabIndex = 0;
    if (focusPending.current && activeCell) {
      focusPending.current = false;
      el.focus();
    }
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (rows.length === 0) return;
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea')) return;
    if (e.key === 'Enter' && target.getAttribute('role') === 'gridcell') {
      const row = rows[cur.row];
      if (row !== undefined && onActivate) {
        e.preventDefault();
        onActivate(row);
      }
      return;
    }
    const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 320) - HEADER_HEIGHT) / rowHeight) - 1);
    const next = moveCell(cur, e.key, { rows: rows.length, cols: columns.length, page, ctrl: e.ctrlKey || e.metaKey });
    if (!next) return;
    e.preventDefault();
    focusPending.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next.row, { align: 'auto' });
  };

  const onFocus = (e: FocusEvent<HTMLDivElement>): void => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]');
    const at = cell?.dataset.cell?.split(':').map(Number);
    if (!at || at.length !== 2) return;
    const [row, col] = at as [number, number];
    if (row !== cur.row || col !== cur.col) setActive({ row, col });
  };

  const onRowClick = (e: MouseEvent<HTMLDivElement>, row: T): void => {
    if ((e.target as HTMLElement).closest('button, a, input, select, label, textarea')) return;
    onActivate?.(row);
  };

  const template = columns.map((c) => c.width).join(' ');
  const items = virtualizer.getVirtualItems();
  const bodyHeight = Math.max(0, virtualizer.getTotalSize() - HEADER_HEIGHT);

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      className={`grid${onActivate ? ' grid-activatable' : ''}${className ? ` ${className}` : ''}`}
      style={maxHeight ? { maxHeight, flex: 'none' } : undefined}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row" style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}>
          {columns.map((c, ci) => (
            <div key={c.id} role="columnheader" aria-colindex={ci + 1} className={`grid-cell grid-h align-${c.align ?? 'start'}`}>
              {c.header}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="grid-body" style={{ height: rows.length === 0 ? undefined : bodyHeight }}>
        {rows.length === 0 ? (
          <div role="row" aria-rowindex={2} className="grid-row grid-empty">
            <div role="gridcell" aria-colindex={1} aria-colspan={columns.length} className="grid-cell">
              {empty ?? 'Nothing to show'}
            </div>
          </div>
        ) : (
          items.map((v) => {
            const row = rows[v.index];
            if (row === undefined) return null;
            const key = rowKey(row);
            const selected = selectedKey != null && key === selectedKey;
            const whole = fullRow?.(row) ?? null;
            if (whole !== null) {
              return (
                <div
                  key={key}
                  role="row"
                  aria-rowindex={v.index + 2}
                  className={`grid-row grid-row-full${v.index === cur.row ? ' is-active' : ''}`}
                  style={{ gridTemplateColumns: '1fr', height: rowHeight, transform: `translateY(${v.start - HEADER_HEIGHT}px)` }}
                >
                  <div role="gridcell" aria-colindex={1} aria-colspan={columns.length} data-cell={`${v.index}:0`} className="grid-cell">
                    {whole}
                  </div>
                </div>
              );
            }
            return (
              <div
                key={key}
                role="row"
                aria-rowindex={v.index + 2}
                aria-selected={onActivate ? selected : undefined}
                className={`grid-row${selected ? ' is-selected' : ''}${v.index === cur.row ? ' is-active' : ''}${rowClassName ? ` ${rowClassName(row) ?? ''}` : ''}`}
                style={{ gridTemplateColumns: template, height: rowHeight, transform: `translateY(${v.start - HEADER_HEIGHT}px)` }}
                onClick={activateOn === 'click' ? (e) => onRowClick(e, row) : undefined}
                onDoubleClick={activateOn === 'dblclick' ? (e) => onRowClick(e, row) : undefined}
              >
                {columns.map((c, ci) => (
                  <div key={c.id} role="gridcell" aria-colindex={ci + 1} data-cell={`${v.index}:${ci}`} className={`grid-cell align-${c.align ?? 'start'}`}>
                    {c.cell(row, v.index)}
                  </div>
                ))}
              </div>
            );
          })
        )}
      </div>
    </div>
  );
}
