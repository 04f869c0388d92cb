/** =PLAN.RAGSTATUS: the schedule-derived RAG of an action, or of each row of ranges. */
import { deriveRag } from "../core/compute";
import type { Day, RagValue } from "../core/types";
import { badCell, columnArg, dayAt, optionalColumnArg, optionalDayArg, sameHeight, type Column } from "./args";
import { readPercent } from "../core/rules/percent";
import { statusAt } from "./statuses";

/**
 * =PLAN.RAGSTATUS(start, due, percent_complete, [status], [as_of]): one result
 * per row (a single cell gives one). Rows with nothing in them give "".
 * @example ragStatus([[39873]], [[39900]], [[0.5]], null, null, today) // [["Green"]]
 */
export function ragStatus(
  start: unknown,
  due: unknown,
  percentComplete: unknown,
  status: unknown,
  asOf: unknown,
  today: Day,
): (RagValue | "")[][] {
  const starts = columnArg("start", start);
  const dues = columnArg("due", due);
  const percents = columnArg("percent_complete", percentComplete);
  const statuses = optionalColumnArg("status", status);
  const height = sameHeight([starts, dues, percents, statuses]);
  const day = optionalDayArg("as_of", asOf, today) as Day;
  const out: (RagValue | "")[][] = new Array(height);
  for (let i = 0; i < height; i++) {
    const s = dayAt(starts, i);
    const d = dayAt(dues, i);
    const p = percentAt(percents, i);
    const st = statuses ? statusAt(statuses, i) : null;
    out[i] = [
      s === null && d === null && p === null && st === null
        ? ""
        : // The engine counts in points (0–100) and, as when reading a plan, 100% means Complete.
          deriveRag(
            {
              start: s,
              due: d,
              percentComplete: p === null ? null : p * 100,
              status: p === 1 ? "Complete" : (st ?? "Not started"),
            },
            day,
          ),
    ];
  }
  return out;
}

/**
 * A percent-complete cell as a fraction 0..1, read by the engine's one reader:
 * 0.4 (a cell formatted as %), 40, text "40" or "40%". Blank is null; 0 is 0%.
 * @example percentAt(columnArg("percent_complete", [["40"]]), 0) // 0.4
 */
export function percentAt(column: Column, index: number): number | null {
  const value = column.values[index];
  const read = typeof value === "number" || typeof value === "string" || value == null ? readPercent(value) : null;
  if (read === null || read.kind === "bad") throw badCell(column, index, "a percentage from 0% to 100%");
  return read.kind === "points" ? read.points / 100 : null;
}
