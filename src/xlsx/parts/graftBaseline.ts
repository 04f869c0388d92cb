/**
 * `implan baseline`, part by part: the baseline's rows appended below the
 * planner's Baseline sheet (the earlier baselines and any edits to them keep
 * every character), or a new Baseline sheet when there is none; IDs filled
 * into blank ID cells; nothing else of the package changes: not the flags,
 * not the planner's names, not a part of the user's.
 */
import type { KeptParts } from "../readWorkbook";
import { baselineNumberFormat, newBaselineSheet } from "../../sheets/baselineSheet";
import { FORMULA_LIKE, TEXT_FORMAT, type SheetPatch, type SpecValue } from "../../sheets/types";
import { columnLetters } from "../../sheets/a1";
import { cellXml } from "./ownedSheetWriter";
import { GraftUnsupported } from "./packageParts";
import { StyleTable, type CellStyle } from "./styleTable";
import { userSheetXml } from "./userSheetXml";
import { newSheetPart, openWorkbookPackage, putStyles, styleTableFor, writeOwnedSheet } from "./workbookPackage";
import { workbookXml, type NewName } from "./workbookXml";
import { applyEdits, elementSpans, prefixOf } from "./xmlSpans";

export interface BaselineRequest {
  rows: SpecValue[][];
  /** The planner's Baseline sheet and the row after its last used one, or a name for a new sheet. */
  sheet: { name: string; nextRow: number; exists: boolean };
  fills: Map<string, SheetPatch["fills"]>;
}

const lower = (name: string) => name.toLowerCase();

/**
 * The package with the baseline set; the user sheets whose cells and protection are kept character for character.
 * @example await graftBaseline(kept, { rows, sheet: { name: "Baseline", nextRow: 41, exists: true }, fills })
 */
export async function graftBaseline(
  input: KeptParts,
  request: BaselineRequest,
): Promise<{ bytes: Uint8Array; cellsKept: Set<string> }> {
  const pkg = openWorkbookPackage(input);
  const { parts, main, listed, partOfSheet } = pkg;
  const styles = styleTableFor(pkg);
  const { sheet } = request;
  const newSheets: { name: string; relId: string }[] = [];
  const printNames: NewName[] = [];
  if (!sheet.exists) {
    const { target, relId } = newSheetPart(pkg);
    newSheets.push({ name: sheet.name, relId });
    const fresh = writeOwnedSheet(parts, target, newBaselineSheet(sheet.name, request.rows), styles);
    for (const n of fresh.printNames) printNames.push({ ...n, attributes: { localSheetId: String(listed.length) } });
  } else {
    const part = partOfSheet(sheet.name);
    if (!part) throw new GraftUnsupported(`sheet ${sheet.name} has no part`);
    const appended = rowsXml(request.rows, sheet.nextRow, styles);
    parts.set(part, appendRows(parts.text(part), part, appended, sheet.nextRow));
  }
  putStyles(pkg, styles);

  const cellsKept = new Set(listed.map((s) => s.name).filter((name) => lower(name) !== lower(sheet.name)));
  for (const [name, fills] of request.fills) {
    const part = partOfSheet(name);
    if (!part || fills.length === 0) continue;
    const written = userSheetXml(parts.text(part), part, { rules: [], fills, legacyDrawing: null, keepFlags: true });
    parts.set(part, written.xml);
    const listedName = listed.find((s) => lower(s.name) === lower(name))?.name ?? name;
    if (!written.cellsKept) cellsKept.delete(listedName);
  }
  const book = workbookXml(parts.text(main), main, {
    newSheets,
    replaced: new Set(),
    printNames,
    names: [],
    functionNames: undefined,
    keepOwnNames: true,
  });
  parts.set(main, book.xml);
  return { bytes: await parts.zip(), cellsKept };
}

/** The baseline's rows from `first`, as the older writer wrote them: dates and the share formatted, text as text. */
function rowsXml(rows: readonly SpecValue[][], first: number, styles: StyleTable): string {
  return rows
    .map((values, i) => {
      const r = first + i;
      const cells = values.flatMap((value, c) => {
        if (value === null || value === undefined || value === "") return [];
        const format =
          baselineNumberFormat(c) ?? (typeof value === "string" && FORMULA_LIKE.test(value) ? TEXT_FORMAT : undefined);
        const style: CellStyle = format ? { numFmt: format } : {};
        return [cellXml(`${columnLetters(c)}${r}`, styles.cell(style), value)];
      });
      return `<row r="${r}">${cells.join("")}</row>`;
    })
    .join("");
}

/** New rows after the sheet's last one; a sheet with rows below where they go is left to the older writer. */
function appendRows(xml: string, part: string, rows: string, first: number): string {
  const spans = elementSpans(xml, part, (name, depth) => depth <= 1 || (depth === 2 && name === "row"));
  const root = spans[0];
  if (!root) throw new GraftUnsupported(`${part} is not a worksheet`);
  const prefix = prefixOf(root.qname);
  const data = spans.find((s) => s.depth === 1 && s.name === "sheetData");
  if (!data) throw new GraftUnsupported(`${part} has no sheetData`);
  if (spans.some((s) => s.name === "row" && s.depth === 2 && Number(s.attributes.r ?? Infinity) >= first)) {
    throw new GraftUnsupported(`${part} has rows at or below row ${first}`);
  }
  if (data.closeStart === data.end)
    return applyEdits(xml, [{ start: data.start, end: data.end, text: `<sheetData>${rows}</sheetData>` }], prefix);
  return applyEdits(xml, [{ start: data.closeStart, end: data.closeStart, text: rows }], prefix);
}
