/**
 * IDs the user asked the planner to fill, spliced into a sheet's cells: only
 * into blank cells (a styled one keeps its style), a missing cell or row put
 * in its place in order; a cell with anything in it is never written over.
 */
import { decodeA1 } from "../address";
import type { SheetPatch } from "../../sheets/types";
import { GraftUnsupported } from "./packageParts";
import { escapeXml, startTag, type Edit, type ElementSpan } from "./xmlSpans";

/**
 * Edits that fill blank cells with the IDs as inline text; a cell with a value, even one typed since the read, is left alone.
 * @example fillCells(xml, spans, [{ cell: "A7", value: "W3" }], edits, "xl/worksheets/sheet2.xml")
 */
export function fillCells(
  xml: string,
  spans: readonly ElementSpan[],
  fills: SheetPatch["fills"],
  edits: Edit[],
  part: string,
): void {
  const rows = new Map<number, ElementSpan>();
  const cells = new Map<string, ElementSpan>();
  const rowCells = new Map<number, ElementSpan[]>();
  let current: ElementSpan[] = [];
  for (const s of spans) {
    if (s.name === "row" && s.depth === 2) {
      if (s.attributes.r === undefined) throw new GraftUnsupported(`${part} has rows without numbers`);
      rows.set(Number(s.attributes.r), s);
      current = [];
      rowCells.set(Number(s.attributes.r), current);
    } else if (s.name === "c" && s.depth === 3) {
      if (s.attributes.r === undefined) throw new GraftUnsupported(`${part} has cells without addresses`);
      cells.set(s.attributes.r.toUpperCase(), s);
      current.push(s);
    }
  }
  // Anything inside the cell (a value, a formula, inline text) counts: the planner never writes over it.
  const hasValue = (cell: ElementSpan) => xml.slice(cell.openEnd, cell.closeStart).trim() !== "";
  const sheetData = spans.find((s) => s.depth === 1 && s.name === "sheetData");
  if (!sheetData) throw new GraftUnsupported(`${part} has no sheetData`);
  const inserts = new Map<number, string[]>();
  const insert = (at: number, text: string) => inserts.set(at, [...(inserts.get(at) ?? []), text]);
  for (const fill of [...fills].sort((a, b) => order(a.cell) - order(b.cell))) {
    const inline = (attributes: Record<string, string>) =>
      `${startTag("c", { ...attributes, r: fill.cell, t: "inlineStr" })}<is><t xml:space="preserve">${escapeXml(fill.value)}</t></is></c>`;
    const cell = cells.get(fill.cell.toUpperCase());
    if (cell) {
      if (!hasValue(cell)) edits.push({ start: cell.start, end: cell.end, text: inline(withoutType(cell.attributes)) });
      continue;
    }
    const { row, col } = decodeA1(fill.cell);
    const rowSpan = rows.get(row);
    if (rowSpan) {
      const next = (rowCells.get(row) ?? []).find((c) => decodeA1(c.attributes.r ?? "A1").col > col);
      const at = next ? next.start : rowSpan.closeStart === rowSpan.end ? -1 : rowSpan.closeStart;
      if (at < 0)
        edits.push({
          start: rowSpan.start,
          end: rowSpan.end,
          text: `${startTag(rowSpan.qname, rowSpan.attributes)}${inline({})}</${rowSpan.qname}>`,
        });
      else insert(at, inline({}));
      continue;
    }
    const nextRow = [...rows.entries()].find(([r]) => r > row)?.[1];
    const at = nextRow ? nextRow.start : sheetData.closeStart === sheetData.end ? -1 : sheetData.closeStart;
    if (at < 0) throw new GraftUnsupported(`${part} has an empty sheetData element`);
    insert(at, `<row r="${row}">${inline({})}</row>`);
  }
  for (const [at, texts] of inserts) edits.push({ start: at, end: at, text: texts.join("") });
}

function withoutType(attributes: Record<string, string>): Record<string, string> {
  const { t: _t, ...rest } = attributes;
  return rest;
}

function order(cell: string): number {
  const { row, col } = decodeA1(cell);
  return row * 16384 + col;
}
