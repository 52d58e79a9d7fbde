// One matrix row: the sticky user cell and the windowed org cells. Memoised so scrolling
// re-renders only the rows that enter the window, not every row on screen, which keeps frames
// short at 20k users x 200 orgs.
import type { ReactElement } from 'react';
import { memo } from 'react';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { MatrixIndex } from '../../../shared/contract/index';
import { cellAt, decodeMatrixCell } from '../../../shared/contract/index';
import type { OutboxMarks } from '../changes/useOutboxMarks';
import { memberTarget } from '../changes/useOutboxMarks';
import { MatrixCellContent, cellLabel } from './MatrixCell';
import type { MatrixSelectionState } from './selection';
import { isSelected } from './selection';

export const cellId = (row: number, col: number): string => `mx-${row}-${col}`;

export interface MatrixRowProps {
  ix: MatrixIndex;
  orgIds: readonly string[];
  /** The user's index in the data. */
  u: number;
  /** The display row. */
  rowIndex: number;
  top: number;
  width: number;
  vCols: readonly VirtualItem[];
  selection: MatrixSelectionState;
  /** The active column when the active cell is in this row, else -1. */
  activeCol: number;
  marks: OutboxMarks;
}

export const MatrixRow = memo(function MatrixRow({ ix, orgIds, u, rowIndex, top, width, vCols, selection, activeCol, marks }: MatrixRowProps): ReactElement {
  const users = ix.data.users;
  const user = users.ids[u] ?? '';
  const rowSelected = selection.rows.has(user);
  return (
    <div className={`mx-row${rowSelected ? ' is-selected' : ''}`} role="row" aria-rowindex={rowIndex + 2} style={{ transform: `translateY(${top}px)`, width }}>
      <div
        id={cellId(rowIndex, 0)}
        className={`mx-user${activeCol === 0 ? ' is-active' : ''}`}
        role="rowheader"
        aria-colindex={1}
        aria-selected={rowSelected}
        data-r={rowIndex}
        data-c={0}
        title={`${users.names[u] ?? ''} (${user}) ${users.emails[u] ?? ''}`}
      >
        <span className="mx-name">{users.names[u]}</span>
        <span className="mx-handle">{user}</span>
      </div>
      {vCols.map((c) => {
        const org = orgIds[c.index] ?? '';
        const code = cellAt(ix, u, ix.orgIndex.get(org) ?? -1);
        const facts = code < 0 ? null : decodeMatrixCell(code);
        const problem = facts ? marks.problem(memberTarget(org, user)) : null;
        const selected = rowSelected || isSelected(selection, user, org);
        return (
          <div
            key={org}
            id={cellId(rowIndex, c.index + 1)}
            className={`mx-gc${facts ? '' : ' is-empty'}${selected ? ' is-selected' : ''}${activeCol === c.index + 1 ? ' is-active' : ''}`}
            role="gridcell"
            aria-colindex={c.index + 2}
            aria-selected={selected}
            aria-label={cellLabel(facts, problem)}
            data-r={rowIndex}
            data-c={c.index + 1}
            style={{ left: c.start, width: c.size }}
          >
            <MatrixCellContent facts={facts} problem={problem} />
          </div>
        );
      })}
    </div>
  );
});
