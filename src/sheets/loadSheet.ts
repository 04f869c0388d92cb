/**
 * The Load sheet (owned): one row per owner, one column per Monday week, each
 * cell the engine's count of the owner's active actions; peak, capacity and
 * overloaded weeks at the row end; below, the flagged actions the source
 * sheets' flag rules look up by name.
 */
import type { Analysis } from "../core/analysisTypes";
import { loadHeatRules } from "./loadHeatRules";
import { weekGridPrint } from "./printSetup";
import { serialOf, ukOf } from "../core/days";
import type { Day } from "../core/types";
import { absoluteRange, columnLetters } from "./a1";
import { flaggedActions } from "../core/compute";
import { monthLabels, ownedHeaderRows, WEEK_FORMAT } from "./ownedHeader";
import { COLOURS } from "./palette";
import { emptySheet, type DefinedNameSpec, type SerialOf, type SheetSpec, type SpecValue } from "./types";

/** Names the flag rules on the source sheets read. */
export const FLAG_SHEETS_NAME = "Planner_FlagSheets";
export const FLAG_IDS_NAME = "Planner_FlagIDs";
export const FLAG_ROWS_NAME = "Planner_FlagRows";

/** Title, stamp, legend and month rows come first. */
export const LOAD_HEADER_ROW = 5;
/** Sheet, ID and row are what the flag rules look up; the explanation spills across the narrow week columns. */
const FLAG_HEADERS = ["Sheet", "ID", "Row", "Why it is flagged"];
/** Zero shows as blank; the number is still there. */
const LOAD_FORMAT = "0;-0;;@";

/** Header row of the flagged-actions block, below the owners. */
function flagHeaderRow(analysis: Analysis): number {
  return LOAD_HEADER_ROW + analysis.load.length + 3;
}

/**
 * The Load sheet.
 * @example loadSheet(analysis, { now: new Date() }).rows[4][0] // the first owner's name
 */
export function loadSheet(analysis: Analysis, options: { now: Date; name?: string; serialOf?: SerialOf }): SheetSpec {
  const serial = options.serialOf ?? ((day: Day) => serialOf(day));
  const sheet = emptySheet(options.name ?? "Load", true);
  const { loadSpan: span, load } = analysis;
  const h = LOAD_HEADER_ROW;
  const header = ownedHeaderRows("Load", { now: options.now, asOf: analysis.asOf, actions: analysis.timeline.length });
  const weeks = Array.from({ length: span.weeks }, (_, i) => serial(span.firstWeek + 7 * i));
  const [peakCol, capCol, overCol] = [span.weeks + 1, span.weeks + 2, span.weeks + 3];
  const flagged = flaggedActions(analysis);
  const block = { headerRow: flagHeaderRow(analysis) };
  sheet.rows = [
    ...header.rows,
    ["Actions active per owner per week (complete actions carry none). Red: above the owner's capacity."],
    [null, ...monthLabels(span.firstWeek, span.weeks)],
    ["Owner", ...weeks, "Peak", "Capacity", "Weeks over"],
    ...load.map((o) => [o.owner, ...o.weeks, o.peak, o.capacity, o.overloadedWeeks]),
    [],
    [`Flagged actions (${flagged.length}): the Owner cells of these actions are highlighted on their sheets`],
    FLAG_HEADERS,
    ...flagged.map((f): SpecValue[] => [
      f.action.sheet,
      f.action.id,
      f.action.row,
      `${f.owner}: week of ${ukOf(f.worst.week)}, ${f.worst.load} actions against capacity ${f.worst.capacity}` +
        `${f.weeks > 1 ? ` (${f.weeks} weeks over)` : ""} — ${f.action.action}`,
    ]),
  ];
  const last = columnLetters(overCol);
  const lastOwnerRow = h + load.length;
  sheet.columns = [
    { width: 24, numberFormat: "@" },
    ...weeks.map(() => ({ width: 6, numberFormat: LOAD_FORMAT })),
    { width: 8 },
    { width: 9 },
    { width: 11 },
  ];
  sheet.formats.push(
    ...header.formats,
    { range: "A3", italic: true, fontColor: COLOURS.stampFont },
    { range: `B4:${last}4`, bold: true, fontColor: COLOURS.titleFont },
    { range: `A${h}:${last}${h}`, bold: true, fill: COLOURS.headerFill, fontColor: COLOURS.headerFont, wrap: true },
    { range: `A${block.headerRow - 1}`, bold: true, fontColor: COLOURS.titleFont },
    { range: `A${block.headerRow}:D${block.headerRow}`, bold: true, fill: COLOURS.sectionFill },
  );
  if (weeks.length > 0)
    sheet.formats.push({
      range: `B${h}:${columnLetters(span.weeks)}${h}`,
      numberFormat: WEEK_FORMAT,
      horizontal: "center",
    });
  if (flagged.length > 0) {
    const first = block.headerRow + 1;
    const end = block.headerRow + flagged.length;
    sheet.formats.push(
      { range: `B${first}:B${end}`, numberFormat: "@" },
      { range: `C${first}:C${end}`, numberFormat: "0" },
    );
  }
  if (load.length > 0 && weeks.length > 0) {
    const grid = `B${h + 1}:${columnLetters(span.weeks)}${lastOwnerRow}`;
    const maxPeak = Math.max(1, ...load.map((o) => o.peak));
    sheet.conditionalFormats.push(...loadHeatRules(grid, `B${h + 1}`, `$${columnLetters(capCol)}${h + 1}`, maxPeak), {
      kind: "expression",
      range: `${columnLetters(peakCol)}${h + 1}:${columnLetters(peakCol)}${lastOwnerRow}`,
      formula: `=${columnLetters(peakCol)}${h + 1}>${columnLetters(capCol)}${h + 1}`,
      fill: COLOURS.overloadFill,
      fontColor: COLOURS.overloadFont,
      bold: true,
    });
  }
  sheet.freeze = { rows: h, columns: 1 };
  sheet.print = weekGridPrint(sheet, `$${h - 1}:$${h}`, "$A:$A");
  return sheet;
}

/**
 * The defined names over the flagged-actions block (one blank row when there are none, so the names always exist).
 * @example loadNames(analysis, "Load")[0] // { name: "Planner_FlagSheets", refersTo: "'Load'!$A$12:$A$20" }
 */
export function loadNames(analysis: Analysis, sheetName: string): DefinedNameSpec[] {
  const first = flagHeaderRow(analysis) + 1;
  const last = first - 1 + Math.max(1, flaggedActions(analysis).length);
  return [
    { name: FLAG_SHEETS_NAME, refersTo: absoluteRange(sheetName, 0, first, 0, last) },
    { name: FLAG_IDS_NAME, refersTo: absoluteRange(sheetName, 1, first, 1, last) },
    { name: FLAG_ROWS_NAME, refersTo: absoluteRange(sheetName, 2, first, 2, last) },
  ];
}
