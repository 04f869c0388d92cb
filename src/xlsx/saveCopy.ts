/**
 * Save a writer's copy of the user's plan: what ExcelJS drops beside the
 * sheets put back from the plan's own bytes (./restoreParts.ts), then the
 * copy checked against the plan as read (./verifyCopy.ts) before anything
 * reaches the disk. One path for `consolidate` and `baseline`.
 */
import type ExcelJS from "exceljs";
import * as fs from "fs";
import { readWorkbookBytes, type ReadPackage } from "../reader/readPackage";
import { restoreParts } from "./restoreParts";
import { changesToUser, type CopyExpectations } from "./verifyCopy";
import { saveWorkbook } from "./writeWorkbook";

/**
 * Write `workbook`, a copy of the plan `file` (read as `read`), to `output`.
 * @example await saveCopy(workbook, "plan.xlsx", "out.xlsx", read, { planners: ["Timeline"], fills })
 */
export async function saveCopy(
  workbook: ExcelJS.Workbook,
  file: string,
  output: string,
  read: ReadPackage,
  expected: CopyExpectations,
): Promise<void> {
  const original = fs.readFileSync(file);
  await saveWorkbook(
    workbook,
    output,
    (bytes) => changesToUser(read, readWorkbookBytes(bytes), expected),
    (bytes) => restoreParts(original, bytes, read.sheets),
  );
}
