/** Spec colours and formats → ExcelJS style objects. */
import type ExcelJS from "exceljs";
import type { RangeFormat } from "../sheets/types";

/**
 * A spec's `#RRGGBB` as the file stores a colour: opaque ARGB hex.
 * @example argbText("#c00000") // "FFC00000"
 */
export function argbText(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/**
 * ExcelJS colour from `#RRGGBB`.
 * @example argb("#C00000") // { argb: "FFC00000" }
 */
export function argb(hex: string): { argb: string } {
  return { argb: argbText(hex) };
}

export function solidFill(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: argb(hex), bgColor: argb(hex) };
}

/** Apply one RangeFormat to one cell, keeping whatever the format does not mention. */
export function applyFormat(cell: ExcelJS.Cell, format: RangeFormat): void {
  if (format.bold !== undefined || format.italic !== undefined || format.fontColor || format.fontSize) {
    cell.font = {
      ...cell.font,
      ...(format.bold !== undefined ? { bold: format.bold } : {}),
      ...(format.italic !== undefined ? { italic: format.italic } : {}),
      ...(format.fontColor ? { color: argb(format.fontColor) } : {}),
      ...(format.fontSize ? { size: format.fontSize } : {}),
    };
  }
  if (format.fill) cell.fill = solidFill(format.fill);
  if (format.numberFormat) cell.numFmt = format.numberFormat;
  if (format.wrap !== undefined || format.horizontal || format.vertical) {
    cell.alignment = {
      ...cell.alignment,
      ...(format.wrap !== undefined ? { wrapText: format.wrap } : {}),
      ...(format.horizontal ? { horizontal: format.horizontal } : {}),
      ...(format.vertical ? { vertical: format.vertical === "center" ? "middle" : format.vertical } : {}),
    };
  }
  if (format.borderBottom)
    cell.border = { ...cell.border, bottom: { style: "thin", color: argb(format.borderBottom) } };
}
