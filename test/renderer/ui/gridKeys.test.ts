// Key map of the grid: arrows, paging and Home/End move the active cell and stop at the edges.
import { describe, expect, it } from 'vitest';
import { moveCell } from '../../../renderer/ui/gridKeys';

const size = { rows: 10, cols: 4, page: 3, ctrl: false };

describe('grid keyboard movement', () => {
  it('moves by one cell with the arrows and stops at the edges', () => {
    expect(moveCell({ row: 0, col: 0 }, 'ArrowDown', size)).toEqual({ row: 1, col: 0 });
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', size)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 2, col: 3 }, 'ArrowRight', size)).toEqual({ row: 2, col: 3 });
    expect(moveCell({ row: 2, col: 1 }, 'ArrowLeft', size)).toEqual({ row: 2, col: 0 });
  });

  it('pages and jumps with Home/End (Ctrl for the whole grid)', () => {
    expect(moveCell({ row: 8, col: 1 }, 'PageDown', size)).toEqual({ row: 9, col: 1 });
    expect(moveCell({ row: 5, col: 1 }, 'PageUp', size)).toEqual({ row: 2, col: 1 });
    expect(moveCell({ row: 5, col: 2 }, 'Home', size)).toEqual({ row: 5, col: 0 });
    expect(moveCell({ row: 5, col: 2 }, 'End', { ...size, ctrl: true })).toEqual({ row: 9, col: 3 });
  });

  it('ignores other keys', () => {
    expect(moveCell({ row: 0, col: 0 }, 'a', size)).toBeNull();
    expect(moveCell({ row: 0, col: 0 }, 'Enter', size)).toBeNull();
  });
});
