/** RAG counts and the three roll-up rules. */
import type { RagCounts } from "../analysisTypes";
import { RAG_VALUES, type RagValue, type RatedRag, type RollupRule } from "../types";

/**
 * Every roll-up rule with the words shown beside its result (Dashboard, pane, command line).
 * @example ROLLUP_RULE_LABELS.worst // "Worst of"
 */
export const ROLLUP_RULE_LABELS: Readonly<Record<RollupRule, string>> = {
  worst: "Worst of",
  majority: "Majority",
  score: "Weighted score",
};

/** The rated scale worst first; position + 1 is the score (Red = 1 … Green = 5). */
const RATED_WORST_FIRST: readonly RatedRag[] = ["Red", "Amber/Red", "Amber", "Amber/Green", "Green"];

/**
 * How many of each RAG value, all seven keys present.
 * @example countRag(["Red", "Green", "Green"]).Green // 2
 */
export function countRag(values: Iterable<RagValue>): RagCounts {
  const counts = emptyCounts();
  for (const value of values) counts[value]++;
  return counts;
}

/**
 * Every RAG value at zero.
 * @example emptyCounts()["Not rated"] // 0
 */
export function emptyCounts(): RagCounts {
  return Object.fromEntries(RAG_VALUES.map((v) => [v, 0])) as RagCounts;
}

/**
 * One status for many, by a rule:
 * - `worst`: the worst rated value;
 * - `majority`: the most common rated value, a tie going to the worse;
 * - `score`: the mean of Red = 1, Amber/Red = 2, Amber = 3, Amber/Green = 4,
 *   Green = 5, rounded to the nearest band; a mean exactly half-way rounds
 *   toward the worse band, so a tie never hides a problem. On a three-point
 *   plan the mean can land on a five-point band (Red and Amber give
 *   Amber/Red): the nearest band is the honest answer, so it is kept.
 * Complete and Not rated count only when nothing is rated: then Complete
 * when anything is complete, else Not rated.
 * @example rollUp(["Green", "Amber", "Green"], "majority") // "Green"
 * @example rollUp(["Red", "Green"], "score") // "Amber"
 */
export function rollUp(values: readonly RagValue[] | RagCounts, rule: RollupRule): RagValue {
  const counts = isCounts(values) ? values : countRag(values);
  const rated = RATED_WORST_FIRST.reduce((sum, v) => sum + counts[v], 0);
  if (rated === 0) return counts.Complete > 0 ? "Complete" : "Not rated";
  if (rule === "worst") return RATED_WORST_FIRST.find((v) => counts[v] > 0) as RatedRag;
  if (rule === "majority") {
    // Scanning worst first and replacing only on a strictly larger count keeps ties on the worse value.
    return RATED_WORST_FIRST.reduce((best, v) => (counts[v] > counts[best] ? v : best));
  }
  const total = RATED_WORST_FIRST.reduce((sum, v, i) => sum + counts[v] * (i + 1), 0);
  // ceil(x - 0.5) rounds half-way down, toward Red. The division is exact at
  // half-way points (odd / 2 over an even count), so no epsilon is needed.
  const band = Math.ceil(total / rated - 0.5);
  return RATED_WORST_FIRST[band - 1];
}

function isCounts(values: readonly RagValue[] | RagCounts): values is RagCounts {
  return !Array.isArray(values);
}
