/** A part-by-part copy of a plan (consolidate's or baseline's), checked, then written whole or not at all. */
import { readWorkbookBytes, type ReadPackage } from "../../reader/readPackage";
import { changesToUser, type CopyExpectations } from "../verifyCopy";
import { refuseChanges, writeAtomically } from "../writeFile";

/**
 * Check `copy` against the plan as read and write it to `output`, or refuse naming what it would change. Sheets
 * the planner wrote, and user sheets the splice kept character for character, are not read back.
 * @example writeCheckedCopy("out.xlsx", read, await graftPackage(kept, request), { planners, fills })
 */
export function writeCheckedCopy(
  output: string,
  read: ReadPackage,
  copy: { bytes: Uint8Array; cellsKept: ReadonlySet<string> },
  expected: CopyExpectations,
): void {
  const skipped = new Set([...expected.planners, ...copy.cellsKept].map((name) => name.toLowerCase()));
  const written = readWorkbookBytes(copy.bytes, (sheet) => skipped.has(sheet.toLowerCase()));
  refuseChanges(output, changesToUser(read, written, { ...expected, cellsKept: copy.cellsKept }));
  writeAtomically(output, copy.bytes);
}
