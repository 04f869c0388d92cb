/**
 * The Baseline sheet: plain values anyone can read, one row per action per
 * baseline, each baseline appended below the last so earlier ones are kept
 * as they are (edits included). The planner knows it by its A1 title.
 */
import { BASELINE_HEADERS, type BaselineAction } from "../core/baselineTypes";
import { ukOf } from "../core/days";
import { BASELINE_KIND, ownedTitle } from "../core/rules/ownedMark";
import type { Day } from "../core/types";
import { columnLetters } from "./a1";
import { COLOURS } from "./palette";
import { onePageWide } from "./printSetup";
import { DATE_FORMAT, emptySheet, TEXT_FORMAT, type SerialOf, type SheetSpec, type SpecValue } from "./types";

/** The heading row (below the title, a line of explanation and a blank row). */
export const BASELINE_HEADER_ROW = 4;
const WIDTHS = [13, 20, 9, 24, 42, 24, 11, 11, 12, 11, 11];
/** 0-based columns holding dates: Baseline date, Start, Due. */
export const BASELINE_DATE_COLUMNS = [0, 6, 7];
/** 0-based column of the percent complete, written as a share. */
export const BASELINE_PERCENT_COLUMN = 10;

/**
 * The number format a Baseline column's cells carry: dates as dates, the percent complete as a percentage;
 * undefined for the rest.
 * @example baselineNumberFormat(10) // "0%"
 */
export function baselineNumberFormat(column: number): string | undefined {
  if (BASELINE_DATE_COLUMNS.includes(column)) return DATE_FORMAT;
  return column === BASELINE_PERCENT_COLUMN ? "0%" : undefined;
}

/**
 * One baseline's rows, as written below the earlier ones.
 * @example baselineRows(snapshot, dayFromIso("2009-11-16")!, serialOf)[0][2] // the first action's ID
 */
export function baselineRows(snapshot: BaselineAction[], date: Day, serialOf: SerialOf): SpecValue[][] {
  const day = (d: Day | null): SpecValue => (d === null ? null : serialOf(d));
  return snapshot.map((a) => [
    serialOf(date),
    a.plan,
    a.id,
    a.area,
    a.action,
    a.owners.join("; "),
    day(a.start),
    day(a.due),
    a.status,
    a.rag,
    a.percentComplete === null ? null : a.percentComplete / 100,
  ]);
}

/**
 * A new Baseline sheet holding its first baseline.
 * @example newBaselineSheet("Baseline", rows).rows[0][0] // "Implementation Planner — Baseline"
 */
export function newBaselineSheet(name: string, rows: SpecValue[][]): SheetSpec {
  const sheet = emptySheet(name, true);
  const h = BASELINE_HEADER_ROW;
  sheet.rows = [
    [ownedTitle(BASELINE_KIND)],
    [
      "Each baseline records every action as it stood on its date; Set baseline adds the next below. " +
        "Consolidate compares the plan with the latest (or the one you choose) and never changes this sheet.",
    ],
    [],
    [...BASELINE_HEADERS],
    ...rows,
  ];
  const last = columnLetters(BASELINE_HEADERS.length - 1);
  sheet.columns = WIDTHS.map((width, i) => ({
    width,
    numberFormat: baselineNumberFormat(i) ?? TEXT_FORMAT,
  }));
  sheet.formats = [
    { range: "A1", bold: true, fontSize: 14, fontColor: COLOURS.titleFont },
    { range: "A2", italic: true, fontColor: COLOURS.stampFont },
    { range: `A${h}:${last}${h}`, bold: true, fill: COLOURS.headerFill, fontColor: COLOURS.headerFont, wrap: true },
  ];
  sheet.freeze = { rows: h, columns: 0 };
  sheet.print = onePageWide("landscape", `$${h}:$${h}`);
  return sheet;
}

/**
 * What the user is told after setting a baseline.
 * @example baselineMessage(36, dayFromIso("2009-11-16")!, 1) // "Set the baseline of 16/11/2009: 36 actions … (1 earlier baseline kept)."
 */
export function baselineMessage(actions: number, date: Day, earlier: number): string {
  const kept = earlier === 0 ? "" : ` (${earlier} earlier baseline${earlier === 1 ? "" : "s"} kept)`;
  return `Set the baseline of ${ukOf(date)}: ${actions} action${actions === 1 ? "" : "s"} recorded on the Baseline sheet${kept}. Consolidate now shows what moves from here.`;
}
