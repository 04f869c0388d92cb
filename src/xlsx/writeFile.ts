/** Writing a finished file: whole or not at all, and never when it would change what is the user's. No ExcelJS here. */
import * as fs from "fs";
import * as path from "path";
import { WorkbookFileError, whyUnwritable } from "./fileProblems";

/**
 * Write `bytes` to `file` under a temporary name, then rename: a failure leaves
 * neither half a file under the real name nor the temporary one behind.
 * @example writeAtomically("out/plan.xlsx", bytes)
 */
export function writeAtomically(file: string, bytes: Uint8Array): void {
  const partial = `${file}.partial-${process.pid}`;
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, file);
  } catch (error) {
    throw new WorkbookFileError(whyUnwritable(file, error));
  } finally {
    if (fs.existsSync(partial)) fs.rmSync(partial, { force: true });
  }
}

/**
 * Stop a write that would change what is the user's, naming the changes.
 * @example refuseChanges("out.xlsx", []) // nothing happens
 */
export function refuseChanges(file: string, changes: readonly string[]): void {
  if (changes.length === 0) return;
  throw new WorkbookFileError(
    `${file}: not written — writing the plan back would change what is yours: ${changes.join("; ")}. ` +
      "Consolidate it with the add-in inside Excel, which changes only what the planner owns.",
  );
}
