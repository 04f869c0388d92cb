/**
 * The engine's hot path: computeLoad over many actions. Targets: 20,000
 * actions, 300 owners, two years under 50 ms; 100,000 actions under 250 ms.
 */
import { computeLoad, findClashes, type LoadItem } from "../src/core/compute";
import { medianMs, type Benchmark } from "./harness";

/** A deterministic pseudo-random sequence (so runs compare). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

/** `count` actions over two years, `owners` owners, a fifth joint, 1–8 weeks long, some with staff days. */
function items(count: number, owners: number): LoadItem[] {
  const next = lcg(5);
  const first = 14488; // 01/09/2009
  const out: LoadItem[] = [];
  for (let i = 0; i < count; i++) {
    const a = `Owner ${Math.floor(next() * owners)}`;
    const names = next() < 0.2 ? [a, `Owner ${Math.floor(next() * owners)}`] : [a];
    const start = first + Math.floor(next() * 730);
    out.push({
      id: `A${i}`,
      owners: names,
      start,
      due: start + 7 + Math.floor(next() * 49),
      complete: next() < 0.1,
      staffDays: next() < 0.3 ? 1 + Math.floor(next() * 10) : null,
    });
  }
  return out;
}

export const benchmark: Benchmark = {
  name: "engine",
  run: async () => {
    const small = items(20_000, 300);
    const large = items(100_000, 300);
    const capacity = () => 3;
    const daysPerWeekOf = () => 2;
    return {
      computeload_20k_ms: await medianMs(() => computeLoad(small, capacity, { daysPerWeekOf }), 7),
      computeload_100k_ms: await medianMs(() => computeLoad(large, capacity, { daysPerWeekOf }), 7),
      computeload_100k_no_days_ms: await medianMs(() => computeLoad(large, capacity), 7),
      findclashes_100k_ms: await medianMs(() => findClashes(large, 3), 7),
    };
  },
};
