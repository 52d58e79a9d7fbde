// The virtualised heatmap: rows and columns are both windowed (@tanstack/react-virtual) on one
// scrolling element, with sticky project headers on top and sticky row headers on the left.
// Only the cells in view exist in the DOM; their data comes block by block from the cache.
// Keyboard: arrows, Page keys, Home/End (Ctrl for corners) move; Enter explains; Escape closes.
import type { KeyboardEvent, ReactElement } from 'react';
import { useCallback, useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { moveCell } from '../../ui/gridKeys';
import { HeatmapCell } from './HeatmapCell';
import type { ActiveCell } from './useHeatmapStore';
import type { WindowCache } from './windowCache';

export const ROW_H = 26;
export const COL_W = 34;
export const HEAD_H = 128;
export const ROW_HEAD_W = 240;

export interface HeatmapGridProps {
  cache: WindowCache;
  rows: number;
  cols: number;
  pivot: 'users' | 'orgs';
  active: ActiveCell;
  onActive(cell: ActiveCell): void;
  onOpen(cell: ActiveCell): void;
  onClose(): void;
}

export function HeatmapGrid({ cache, rows, cols, pivot, active, onActive, onOpen, onClose }: HeatmapGridProps): ReactElement {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowV = useVirtualizer({ count: rows, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_H, overscan: 6, paddingStart: HEAD_H });
  const colV = useVirtualizer({ horizontal: true, count: cols, getScrollElement: () => scrollRef.current, estimateSize: () => COL_W, overscan: 4, paddingStart: ROW_HEAD_W });
  const vRows = rowV.getVirtualItems();
  const vCols = colV.getVirtualItems();
  const r0 = vRows[0]?.index ?? 0;
  const r1 = (vRows[vRows.length - 1]?.index ?? -1) + 1;
  const c0 = vCols[0]?.index ?? 0;
  const c1 = (vCols[vCols.length - 1]?.index ?? -1) + 1;

  useEffect(() => {
    if (rows > 0 && cols > 0) cache.ensure({ start: r0, end: Math.max(r1, r0 + 1) }, { start: c0, end: Math.max(c1, c0 + 1) });
  }, [cache, r0, r1, c0, c1, rows, cols]);

  const move = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onOpen(active);
        return;
      }
      if (e.key === 'Escape') {
        onClose();
        return;
      }
      const page = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEAD_H) / ROW_H) - 1);
      const next = moveCell(active, e.key, { rows, cols, page, ctrl: e.ctrlKey || e.metaKey });
      if (!next) return;
      e.preventDefault();
      onActive(next);
      rowV.scrollToIndex(next.row, { align: 'auto' });
      colV.scrollToIndex(next.col, { align: 'auto' });
    },
    [active, rows, cols, onActive, onOpen, onClose, rowV, colV],
  );

  const totalW = colV.getTotalSize();
  const totalH = rowV.getTotalSize();
  const activeId = rows > 0 && cols > 0 ? `hm-cell-${active.row}-${active.col}` : undefined;
  const activeVisible = active.row >= r0 && active.row < r1 && active.col >= c0 && active.col < c1;
  const what = pivot === 'users' ? 'Users' : 'Orgs';

  return (
    <div
      ref={scrollRef}
      className="hm-scroll"
      data-testid="heatmap-scroll"
      role="grid"
      aria-label={`Access heatmap: ${what.toLowerCase()} by projects`}
      aria-rowcount={rows + 1}
      aria-colcount={cols + 1}
      aria-activedescendant={activeVisible ? activeId : undefined}
      tabIndex={0}
      onKeyDown={move}
      onClick={(e) => {
        const el = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
        if (!el) return;
        const cell = { row: Number(el.dataset.row), col: Number(el.dataset.col) };
        onActive(cell);
        onOpen(cell);
      }}
    >
      <div className="hm-canvas" style={{ width: totalW, height: totalH }}>
        <div className="hm-colheads" role="row" aria-rowindex={1} style={{ width: totalW, height: HEAD_H }}>
          <div className="hm-corner" role="columnheader" style={{ width: ROW_HEAD_W, height: HEAD_H }}>
            <span>{what}</span>
            <span className="muted">Projects →</span>
          </div>
          {vCols.map((c) => {
            const meta = cache.col(c.index);
            return (
              <div
                key={c.key}
                role="columnheader"
                aria-colindex={c.index + 2}
                className={`hm-colhead${c.index === active.col ? ' is-active' : ''}`}
                style={{ left: c.start, width: COL_W, height: HEAD_H }}
                title={meta ? `${meta.name} (${meta.id}): ${meta.cells.toLocaleString('en-US')} with access` : undefined}
              >
                <span>{meta?.name ?? ''}</span>
              </div>
            );
          })}
        </div>
        {vRows.map((r) => {
          const meta = cache.row(r.index);
          const rowLabel = meta?.id ?? `row ${r.index + 1}`;
          return (
            <div key={r.key} role="row" aria-rowindex={r.index + 2} className={`hm-row${r.index === active.row ? ' is-active' : ''}`} style={{ top: r.start, height: ROW_H, width: totalW }}>
              <div role="rowheader" className="hm-rowhead" style={{ width: ROW_HEAD_W, height: ROW_H }} title={meta ? `${meta.name} (${meta.id})` : undefined}>
                <span className="hm-rowname">{meta ? (meta.name === meta.id ? meta.id : meta.name) : ''}</span>
                <span className="hm-rowid">{meta && meta.name !== meta.id ? meta.id : ''}</span>
                <span className="hm-rowcount" title={meta ? `${meta.cells} project${meta.cells === 1 ? '' : 's'} shown` : undefined}>
                  {meta ? meta.cells : ''}
                </span>
              </div>
              {vCols.map((c) => (
                <HeatmapCell
                  key={c.key}
                  id={`hm-cell-${r.index}-${c.index}`}
                  row={r.index}
                  col={c.index}
                  cell={cache.cell(r.index, c.index)}
                  rowLabel={rowLabel}
                  colLabel={cache.col(c.index)?.name ?? `column ${c.index + 1}`}
                  pivot={pivot}
                  active={r.index === active.row && c.index === active.col}
                  style={{ left: c.start, width: COL_W, height: ROW_H }}
                />
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
