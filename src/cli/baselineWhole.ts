/** `baseline` through the older writer (ExcelJS, the whole workbook), for the packages the part-by-part writer declines. */
import { prepareConsolidation } from "../core/compute";
import type { SpecValue } from "../sheets/types";
import { appendBaseline } from "../xlsx/baselineWriter";
import { fillBlankCells, findSheet } from "../xlsx/renderWorkbookSpec";
import { saveCopy } from "../xlsx/saveCopy";
import type { ConsolidateFlags } from "./consolidateFile";
import { loadPlanToWrite } from "./loadPlanToWrite";
import type { Io } from "./program";

/**
 * Append the baseline `rows` to a copy written whole; the sheet they went to and what the user should know.
 * @example await baselineWhole("plan.xlsx", "out.xlsx", {}, io, new Date(), rows)
 */
export async function baselineWhole(
  file: string,
  output: string,
  flags: ConsolidateFlags,
  io: Io,
  now: Date,
  rows: SpecValue[][],
): Promise<{ sheet: string; notes: string[] }> {
  const { parsed, read, asOf, workbook, notes } = await loadPlanToWrite(file, flags, io, now);
  const prepared = prepareConsolidation(parsed, asOf);
  for (const [sheetName, fills] of prepared.fills.bySheet) {
    const sheet = findSheet(workbook, sheetName);
    if (sheet) fillBlankCells(sheet, fills);
  }
  const sheet = appendBaseline(workbook, rows);
  await saveCopy(workbook, file, output, read, { planners: [sheet], fills: prepared.fills.bySheet });
  return { sheet, notes };
}
