/**
 * The Consolidate use case: read every plan sheet, compute. (Writing the owned
 * sheets arrives with the Office.js renderer.)
 */
import { analysePlan } from "../core/compute";
import type { Analysis } from "../core/analysisTypes";
import { localDayOf } from "../core/days";
import { parseWorkbook } from "../core/parse";
import type { Problem } from "../core/types";
import { readWorkbookGrids } from "./readGrids";

export interface ConsolidateResult {
  analysis: Analysis;
  parseProblems: Problem[];
}

/**
 * Read the open workbook and compute the consolidated plan.
 * @example const { analysis } = await consolidateWorkbook();
 */
export async function consolidateWorkbook(today: Date = new Date()): Promise<ConsolidateResult> {
  const input = await Excel.run((context) => readWorkbookGrids(context));
  const { plan, problems } = parseWorkbook(input);
  const asOf = plan.settings.asOf ?? localDayOf(today);
  return { analysis: analysePlan(plan, asOf), parseProblems: problems };
}
