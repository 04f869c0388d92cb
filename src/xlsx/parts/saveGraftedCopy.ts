/** The part-by-part copy of a plan, checked, then written whole or not at all. */
import { readWorkbookBytes, type ReadPackage } from "../../reader/readPackage";
import { changesToUser, type CopyExpectations } from "../verifyCopy";
import { refuseChanges, writeAtomically } from "../writeFile";
import type { KeptParts } from "../readWorkbook";
import { graftPackage, type GraftRequest } from "./graftPackage";

/**
 * Write the consolidated copy of `file` part by part (./parts/graftPackage.ts),
 * checked like any copy; what the user should be told. Throws GraftUnsupported
 * for a package the part-by-part writer will not change.
 * @example await saveGraftedCopy(loaded.kept, "out.xlsx", read, request, { planners, fills })
 */
export async function saveGraftedCopy(
  input: KeptParts,
  output: string,
  read: ReadPackage,
  request: GraftRequest,
  expected: CopyExpectations,
): Promise<string[]> {
  const { bytes, messages, cellsKept } = await graftPackage(input, request);
  // Sheets the planner wrote, and user sheets kept character for character, need no reading back.
  const skipped = new Set([...expected.planners, ...cellsKept].map((name) => name.toLowerCase()));
  const written = readWorkbookBytes(bytes, (sheet) => skipped.has(sheet.toLowerCase()));
  refuseChanges(output, changesToUser(read, written, { ...expected, cellsKept }));
  writeAtomically(output, bytes);
  return messages;
}
