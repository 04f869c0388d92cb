/** =PLAN.RAGROLLUP: one overall status for a range of ratings, by the engine's roll-up rules. */
import { rollUp } from "../core/compute";
import type { RagValue, RollupRule } from "../core/types";
import { optionalChoiceArg } from "./args";
import { countRatings } from "./ratings";

export const ROLLUP_RULES: readonly RollupRule[] = ["worst", "majority", "score"];

/**
 * =PLAN.RAGROLLUP(ratings, [rule]): the overall RAG by `worst` (default), `majority` or `score`.
 * @example ragRollup([["G"], ["A"], ["G"]], "majority") // "Green"
 */
export function ragRollup(ratings: unknown, rule: unknown): RagValue {
  const chosen = optionalChoiceArg("rule", rule, ROLLUP_RULES);
  return rollUp(countRatings("ratings", ratings), chosen);
}
