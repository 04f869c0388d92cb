/** The Timeline sheet (owned): every action across all areas, sorted, with a Gantt grid of Monday weeks. */
import { actionCell } from "../core/rules/actionCell";
import type { Analysis, Clash } from "../core/analysisTypes";
import { serialOf, ukOf } from "../core/days";
import type { Baseline } from "../core/baselineTypes";
import type { Action, Day } from "../core/types";
import { columnLetters, LAST_ROW } from "./a1";
import { ganttRules } from "./ganttRules";
import { monthLabels, ownedHeaderRows, WEEK_FORMAT } from "./ownedHeader";
import { COLOURS } from "./palette";
import { weekGridPrint } from "./printSetup";
import { ragRules } from "./ragRules";
import { link } from "./cellLink";
import { DATE_FORMAT, emptySheet, TEXT_FORMAT, type SerialOf, type SheetSpec, type SpecValue } from "./types";

export const TIMELINE_HEADERS = [
  "ID",
  "Area",
  "Action",
  "Owners",
  "Start",
  "Due",
  "Review",
  "Status",
  "RAG",
  "Schedule RAG",
  "Source",
  "Clash",
];
const WIDTHS = [9, 22, 42, 22, 11, 11, 11, 12, 11, 12, 24, 26];
/** With a baseline: its due date and the slip since, after the fixed columns. */
export const BASELINE_HEADERS_ON_TIMELINE = ["Baseline due", "Slip (days)"];
const BASELINE_WIDTHS = [11, 9];
/** A Timeline column's letter, by its heading. */
const columnOf = (heading: (typeof TIMELINE_HEADERS)[number]): string =>
  columnLetters(TIMELINE_HEADERS.indexOf(heading));
/** Header row of the table and the Gantt's week dates. */
export const TIMELINE_HEADER_ROW = 4;

/**
 * The Timeline: one row per action in the engine's order, the source cell as
 * a link, clashes marked, and a week-by-week Gantt drawn by five rules.
 * @example timelineSheet(analysis, { now: new Date() }).rows[3][0] // "ID"
 */
export function timelineSheet(
  analysis: Analysis,
  options: {
    now: Date;
    name?: string;
    serialOf?: SerialOf;
    baseline?: Baseline | null;
    /** In a roll-up, the plan each action comes from: a Plan column after the others. */
    planOf?: (actionId: string) => string;
  },
): SheetSpec {
  const serial = options.serialOf ?? ((day: Day) => serialOf(day));
  const sheet = emptySheet(options.name ?? "Timeline", true);
  const { timeline } = analysis;
  const span = analysis.planSpan;
  const header = ownedHeaderRows("Timeline", { now: options.now, asOf: analysis.asOf, actions: timeline.length });
  const baseline = options.baseline ?? null;
  const planOf = options.planOf;
  const headers = [...TIMELINE_HEADERS, ...(baseline ? BASELINE_HEADERS_ON_TIMELINE : []), ...(planOf ? ["Plan"] : [])];
  const fixed = headers.length;
  const weeks = Array.from({ length: span.weeks }, (_, i) => serial(span.firstWeek + 7 * i));
  const clashText = clashNotes(analysis.clashes);
  const legend = `Bars: active weeks (blue), complete (pale blue), past due (red); purple: review date; shaded column: the as-of week${baseline ? `; dark: the due week in the baseline of ${ukOf(baseline.date)}` : ""}.`;
  sheet.rows = [
    ...header.rows,
    [legend, ...Array<SpecValue>(fixed - 1).fill(null), ...monthLabels(span.firstWeek, span.weeks)],
    [...headers, ...weeks],
    ...timeline.map((a) => [
      ...actionRow(a, analysis, clashText.get(a.id) ?? null, serial),
      ...(baseline ? baselineCells(a, baseline, serial) : []),
      ...(planOf ? [planOf(a.id)] : []),
    ]),
  ];
  const lastCol = columnLetters(fixed + Math.max(weeks.length, 1) - 1);
  sheet.columns = [
    ...WIDTHS.map((width, i) => ({ width, numberFormat: i >= 4 && i <= 6 ? DATE_FORMAT : TEXT_FORMAT })),
    ...(baseline
      ? [
          { width: BASELINE_WIDTHS[0], numberFormat: DATE_FORMAT },
          { width: BASELINE_WIDTHS[1], numberFormat: "0" },
        ]
      : []),
    ...(planOf ? [{ width: 18, numberFormat: TEXT_FORMAT }] : []),
    ...weeks.map(() => ({ width: 6 })),
  ];
  const h = TIMELINE_HEADER_ROW;
  sheet.formats.push(
    ...header.formats,
    { range: "A3", italic: true, fontColor: COLOURS.stampFont },
    { range: `${columnLetters(fixed)}3:${lastCol}3`, bold: true, fontColor: COLOURS.titleFont },
    { range: `A${h}:${lastCol}${h}`, bold: true, fill: COLOURS.headerFill, fontColor: COLOURS.headerFont, wrap: true },
  );
  if (weeks.length > 0) {
    sheet.formats.push({
      range: `${columnLetters(fixed)}${h}:${lastCol}${h}`,
      numberFormat: WEEK_FORMAT,
      horizontal: "center",
    });
    const letter = columnOf;
    sheet.conditionalFormats.push(
      ...ganttRules(
        {
          start: letter("Start"),
          due: letter("Due"),
          review: letter("Review"),
          status: letter("Status"),
          firstWeek: columnLetters(fixed),
          lastWeek: lastCol,
          headerRow: h,
          ...(baseline ? { baselineDue: columnLetters(TIMELINE_HEADERS.length) } : {}),
        },
        analysis.asOf,
      ),
    );
  }
  // One set of RAG colours across both RAG columns.
  const rag = `${columnOf("RAG")}${h + 1}:${columnOf("Schedule RAG")}${LAST_ROW}`;
  sheet.conditionalFormats.push(...ragRules(rag, { statusColumn: columnOf("Status") }));
  sheet.freeze = { rows: h, columns: 3 };
  // Month labels and headings on every page; ID, area and action beside every band of weeks.
  sheet.print = weekGridPrint(sheet, `$${h - 1}:$${h}`, "$A:$C");
  return sheet;
}

/** The baseline's due date for the action and the slip since, in calendar days (blank where either is missing). */
function baselineCells(a: Action, baseline: Baseline, serial: SerialOf): SpecValue[] {
  const then = baseline.actions.find((b) => b.id.toLowerCase() === a.id.toLowerCase());
  if (!then || then.due === null) return [null, null];
  return [serial(then.due), a.due === null ? null : a.due - then.due];
}

function actionRow(a: Action, analysis: Analysis, clash: string | null, serial: SerialOf): SpecValue[] {
  const day = (d: Day | null): SpecValue => (d === null ? null : serial(d));
  const cell = actionCell(a);
  return [
    a.id,
    a.area,
    a.action,
    a.owners.join("; "),
    day(a.start),
    day(a.due),
    day(a.reviewDate),
    a.status,
    a.rag,
    analysis.derivedRag[a.id] ?? null,
    link(a.sheet, cell),
    clash,
  ];
}

/** "Clash: Jane Smith, w/c 16/11/2009 (4 deadlines)" per action ID. */
function clashNotes(clashes: Clash[]): Map<string, string> {
  const byId = new Map<string, string[]>();
  for (const c of clashes) {
    for (const id of c.actions) {
      const list = byId.get(id) ?? [];
      list.push(`${c.owner}, w/c ${ukOf(c.week)} (${c.deadlines} deadlines)`);
      byId.set(id, list);
    }
  }
  return new Map([...byId].map(([id, list]) => [id, `Clash: ${list.join("; ")}`]));
}
