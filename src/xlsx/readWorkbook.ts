/** Reads a .xlsx file into grids for the core, with the package reader (no ExcelJS: `check` never loads it). */
import * as fs from "fs";
import { WorkbookFileError, whyUnreadable } from "./fileProblems";
import { PackageError, readWorkbookBytes, type ReadPackage } from "../reader/readPackage";
import { nativeInflate } from "./nativeInflate";

/** The file's bytes and the parts the reader inflated, for a writer that copies the package after reading it. */
export interface KeptParts {
  bytes: Uint8Array;
  /** By part key (lower case, no leading slash). */
  inflated: Map<string, Uint8Array>;
}

/**
 * Read a workbook file into grids for the core, with the package reader
 * (`package/readPackage.ts`): only values are parsed, so charts, pivots and
 * whatever else a writer put in the package cannot stop a plan being read.
 * @example const { input } = readWorkbookFile("plan.xlsx");
 */
export function readWorkbookFile(file: string): ReadPackage {
  return readWorkbookKeeping(file, false).read;
}

/**
 * Read a workbook file for a writer: the package as read, and the file's bytes with (when `keepParts`) every
 * part the reader inflated, so the writer inflates each part of the package once.
 * @example const { read, kept } = readWorkbookKeeping("plan.xlsx", true);
 */
export function readWorkbookKeeping(file: string, keepParts: boolean): { read: ReadPackage; kept: KeptParts } {
  const kept: KeptParts = { bytes: fileBytes(file), inflated: new Map() };
  try {
    const inflate = nativeInflate(kept.bytes);
    return { read: readWorkbookBytes(kept.bytes, undefined, keepParts ? kept.inflated : undefined, inflate), kept };
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    throw new WorkbookFileError(whyUnreadable(file, error.message));
  }
}

/**
 * The bytes of a workbook file, or a WorkbookFileError saying why there are none.
 * @example const bytes = fileBytes("plan.xlsx");
 */
export function fileBytes(file: string): Uint8Array {
  if (!fs.existsSync(file)) throw new WorkbookFileError(`${file}: no such file`);
  if (fs.statSync(file).isDirectory()) throw new WorkbookFileError(`${file}: is a folder, expected an .xlsx file`);
  return fs.readFileSync(file);
}
