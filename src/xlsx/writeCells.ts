/** Values, column widths and formats, merges, freeze panes and tab colour of one sheet. */
import type ExcelJS from "exceljs";
import type { SheetSpec } from "../sheets/types";
import { decodeRange } from "./address";
import { writeValue } from "./writeCellValue";
import { applyFormat, argb } from "./styles";

/**
 * Write a spec's cells into an empty worksheet. Column formats go first so
 * the cells written after take them on.
 */
export function writeCells(sheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  spec.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    if (column.width !== undefined) col.width = column.width;
    if (column.numberFormat) col.numFmt = column.numberFormat;
    if (column.hidden) col.hidden = true;
  });
  spec.rows.forEach((values, r) => {
    if (values.length === 0) return;
    const row = sheet.getRow(r + 1);
    values.forEach((value, c) => {
      if (value !== null) writeValue(row.getCell(c + 1), value);
    });
  });
  for (const format of spec.formats) {
    const { top, left, bottom, right } = decodeRange(format.range);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) applyFormat(sheet.getCell(r, c), format);
    }
  }
  for (const merge of spec.merges) sheet.mergeCells(merge);
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    sheet.views = [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }];
  }
  if (spec.tabColor) sheet.properties.tabColor = argb(spec.tabColor);
}
