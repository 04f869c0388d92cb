/**
 * The ExcelApi requirement set the host needs (declared in manifest.xml), and
 * the newer sets it uses only when Excel has them.
 */

/** ExcelApi 1.9: worksheet-collection change events, data validation, stopIfTrue, enableEvents. */
export const MIN_EXCEL_API = "1.9";

/** Cell notes (ExcelApi 1.18); without them flags are colour only, and the pane says so. */
export const NOTES_API = "1.18";

/**
 * True when Excel supports the ExcelApi version; false outside Office.
 * @example if (excelApiSupported(NOTES_API)) sheet.notes.add("F7", text)
 */
export function excelApiSupported(version: string): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}
