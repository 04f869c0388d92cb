/** The numbers behind an owner's weekly load strip. */
import type { OwnerLoad } from "../../core/analysisTypes";

export interface StripBar {
  /** Index into the plan's weeks. */
  week: number;
  load: number;
  /** Share of the strip's height, 0..100. */
  heightPct: number;
  over: boolean;
}

export interface Strip {
  bars: StripBar[];
  /** Height of the capacity line, 0..100. */
  capacityPct: number;
}

/**
 * Bar heights scaled so the taller of the peak and the capacity fills the strip.
 * @example loadStrip({ weeks: [1, 4], capacity: 2, peak: 4 } as OwnerLoad).bars.map((b) => b.heightPct) // [25, 100]
 */
export function loadStrip(load: Pick<OwnerLoad, "weeks" | "capacity" | "peak">): Strip {
  const top = Math.max(load.peak, load.capacity, 1);
  const pct = (n: number) => Math.round((Math.max(0, n) / top) * 1000) / 10;
  return {
    bars: load.weeks.map((n, week) => ({ week, load: n, heightPct: pct(n), over: n > load.capacity })),
    capacityPct: pct(load.capacity),
  };
}
