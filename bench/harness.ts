/** Small helpers shared by the benchmarks: timing with medians. */

/** The median of some numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median wall time of `runs` calls of `fn` in milliseconds, after one warm-up call.
 * @example await medianMs(() => analysePlan(plan, asOf), 5)
 */
export async function medianMs(fn: () => unknown, runs = 5, warmUp = 1): Promise<number> {
  for (let i = 0; i < warmUp; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return round(median(times));
}

export function round(value: number, places = 1): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

/** A benchmark module: a name and a run that returns flat figures. */
export interface Benchmark {
  name: string;
  run: () => Promise<Record<string, number>>;
}
