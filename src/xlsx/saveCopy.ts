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
import { graftPackage, type GraftRequest } from "./parts/graftPackage";
import { refuseChanges, saveWorkbook, writeAtomically } from "./writeWorkbook";

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

/**
 * Write the consolidated copy of `file` part by part (./parts/graftPackage.ts),
 * checked like any copy; what the user should be told. Throws GraftUnsupported
 * for a package the part-by-part writer will not change.
 * @example await saveGraftedCopy("plan.xlsx", "out.xlsx", read, request, { planners, fills })
 */
export async function saveGraftedCopy(
  file: string,
  output: string,
  read: ReadPackage,
  request: GraftRequest,
  expected: CopyExpectations,
): Promise<string[]> {
  const { bytes, messages, cellsKept } = graftPackage(fs.readFileSync(file), request);
  // Sheets the planner wrote, and user sheets kept character for character, need no reading back.
  const skipped = new Set([...expected.planners, ...cellsKept].map((name) => name.toLowerCase()));
  const written = readWorkbookBytes(bytes, (sheet) => skipped.has(sheet.toLowerCase()));
  refuseChanges(output, changesToUser(read, written, { ...expected, cellsKept }));
  writeAtomically(output, bytes);
  return messages;
}
