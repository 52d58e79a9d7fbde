// Fetches the heatmap in blocks (rows x columns) as the grid scrolls and keeps them decoded
// for rendering. Only blocks near the viewport are asked for; a block of another query or
// workspace version is never mixed in. No React here: the hook below subscribes to it.
import type { HeatmapQueryInput, HeatmapWindow } from '../../../shared/contract/index';
import { decodeHeatmapRow } from '../../../shared/contract/index';
import type { HeatmapCellValue } from '../../../shared/contract/index';
import type { Client } from '../../../shared/rpc/index';

export const BLOCK_ROWS = 64;
export const BLOCK_COLS = 48;
const MAX_BLOCKS = 240;

export interface RowMeta {
  id: string;
  name: string;
  count: number;
  cells: number;
}
export interface ColMeta {
  id: string;
  name: string;
  cells: number;
}
export type ShownCell = HeatmapCellValue & { org?: string; change?: { from: number; to: number } };

interface Block {
  cells: ShownCell[][];
}

export interface Totals {
  rows: number;
  cols: number;
  allRows: number;
  allCols: number;
  changed: number;
  version: string;
}

export class WindowCache {
  private blocks = new Map<string, Block>();
  private inflight = new Set<string>();
  private rowMeta = new Map<number, RowMeta>();
  private colMeta = new Map<number, ColMeta>();
  private listeners = new Set<() => void>();
  private generation = 0;
  totals: Totals | null = null;
  error: string | null = null;

  constructor(
    private readonly client: Client,
    private readonly query: HeatmapQueryInput,
  ) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of [...this.listeners]) l();
  }

  /** Drops everything (the workspace changed); the next ensure() refetches. */
  invalidate(): void {
    this.generation++;
    this.blocks.clear();
    this.inflight.clear();
    this.rowMeta.clear();
    this.colMeta.clear();
    this.emit();
  }

  row(r: number): RowMeta | undefined {
    return this.rowMeta.get(r);
  }
  col(c: number): ColMeta | undefined {
    return this.colMeta.get(c);
  }
  cell(r: number, c: number): ShownCell | undefined {
    const b = this.blocks.get(blockKey(Math.floor(r / BLOCK_ROWS), Math.floor(c / BLOCK_COLS)));
    return b?.cells[r % BLOCK_ROWS]?.[c % BLOCK_COLS];
  }

  /** Asks for every block the given ranges touch that is not here yet. */
  ensure(rows: { start: number; end: number }, cols: { start: number; end: number }): void {
    const rb0 = Math.floor(rows.start / BLOCK_ROWS);
    const rb1 = Math.floor(Math.max(rows.start, rows.end - 1) / BLOCK_ROWS);
    const cb0 = Math.floor(cols.start / BLOCK_COLS);
    const cb1 = Math.floor(Math.max(cols.start, cols.end - 1) / BLOCK_COLS);
    for (let rb = rb0; rb <= rb1; rb++) for (let cb = cb0; cb <= cb1; cb++) void this.fetch(rb, cb);
  }

  private async fetch(rb: number, cb: number): Promise<void> {
    const key = blockKey(rb, cb);
    if (this.blocks.has(key) || this.inflight.has(key)) return;
    if (this.totals && (rb * BLOCK_ROWS >= Math.max(1, this.totals.rows) || cb * BLOCK_COLS >= Math.max(1, this.totals.cols))) return;
    this.inflight.add(key);
    const generation = this.generation;
    const result = await this.client.tryCall('heatmap.window', {
      ...this.query,
      rows: { start: rb * BLOCK_ROWS, end: (rb + 1) * BLOCK_ROWS },
      cols: { start: cb * BLOCK_COLS, end: (cb + 1) * BLOCK_COLS },
    });
    if (generation !== this.generation) return;
    this.inflight.delete(key);
    if (!result.ok) {
      this.error = result.error.message;
      this.emit();
      return;
    }
    const w = result.value;
    if (this.totals && this.totals.version !== w.version) {
      // The workspace changed between two blocks: start again from this answer.
      this.generation++;
      this.blocks.clear();
      this.inflight.clear();
      this.rowMeta.clear();
      this.colMeta.clear();
    }
    this.error = null;
    this.store(key, w);
    this.emit();
  }

  private store(key: string, w: HeatmapWindow): void {
    this.totals = { rows: w.totalRows, cols: w.totalCols, allRows: w.allRows, allCols: w.allCols, changed: w.changedTotal, version: w.version };
    w.rows.forEach((r, i) => this.rowMeta.set(w.rowStart + i, r));
    w.cols.forEach((c, i) => this.colMeta.set(w.colStart + i, c));
    const cells: ShownCell[][] = w.cells.map((row, i) => decodeHeatmapRow(row, w.via[i] ?? [], w.orgs));
    for (let i = 0; i < w.changes.length; i += 4) {
      const row = cells[w.changes[i] as number];
      const col = w.changes[i + 1] as number;
      if (row && row[col]) row[col] = { ...row[col], change: { from: w.changes[i + 2] as number, to: w.changes[i + 3] as number } };
    }
    this.blocks.set(key, { cells });
    if (this.blocks.size > MAX_BLOCKS) {
      const oldest = this.blocks.keys().next().value;
      if (oldest !== undefined) this.blocks.delete(oldest);
    }
  }
}

function blockKey(rb: number, cb: number): string {
  return `${rb}:${cb}`;
}
