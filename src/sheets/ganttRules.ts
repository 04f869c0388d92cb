/**
 * The Timeline's Gantt grid as five conditional-format rules over whole
 * columns: review markers, past-due bars, complete bars, bars, and the as-of
 * week. However many rows or runs, the count stays five.
 */
import { mondayOf, ymdOf } from "../core/days";
import type { Day } from "../core/types";
import { LAST_ROW } from "./a1";
import { COLOURS } from "./palette";
import type { ExpressionRule } from "./types";

/** Where the rules read from: the column letters of the row's dates and status, and the grid's position. */
export interface GanttColumns {
  start: string;
  due: string;
  review: string;
  status: string;
  /** First and last week column letters. */
  firstWeek: string;
  lastWeek: string;
  /** Row of the week-date headers; bars start on the row below. */
  headerRow: number;
  /** The baseline's due date column, when the plan has a baseline: its week is marked. */
  baselineDue?: string;
}

/** A day as `DATE(y,m,d)`: right in a workbook on either date system, where a serial is not. */
function dateFormula(day: Day): string {
  const { year, month, day: date } = ymdOf(day);
  return `DATE(${year},${month},${date})`;
}

/**
 * The five Gantt rules.
 * @example ganttRules(columns, asOf).length // 5
 */
export function ganttRules(c: GanttColumns, asOf: Day): ExpressionRule[] {
  const top = c.headerRow + 1;
  const cell = `${c.firstWeek}$${c.headerRow}`;
  const [s, d, r, st] = [`$${c.start}${top}`, `$${c.due}${top}`, `$${c.review}${top}`, `$${c.status}${top}`];
  const active = `AND(ISNUMBER(${d}),${cell}<=${d},${cell}+6>=IF(ISNUMBER(${s}),${s},${d}))`;
  const grid = `${c.firstWeek}${top}:${c.lastWeek}${LAST_ROW}`;
  const rule = (formula: string, fill: string, range = grid): ExpressionRule => ({
    kind: "expression",
    range,
    formula: `=${formula}`,
    fill,
    stopIfTrue: true,
  });
  const complete = `${st}="Complete"`;
  const baseline = c.baselineDue ? `$${c.baselineDue}${top}` : null;
  return [
    ...(baseline
      ? [rule(`AND(ISNUMBER(${baseline}),${baseline}>=${cell},${baseline}<=${cell}+6)`, COLOURS.baselineDue)]
      : []),
    rule(`AND(ISNUMBER(${r}),${r}>=${cell},${r}<=${cell}+6)`, COLOURS.review),
    rule(`AND(${active},NOT(${complete}),${d}<${dateFormula(asOf)})`, COLOURS.barPastDue),
    rule(`AND(${active},${complete})`, COLOURS.barComplete),
    rule(active, COLOURS.bar),
    rule(
      `${cell}=${dateFormula(mondayOf(asOf))}`,
      COLOURS.thisWeek,
      `${c.firstWeek}${c.headerRow}:${c.lastWeek}${LAST_ROW}`,
    ),
  ];
}
