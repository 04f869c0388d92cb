/** `consolidate` through the older writer (ExcelJS, the whole workbook), for the packages the part-by-part writer declines. */
import { prepareConsolidation } from "../core/compute";
import { consolidationSpec, type Consolidation } from "../sheets/consolidationSpec";
import { markedOwned } from "../sheets/marks";
import { ownedSheetsOf as ownedSheetsOfWorkbook } from "../xlsx/definedNames";
import { renderWorkbookSpec } from "../xlsx/renderWorkbookSpec";
import { saveCopy } from "../xlsx/saveCopy";
import type { ConsolidateFlags } from "./consolidateFile";
import { progress } from "./loadPlan";
import { loadPlanToWrite } from "./loadPlanToWrite";
import { baselineFlag } from "./options";
import type { Io } from "./program";

/**
 * The older writer, through ExcelJS: kept for packages the part-by-part writer declines.
 * @example await consolidateWhole("plan.xlsx", "out.xlsx", {}, io, new Date())
 */
export async function consolidateWhole(
  file: string,
  output: string,
  flags: ConsolidateFlags,
  io: Io,
  now: Date,
): Promise<Consolidation> {
  const { parsed, read, asOf, workbook, notes } = await loadPlanToWrite(file, flags, io, now);
  const marks = ownedSheetsOfWorkbook(workbook);
  const existing = workbook.worksheets.map((sheet) => ({
    name: sheet.name,
    a1: sheet.getCell("A1").value,
    owned: markedOwned(marks, sheet.name),
  }));
  const prepared = prepareConsolidation(parsed, asOf, baselineFlag(parsed, flags), { fillIds: flags.fillIds === true });
  const result = consolidationSpec(prepared, existing, now);
  result.spec.functionNames = { choice: flags.names };
  progress(io, "Writing");
  result.messages.push(...renderWorkbookSpec(workbook, result.spec), ...notes);
  await saveCopy(workbook, file, output, read, {
    planners: result.spec.sheets.map((s) => s.name),
    fills: prepared.fills.bySheet,
  });
  return result;
}
