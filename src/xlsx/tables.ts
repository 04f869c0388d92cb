/** Excel tables of a spec, over cells already written. */
import type ExcelJS from "exceljs";
import type { TableSpec } from "../sheets/types";
import { decodeRange } from "./address";

/**
 * Add a table over its range: the header row's text names the columns and
 * the cells below are handed back to ExcelJS unchanged (it rewrites them).
 */
export function addTable(sheet: ExcelJS.Worksheet, table: TableSpec): void {
  const { top, left, bottom, right } = decodeRange(table.range);
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let c = left; c <= right; c++) {
    const header = sheet.getCell(top, c).value;
    columns.push({
      name: typeof header === "string" && header !== "" ? header : `Column${c - left + 1}`,
      filterButton: true,
    });
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const values: ExcelJS.CellValue[] = [];
    for (let c = left; c <= right; c++) values.push(sheet.getCell(r, c).value);
    rows.push(values);
  }
  sheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: table.range.split(":")[0],
    headerRow: true,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: table.bandedRows ?? true },
    columns,
    rows,
  });
}
