/**
 * The ExcelApi requirement set the host needs (declared in manifest.xml), and
 * the newer sets it uses only when Excel has them.
 */
import type { RunOptions } from "./session";

/** ExcelApi 1.9: worksheet-collection change events, data validation, stopIfTrue, enableEvents. */
export const MIN_EXCEL_API = "1.9";

/** `Excel.run({ delayForCellEdit })`: a batch waits for the user to leave cell edit instead of failing. */
export const CELL_EDIT_DELAY_API = "1.11";

/** Cell notes (ExcelApi 1.18); without them flags are colour only, and the pane says so. */
export const NOTES_API = "1.18";

/**
 * Add-in writes join the user's undo history, and `mergeUndoGroup` makes a
 * run one undo step (ExcelApi 1.20, "The ExcelApi 1.20 adds undo support for
 * Excel JavaScript APIs"). Below it, each write clears the user's undo history.
 */
export const UNDO_API = "1.20";

/** Asks whether this Excel has an ExcelApi version. */
export type ApiSupport = (version: string) => boolean;

/**
 * True when Excel supports the ExcelApi version; false outside Office.
 * @example if (excelApiSupported(NOTES_API)) sheet.notes.add("F7", text)
 */
export function excelApiSupported(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}

/**
 * The `Excel.run` options every writer uses, as far as this Excel has them.
 * @example await run(batch, writeRunOptions(excelApiSupported)) // { mergeUndoGroup: true, delayForCellEdit: true } on current Excel
 */
export function writeRunOptions(supports: ApiSupport = excelApiSupported): RunOptions {
  const options: RunOptions = {};
  if (supports(UNDO_API)) options.mergeUndoGroup = true;
  if (supports(CELL_EDIT_DELAY_API)) options.delayForCellEdit = true;
  return options;
}
