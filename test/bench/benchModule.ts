// What a benchmark is: a name and a run() returning a JSON-able result. run.ts lists them;
// benchmarks print numbers and never assert on time.
export interface BenchModule {
  name: string;
  description: string;
  run(): Promise<Record<string, unknown>> | Record<string, unknown>;
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return 0;
  const i = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return round(sortedMs[i] ?? 0);
}

export function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/** Deterministic PRNG (mulberry32) so every run builds the same workspace. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
