/**
 * Date cells as hosts hand them over — serials, JS dates, and text typed in
 * the ways people in England type dates. Anything uncertain is a problem for
 * the caller to report, never a guess.
 */
import { dayFromDate, dayFromSerial, dayFromYmd, daysInMonth } from "../days";
import type { CellValue, Day } from "../types";
import { isErrorValue } from "./cells";

export type DateRead = { kind: "blank" } | { kind: "day"; day: Day } | { kind: "bad"; reason: string };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** Excel's last serial: 31/12/9999. */
const MAX_SERIAL = 2958465;

const BLANK: DateRead = { kind: "blank" };
const day = (d: Day): DateRead => ({ kind: "day", day: d });
const bad = (reason: string): DateRead => ({ kind: "bad", reason });

/**
 * Read a date cell. Blank, `0` (what some Excel builds send for an empty
 * cell) and spaces are blank.
 * @example readDateCell("31/09/2009") // { kind: "bad", reason: "September 2009 has 30 days" }
 */
export function readDateCell(value: CellValue, date1904 = false): DateRead {
  if (value === null || value === undefined || value === 0) return BLANK;
  if (value instanceof Date) {
    const d = dayFromDate(value);
    return d === null ? bad("it is not a valid date") : day(d);
  }
  if (typeof value === "number") return fromSerial(value, date1904);
  if (typeof value === "boolean") return bad(`it is ${value ? "TRUE" : "FALSE"}, not a date`);
  const text = value.trim();
  if (text === "") return BLANK;
  if (isErrorValue(text)) return bad(`it holds the error ${text.toUpperCase()}`);
  return fromText(text);
}

function fromSerial(serial: number, date1904: boolean): DateRead {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return bad(`${serial} is not a date serial`);
  if (!date1904 && Math.floor(serial) === 60) return bad("29/02/1900 never existed (Excel keeps it for Lotus 1-2-3)");
  const d = dayFromSerial(serial, date1904);
  return d === null ? bad(`${serial} is not a date serial`) : day(d);
}

function fromText(text: string): DateRead {
  const lower = text.toLowerCase().replace(/\s+/g, " ");
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(lower);
  if (m) return checked(fullYear(m[3]), Number(m[2]), Number(m[1]));
  // A time after the date is allowed only when it is a real time of day (not "25:99").
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t](?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?z?)?$/.exec(lower);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\.?,? (\d{4})$/.exec(lower);
  if (m && monthOf(m[2]) !== null) return checked(Number(m[3]), monthOf(m[2]) as number, Number(m[1]));
  m = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(lower);
  if (m && monthOf(m[1]) !== null) return checked(Number(m[3]), monthOf(m[1]) as number, Number(m[2]));
  m = /^([a-z]+)\.?[ -](\d{4})$/.exec(lower);
  if (m && monthOf(m[1]) !== null) {
    const month = monthOf(m[1]) as number;
    return checked(Number(m[2]), month, daysInMonth(Number(m[2]), month));
  }
  return bad("it is not a date Excel or the planner can read");
}

/**
 * A typed year in full. Two digits follow Excel's pivot: 00–29 are 2000–2029
 * and 30–99 are 1930–1999 ("How Excel works with two-digit year numbers",
 * Microsoft Learn; Windows' default cut-off year is 2029).
 */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

function monthOf(word: string): number | null {
  const full = MONTH_NAMES.indexOf(word);
  if (full >= 0) return full + 1;
  const short = MONTHS.indexOf(word === "sept" ? "sep" : word);
  return short >= 0 ? short + 1 : null;
}

function checked(year: number, month: number, d: number): DateRead {
  if (month < 1 || month > 12) return bad(`there is no month ${month}`);
  if (year < 1900 || year > 9999) return bad(`the year ${year} is out of range`);
  const last = daysInMonth(year, month);
  if (d < 1 || d > last)
    return bad(`${MONTH_NAMES[month - 1].replace(/^./, (c) => c.toUpperCase())} ${year} has ${last} days`);
  return day(dayFromYmd(year, month, d) as Day);
}
