/** =PLAN.RAGSUMMARY: counts of each RAG value in a range, as text, a spilled table or shares. */
import type { RagCounts } from "../core/analysisTypes";
import type { RagValue } from "../core/types";
import { optionalChoiceArg } from "./args";
import { functionError } from "./errors";
import { countRatings } from "./ratings";

export const SUMMARY_FORMATS = ["text", "row", "column", "percent"] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

const THREE_POINT: readonly RagValue[] = ["Red", "Amber", "Green"];
const FIVE_POINT: readonly RagValue[] = ["Red", "Amber/Red", "Amber", "Amber/Green", "Green"];
const OUTSIDE_SCALE: readonly RagValue[] = ["Complete", "Not rated"];

const SHORT: Record<RagValue, string> = {
  Red: "R",
  "Amber/Red": "A/R",
  Amber: "A",
  "Amber/Green": "A/G",
  Green: "G",
  Complete: "Complete",
  "Not rated": "Not rated",
};

/**
 * The classes to show: the scale's rated classes always (five-point once any
 * A/R or A/G appears), then Complete and Not rated where `all` or non-zero.
 */
export function shownClasses(counts: RagCounts, all: boolean): RagValue[] {
  const five = counts["Amber/Red"] + counts["Amber/Green"] > 0;
  const rated = five ? FIVE_POINT : THREE_POINT;
  return [...rated, ...OUTSIDE_SCALE.filter((rag) => all || counts[rag] > 0)];
}

/**
 * The counts as one line, such as "R 2 · A 3 · G 10".
 * @example summaryText(counts) // "R 2 · A/R 1 · A 3 · A/G 0 · G 10"
 */
export function summaryText(counts: RagCounts): string {
  return shownClasses(counts, false)
    .map((rag) => `${SHORT[rag]} ${counts[rag]}`)
    .join(" · ");
}

/** Shares of the total as whole percentages, such as "R 13% · A 20% · G 67%". */
export function summaryPercent(counts: RagCounts, argName: string): string {
  const classes = shownClasses(counts, false);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total === 0) throw functionError("#N/A", `${argName}: no ratings to share out (every cell is blank)`);
  return classes.map((rag) => `${SHORT[rag]} ${Math.round((100 * counts[rag]) / total)}%`).join(" · ");
}

/**
 * =PLAN.RAGSUMMARY(ratings, [format]) as a 2-D result (a single cell is 1×1).
 * @example ragSummary([["R"], ["G"], ["G"]], "row") // [["Red", "Amber", "Green"], [1, 0, 2]]
 */
export function ragSummary(ratings: unknown, format: unknown): (string | number)[][] {
  const chosen: SummaryFormat = optionalChoiceArg("format", format, SUMMARY_FORMATS);
  const counts = countRatings("ratings", ratings);
  switch (chosen) {
    case "text":
      return [[summaryText(counts)]];
    case "percent":
      return [[summaryPercent(counts, "ratings")]];
    case "row": {
      const classes = shownClasses(counts, true);
      return [classes, classes.map((rag) => counts[rag])];
    }
    case "column":
      return shownClasses(counts, true).map((rag) => [rag, counts[rag]]);
  }
}
