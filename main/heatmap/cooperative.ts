// Long whole-workspace computations written once as generators that `yield` at safe points,
// then either drained synchronously (tests, benchmarks, small callers) or run in slices that
// give the event loop back between them. In the desktop app the services live in Electron's
// main process, where a second of uninterrupted work would freeze every IPC reply.
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end without yielding to the event loop. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Thrown into the caller when a sliced run was cancelled (a newer workspace version, close). */
export class CancelledError extends Error {
  constructor(reason: string) {
    super(`heatmap computation cancelled: ${reason}`);
    this.name = 'CancelledError';
  }
}

export interface SliceOptions {
  /** Work per turn of the event loop before giving it back. */
  sliceMs: number;
  /** Checked before every slice; a reason stops the run with CancelledError. */
  cancelled(): string | null;
  /** Observers (tests, benchmarks): called after each slice. */
  onSlice?(ms: number): void;
}

/** Runs the steps in slices of about `sliceMs`, each on its own setImmediate turn. */
export function runSliced<T>(steps: Steps<T>, opts: SliceOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const slice = (): void => {
      const reason = opts.cancelled();
      if (reason !== null) {
        steps.return(undefined as never);
        reject(new CancelledError(reason));
        return;
      }
      const start = performance.now();
      try {
        for (;;) {
          const r = steps.next();
          if (r.done) {
            opts.onSlice?.(performance.now() - start);
            resolve(r.value);
            return;
          }
          if (performance.now() - start >= opts.sliceMs) break;
        }
      } catch (err) {
        reject(err);
        return;
      }
      opts.onSlice?.(performance.now() - start);
      setImmediate(slice);
    };
    setImmediate(slice);
  });
}
