/**
 * A sheet's page set-up on files, through ExcelJS's `pageSetup` and
 * `headerFooter`: the same PrintSpec the Office.js host gives `pageLayout`.
 * ExcelJS writes the print area and titles as the sheet's `_xlnm.Print_Area`
 * and `_xlnm.Print_Titles` names (quoted safely by ./keptNames.ts).
 */
import type ExcelJS from "exceljs";
import type { PrintSpec } from "../sheets/types";

/** ECMA-376's paper size code for A4 (Part 1, 18.3.1.64 pageSetup). */
const A4 = 9;

/**
 * Give `sheet` the page set-up of `print` (nothing when the spec has none).
 * @example applyPageSetup(sheet, { orientation: "landscape", fit: { wide: 1, tall: 1 }, area: "A1:P40" })
 */
export function applyPageSetup(sheet: ExcelJS.Worksheet, print: PrintSpec | undefined): void {
  if (!print) return;
  const fit =
    "scale" in print.fit
      ? { fitToPage: false, scale: print.fit.scale }
      : { fitToPage: true, fitToWidth: print.fit.wide, fitToHeight: print.fit.tall };
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4,
    orientation: print.orientation,
    ...fit,
    printArea: print.area && absoluteRows(print.area),
    printTitlesRow: print.titleRows?.replace(/\$/g, ""),
    printTitlesColumn: print.titleColumns?.replace(/\$/g, ""),
  };
  if (print.footer) {
    const { left, center, right } = print.footer;
    sheet.headerFooter = { ...sheet.headerFooter, oddFooter: `&L${left}&C${center}&R${right}` };
  }
}

/**
 * ExcelJS writes a print area `A1:Q40` as `$A1:$Q40` (it puts a `$` before each
 * end); LibreOffice then ignores it. Given `A$1:Q$40` it writes `$A$1:$Q$40`.
 */
function absoluteRows(area: string): string {
  return area.replace(/([A-Z]+)(\d+)/g, "$1$$$2");
}

/**
 * Keep the print areas of a workbook read by ExcelJS as the file stored them.
 * ExcelJS reads `$A$1:$Q$44` as `A1:Q44` and writes a `$` before each end
 * (`$A1:$Q44`, another reference); handed each end without its first `$`
 * (`A$1:Q$44`), it writes back exactly what was read.
 * @example keepPrintAreas(workbook, read.names); await workbook.xlsx.writeBuffer()
 */
export function keepPrintAreas(
  workbook: ExcelJS.Workbook,
  names: readonly { name: string; formula: string; localSheetId: number | null }[],
): void {
  for (const n of names) {
    if (n.name !== "_xlnm.Print_Area" || n.localSheetId === null) continue;
    const sheet = workbook.worksheets[n.localSheetId];
    if (!sheet) continue;
    const areas = n.formula.split(",").map((part) =>
      part
        .replace(/^.*!/, "")
        .split(":")
        .map((end) => end.replace(/^\$/, ""))
        .join(":"),
    );
    sheet.pageSetup.printArea = areas.join("&&");
  }
}
