/**
 * A sheet's page set-up through Office.js (`Worksheet.pageLayout`, ExcelApi
 * 1.9, the add-in's minimum): A4, orientation, fit or scale, print area,
 * repeated rows and columns, and the footer — the same PrintSpec the file
 * host writes with ExcelJS.
 */
import type { PrintSpec } from "../sheets/types";

/**
 * Queue `print` on `sheet` (nothing when the spec has none: a sheet's own set-up stays).
 * @example queuePageLayout(sheet, { orientation: "landscape", fit: { wide: 1, tall: 1 } })
 */
export function queuePageLayout(sheet: Excel.Worksheet, print: PrintSpec | undefined): void {
  if (!print) return;
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.zoom =
    "scale" in print.fit
      ? { scale: print.fit.scale }
      : { horizontalFitToPages: print.fit.wide, verticalFitToPages: print.fit.tall };
  if (print.area) layout.setPrintArea(print.area);
  if (print.titleRows) layout.setPrintTitleRows(print.titleRows);
  if (print.titleColumns) layout.setPrintTitleColumns(print.titleColumns);
  if (print.footer) {
    const footers = layout.headersFooters.defaultForAllPages;
    footers.leftFooter = print.footer.left;
    footers.centerFooter = print.footer.center;
    footers.rightFooter = print.footer.right;
  }
}
