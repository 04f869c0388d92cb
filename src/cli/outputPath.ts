/** Checks on where `implan` is asked to write, made before it reads or computes anything. */
import * as fs from "fs";
import * as path from "path";
import { whyUnwritable } from "../xlsx/fileProblems";
import { isMacroPackage } from "../xlsx/parts/macroPackage";

/**
 * True when both paths are one file: the same path, a link to it, or another spelling on a case-insensitive disk.
 * @example sameFile("plan.xlsx", "./plan.xlsx") // true
 */
export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [x, y] = [fs.statSync(a), fs.statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Why an output path cannot be written, found before any work is done; null when it looks usable.
 * @example outputProblem("notes.txt/out.xlsx") // "notes.txt/out.xlsx: part of this path is a file, …"
 */
export function outputProblem(output: string): string | null {
  if (fs.existsSync(output) && fs.statSync(output).isDirectory()) return whyUnwritable(output, { code: "EISDIR" });
  let folder = path.dirname(path.resolve(output));
  while (!fs.existsSync(folder)) folder = path.dirname(folder);
  if (!fs.statSync(folder).isDirectory()) return whyUnwritable(output, { code: "ENOTDIR" });
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch (error) {
    return whyUnwritable(output, error);
  }
  return null;
}

/**
 * True for a macro-enabled workbook: named .xlsm, or one whose package says so
 * whatever its name (a macro workbook renamed .xlsx).
 * @example isMacroWorkbook("plan.xlsm") // true
 */
export function isMacroWorkbook(file: string): boolean {
  if (/\.xlsm$/i.test(file)) return true;
  try {
    return isMacroPackage(fs.readFileSync(file));
  } catch {
    return false;
  }
}
