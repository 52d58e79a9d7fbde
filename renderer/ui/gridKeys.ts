// Where an arrow, Home/End or Page key moves the active cell of a grid (WAI-ARIA grid
// pattern). Pure, so the key map is tested without a DOM; null means "not a grid key".
export interface Cell {
  row: number;
  col: number;
}

export function moveCell(cur: Cell, key: string, size: { rows: number; cols: number; page: number; ctrl: boolean }): Cell | null {
  const clampRow = (r: number): number => Math.max(0, Math.min(size.rows - 1, r));
  const clampCol = (c: number): number => Math.max(0, Math.min(size.cols - 1, c));
  switch (key) {
    case 'ArrowDown':
      return { row: clampRow(cur.row + 1), col: cur.col };
    case 'ArrowUp':
      return { row: clampRow(cur.row - 1), col: cur.col };
    case 'ArrowRight':
      return { row: cur.row, col: clampCol(cur.col + 1) };
    case 'ArrowLeft':
      return { row: cur.row, col: clampCol(cur.col - 1) };
    case 'PageDown':
      return { row: clampRow(cur.row + size.page), col: cur.col };
    case 'PageUp':
      return { row: clampRow(cur.row - size.page), col: cur.col };
    case 'Home':
      return size.ctrl ? { row: 0, col: 0 } : { row: cur.row, col: 0 };
    case 'End':
      return size.ctrl ? { row: size.rows - 1, col: size.cols - 1 } : { row: cur.row, col: size.cols - 1 };
    default:
      return null;
  }
}
