/** A percent-complete cell, however it was typed. */
import { isBlank, numberOf } from "../parse/cells";
import type { CellValue } from "../types";

export type PercentRead = { kind: "blank" } | { kind: "points"; points: number } | { kind: "bad" };

/**
 * Percent complete in points (0–100): a %-formatted cell holds 0.4 for 40%, so
 * a number up to 1 is a fraction; a larger number, or text (`"40"`, `"40%"`),
 * is points already. `0` is 0% (Excel hands a blank over as `""` or null).
 * @example readPercent(0.4) // { kind: "points", points: 40 }; readPercent("40") // same
 */
export function readPercent(value: CellValue): PercentRead {
  if (isBlank(value)) return { kind: "blank" };
  const n = numberOf(value);
  if (n === null) return { kind: "bad" };
  const points = typeof value === "number" && n <= 1 ? n * 100 : n;
  if (!(points >= 0 && points <= 100)) return { kind: "bad" };
  return { kind: "points", points: Math.round(points * 100) / 100 };
}
