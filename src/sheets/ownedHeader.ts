/** The top rows every owned sheet starts with: its title (which marks it as the add-in's) and when it was computed. */
import { localDayOf, mondayOf, serialOf, ukOf } from "../core/days";
import type { Day } from "../core/types";
import { ownedTitle } from "./marks";
import { COLOURS } from "./palette";
import type { RangeFormat, SpecValue } from "./types";

/** What every owned sheet says about how it was made. */
export interface Stamp {
  /** The clock reading when computed (the caller's clock: sheets never read it). */
  now: Date;
  asOf: Day;
  actions: number;
}

/**
 * "22/11/2025 17:58" in the clock's local time.
 * @example clockText(new Date(2009, 10, 16, 9, 5)) // "16/11/2009 09:05"
 */
export function clockText(date: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(date.getDate())}/${p(date.getMonth() + 1)}/${date.getFullYear()} ${p(date.getHours())}:${p(date.getMinutes())}`;
}

/**
 * A moment as a serial in the workbook's date system, to the minute, in local time (as clockText shows it).
 * @example clockSerial(new Date(2026, 11, 3, 12, 0)) // 46359.5
 */
export function clockSerial(date: Date, date1904 = false): number {
  const minutes = date.getHours() * 60 + date.getMinutes();
  return serialOf(localDayOf(date), date1904) + minutes / 1440;
}

/**
 * Title and stamp rows, with their formats.
 * @example ownedHeaderRows("Load", stamp).rows[0][0] // "Implementation Planner — Load"
 */
export function ownedHeaderRows(kind: string, stamp: Stamp): { rows: SpecValue[][]; formats: RangeFormat[] } {
  const plural = stamp.actions === 1 ? "action" : "actions";
  return {
    rows: [
      [ownedTitle(kind)],
      [
        `Computed ${clockText(stamp.now)} from ${stamp.actions} ${plural}, as of ${ukOf(stamp.asOf)}. ` +
          "Consolidate regenerates this sheet: changes made here are replaced.",
      ],
    ],
    formats: [
      { range: "A1", bold: true, fontSize: 14, fontColor: COLOURS.titleFont },
      { range: "A2", italic: true, fontColor: COLOURS.stampFont },
    ],
  };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A label over the first Monday of each month ("Sep 2009"), blank elsewhere: the year the "dd/mm" headers leave out.
 * @example monthLabels(mondayOf(dayFromIso("2009-08-31")!), 2) // ["Aug 2009", "Sep 2009"]
 */
export function monthLabels(firstWeek: Day, weeks: number): (string | null)[] {
  const labels: (string | null)[] = [];
  let last = "";
  for (let i = 0; i < weeks; i++) {
    const monday = mondayOf(firstWeek) + 7 * i;
    const [y, m] = ukOf(monday).split("/").reverse();
    const label = `${MONTHS[Number(m) - 1]} ${y}`;
    labels.push(label === last ? null : label);
    last = label;
  }
  return labels;
}

/** Header number format of week columns: the year is in the month row above. */
export const WEEK_FORMAT = "dd/mm";
