// One heatmap cell: the level's colour from the one level scale with its initial, a small mark
// for how access comes (direct, via org, public; ui.md route marks), and a what-if outline
// with the level it would become. One element per cell keeps the DOM small at any size.
import type { CSSProperties, ReactElement } from 'react';
import { memo } from 'react';
import { levelSwatch } from '../../ui/levelScale';
import { cellLabel, rankLevel } from './heatmapText';
import type { ShownCell } from './windowCache';

export interface HeatmapCellProps {
  id: string;
  cell: ShownCell | undefined;
  rowLabel: string;
  colLabel: string;
  pivot: 'users' | 'orgs';
  active: boolean;
  style: CSSProperties;
  row: number;
  col: number;
}

export const HeatmapCell = memo(function HeatmapCell({ id, cell, rowLabel, colLabel, pivot, active, style, row, col }: HeatmapCellProps): ReactElement {
  const label = cellLabel(rowLabel, colLabel, cell, pivot);
  if (!cell) {
    return <div id={id} role="gridcell" className="hm-cell is-loading" style={style} aria-label={label} data-row={row} data-col={col} />;
  }
  const s = levelSwatch(cell.level);
  const change = cell.change;
  const after = change ? levelSwatch(rankLevel(change.to)) : null;
  const classes = [
    'hm-cell',
    cell.level === 'NONE' ? 'is-empty' : `hm-k-${cell.kind ?? 'none'}`,
    cell.flag ? 'has-more' : '',
    active ? 'is-active' : '',
    change ? (change.to < change.from ? 'is-loss' : 'is-gain') : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      id={id}
      role="gridcell"
      className={classes}
      style={{ ...style, background: s.background, color: s.foreground }}
      title={label}
      aria-label={label}
      aria-selected={active}
      data-row={row}
      data-col={col}
      data-level={cell.level}
    >
      {change && after ? `${levelSwatch(rankLevel(change.from)).initial}→${after.initial}` : cell.level === 'NONE' ? '' : s.initial}
    </div>
  );
});
