/** One development area's sheet: the seven-step actions table. */
import type { RagScale } from "../core/types";
import { cellA1, columnLetters, LAST_ROW } from "./a1";
import { columnValidation } from "./columnValidations";
import { COLOURS, STEP_FILLS } from "./palette";
import { ragRules } from "./ragRules";
import { safeSheetName, safeTableName } from "./sheetNames";
import { formatOf, STEP_BANDS, TEMPLATE_COLUMNS } from "./templateColumns";
import { onePageWide } from "./printSetup";
import { AREA_BAND_ROW, AREA_HEADER_ROW, validationEnd } from "./templateLayout";
import { emptySheet, type ConditionalRule, type SheetSpec, type SpecValue } from "./types";

export interface AreaSheetOptions {
  ragScale: RagScale;
  /** Sheet names already in the workbook: the area's sheet gets a name that does not clash. */
  existingSheets?: string[];
  /** Table names already in the workbook. */
  existingTables?: string[];
  /** Data rows in TEMPLATE_COLUMNS order (a new area has none). */
  rows?: SpecValue[][];
}

const col = (field: string): string => columnLetters(TEMPLATE_COLUMNS.findIndex((c) => c.field === field));

/**
 * The sheet for one development area: title, the banded seven-step header,
 * an Excel table, validations with input messages, RAG and past-due colours.
 * @example areaSheet("Transport", { ragScale: 3 }).rows[2][0] // "ID"
 */
export function areaSheet(area: string, options: AreaSheetOptions): SheetSpec {
  const sheet = emptySheet(safeSheetName(area, options.existingSheets ?? []), false);
  const data = options.rows && options.rows.length > 0 ? options.rows : [TEMPLATE_COLUMNS.map(() => null)];
  const lastCol = columnLetters(TEMPLATE_COLUMNS.length - 1);
  const firstData = AREA_HEADER_ROW + 1;
  const lastData = AREA_HEADER_ROW + data.length;
  const end = validationEnd(AREA_HEADER_ROW, data.length);

  sheet.tabColor = "#2F5597";
  sheet.rows = [[area], bandRow(), TEMPLATE_COLUMNS.map((c) => c.header), ...data];
  sheet.columns = TEMPLATE_COLUMNS.map((c) => ({ width: c.width, numberFormat: formatOf(c.kind) }));
  sheet.formats.push({ range: "A1", bold: true, fontSize: 14, fontColor: COLOURS.titleFont, numberFormat: "@" });
  for (const [band, from, to] of bandSpans()) {
    const range = `${cellA1(from, AREA_BAND_ROW)}:${cellA1(to, AREA_BAND_ROW)}`;
    if (to > from) sheet.merges.push(range);
    sheet.formats.push({ range, bold: true, fill: STEP_FILLS[band], horizontal: "center", borderBottom: "#8EA9DB" });
  }
  sheet.tables.push({
    name: safeTableName(`Actions_${area}`, options.existingTables ?? []),
    range: `A${AREA_HEADER_ROW}:${lastCol}${lastData}`,
    style: "TableStyleMedium2",
    bandedRows: true,
  });
  sheet.validations = TEMPLATE_COLUMNS.map((c, i) =>
    columnValidation(`${cellA1(i, firstData)}:${cellA1(i, end)}`, c.kind, c.header, c.prompt, options.ragScale),
  );
  sheet.conditionalFormats = areaRules(firstData, lastCol);
  sheet.freeze = { rows: AREA_HEADER_ROW, columns: 1 };
  sheet.print = onePageWide("landscape", `$${AREA_BAND_ROW}:$${AREA_HEADER_ROW}`);
  return sheet;
}

/** RAG colours on the RAG column and past-due rows: eight rules over whole columns. */
function areaRules(firstData: number, lastCol: string): ConditionalRule[] {
  const [due, status, rag, action] = [col("due"), col("status"), col("rag"), col("action")];
  const pastDue: ConditionalRule = {
    kind: "expression",
    range: `A${firstData}:${lastCol}${LAST_ROW}`,
    formula: `=AND(ISNUMBER($${due}${firstData}),$${due}${firstData}<TODAY(),UPPER(TRIM($${status}${firstData}))<>"COMPLETE")`,
    fill: COLOURS.pastDueFill,
    fontColor: COLOURS.pastDueFont,
  };
  return [...ragRules(`${rag}${firstData}:${rag}${LAST_ROW}`, { statusColumn: status, activeColumn: action }), pastDue];
}

function bandRow(): SpecValue[] {
  return TEMPLATE_COLUMNS.map((c, i) =>
    i === 0 || TEMPLATE_COLUMNS[i - 1].band !== c.band ? STEP_BANDS[c.band] : null,
  );
}

/** [band, first column, last column] of each step band. */
function bandSpans(): [number, number, number][] {
  const spans: [number, number, number][] = [];
  TEMPLATE_COLUMNS.forEach((c, i) => {
    const last = spans[spans.length - 1];
    if (last && last[0] === c.band) last[2] = i;
    else spans.push([c.band, i, i]);
  });
  return spans;
}
