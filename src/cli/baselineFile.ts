/** `implan baseline <plan.xlsx> -o <out.xlsx>`: record every action as it stands, below the earlier baselines. */
import { baselineSnapshot, prepareConsolidation } from "../core/compute";
import { serialOf as serialIn, ukOf } from "../core/days";
import type { Day } from "../core/types";
import { baselineMessage, baselineRows } from "../sheets/baselineSheet";
import { appendBaseline } from "../xlsx/baselineWriter";
import { saveCopy } from "../xlsx/saveCopy";
import { fillBlankCells, findSheet } from "../xlsx/renderWorkbookSpec";
import { checkedOutput, type ConsolidateFlags } from "./consolidateFile";
import { progress } from "./loadPlan";
import { loadPlanToWrite } from "./loadPlanToWrite";
import { UsageError, type Io } from "./program";

/**
 * Set a baseline dated `--as-of` (else the plan's As of, else today) into a copy of the plan.
 * Blank action IDs are filled first, so every action can be matched at the next review.
 * @example await baselineFile("plan.xlsx", { output: "reviewed.xlsx", asOf: "2009-11-16" }, io)
 */
export async function baselineFile(file: string, flags: ConsolidateFlags, io: Io, now = new Date()): Promise<void> {
  const output = checkedOutput(file, flags);
  const { parsed, read, asOf, workbook, notes } = await loadPlanToWrite(file, flags, io, now);
  const earlier = parsed.baselines ?? [];
  if (earlier.some((b) => b.date === asOf)) {
    throw new UsageError(
      `${file}: already has a baseline of ${ukOf(asOf)}; set this one with another --as-of date, or delete that baseline's rows first`,
    );
  }
  const prepared = prepareConsolidation(parsed, asOf);
  for (const [sheetName, fills] of prepared.fills.bySheet) {
    const sheet = findSheet(workbook, sheetName);
    if (sheet) fillBlankCells(sheet, fills);
  }
  const serialOf = (day: Day) => serialIn(day, parsed.date1904 === true);
  const snapshot = baselineSnapshot(prepared.analysis, parsed.plan.settings.name);
  progress(io, "Writing");
  const sheet = appendBaseline(workbook, baselineRows(snapshot, asOf, serialOf));
  await saveCopy(workbook, file, output, read, { planners: [sheet], fills: prepared.fills.bySheet });

  const filled = [...prepared.fills.bySheet.values()].reduce((n, list) => n + list.length, 0);
  io.out(
    [
      baselineMessage(snapshot.length, asOf, earlier.length),
      ...(filled > 0
        ? [`Filled in ${filled} missing action ID${filled === 1 ? "" : "s"}, so each action can be matched.`]
        : []),
      `Wrote ${output} (sheet ${sheet}).`,
      ...notes,
    ].join("\n") + "\n",
  );
}
