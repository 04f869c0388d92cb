/**
 * The Dashboard's picture of who is overstretched and when: each overloaded
 * owner's load over twelve weeks, a small heat strip drawn by the same rules
 * as the Load sheet (bold on red above capacity, shaded by load below), the
 * numbers themselves the labels so it reads in black and white too.
 */
import type { Analysis } from "../core/analysisTypes";
import { overloadsByOwner } from "../core/compute";
import { ukOf } from "../core/days";
import type { Day } from "../core/types";
import { columnLetters } from "./a1";
import type { Section } from "./dashboardSections";
import { loadHeatRules } from "./loadHeatRules";
import type { ConditionalRule } from "./types";

/** Weeks the strip shows, and owners (the worst first): enough for the one printed page. */
export const STRIP_WEEKS = 12;
export const STRIP_OWNERS = 12;
/** Weeks shown before an owner's worst week, so the build-up is visible. */
const LEAD_WEEKS = 4;

/**
 * The strip as a Dashboard section, or null when nobody is overloaded.
 * @example heatStripSection(analysis)?.header // ["Owner", "Capacity", "28/12", "04/01", …]
 */
export function heatStripSection(analysis: Analysis): Section | null {
  const owners = overloadsByOwner(analysis.overloads).slice(0, STRIP_OWNERS);
  const { loadSpan: span } = analysis;
  if (owners.length === 0 || span.weeks === 0) return null;
  const first = stripStart(
    owners.map((o) => o.worst.week),
    span.firstWeek,
    span.weeks,
  );
  const shown = Math.min(STRIP_WEEKS, span.weeks);
  const offset = (first - span.firstWeek) / 7;
  const weeks = Array.from({ length: shown }, (_, i) => first + 7 * i);
  const maxLoad = Math.max(1, ...analysis.load.map((o) => o.peak));
  const loadCols = `C:${columnLetters(1 + shown)}`;
  return {
    title: `Overloaded owners week by week, from ${ukOf(first)} (bold on red: above capacity)`,
    header: ["Owner", "Capacity", ...weeks.map((w) => ukOf(w).slice(0, 5))],
    dateColumns: [],
    rows: owners.map(({ owner, worst }) => {
      const load = analysis.load.find((o) => o.owner === owner);
      return [owner, worst.capacity, ...weeks.map((_, i) => load?.weeks[offset + i] ?? 0)];
    }),
    rules: (top, bottom): ConditionalRule[] => {
      const [from, to] = loadCols.split(":");
      return loadHeatRules(`${from}${top}:${to}${bottom}`, `${from}${top}`, `$B${top}`, maxLoad);
    },
  };
}

/**
 * The first week of the strip: the twelve weeks holding the most owners' worst
 * weeks, each window starting a few weeks before one of them, inside the span.
 */
function stripStart(worstWeeks: Day[], firstWeek: Day, spanWeeks: number): Day {
  const lastStart = firstWeek + 7 * Math.max(0, spanWeeks - STRIP_WEEKS);
  const clamp = (day: Day) => Math.min(lastStart, Math.max(firstWeek, day));
  let best = clamp(worstWeeks[0] - 7 * LEAD_WEEKS);
  let bestCount = -1;
  for (const candidate of [...new Set(worstWeeks.map((w) => clamp(w - 7 * LEAD_WEEKS)))].sort((a, b) => a - b)) {
    const count = worstWeeks.filter((w) => w >= candidate && w < candidate + 7 * STRIP_WEEKS).length;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}
