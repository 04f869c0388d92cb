/** Sheet values as Office.js writes them: formulas explicit, links as HYPERLINK, text kept as text. */
import type { SpecValue } from "../sheets/types";
import { fitCell } from "../sheets/cellLimits";

export type OfficeValue = string | number | boolean;

/**
 * A block of spec rows as a rectangular 2-D array, the cells (row, column
 * within the block) that hold text — every one, since Excel parses any string
 * it is not told is text — and the cells that hold formulas (which a
 * text-formatted column would leave as text).
 * @example officeBlock([["=A1"], [{ formula: "=1+1" }]]).textCells // [[0, 0]]
 */
export function officeBlock(rows: SpecValue[][]): {
  values: OfficeValue[][];
  textCells: [number, number][];
  formulaCells: [number, number][];
} {
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  const textCells: [number, number][] = [];
  const formulaCells: [number, number][] = [];
  const values = rows.map((row, r) => {
    const out: OfficeValue[] = new Array<OfficeValue>(width).fill("");
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      if (typeof value === "string") {
        if (value !== "") textCells.push([r, c]);
        out[c] = fitCell(value);
      } else if (typeof value === "object") {
        out[c] = "formula" in value ? value.formula : hyperlink(value.target, value.text);
        formulaCells.push([r, c]);
      } else out[c] = value;
    });
    return out;
  });
  return { values, textCells, formulaCells };
}

/**
 * A link to a cell of the workbook as one formula, so a whole column of links is one write.
 * @example hyperlink("'Transport'!D7", "Transport!D7") // '=HYPERLINK("#\'Transport\'!D7","Transport!D7")'
 */
export function hyperlink(target: string, text: string): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${quote(`#${target}`)},${quote(text)})`;
}
