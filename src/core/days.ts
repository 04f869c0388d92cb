/**
 * Whole-day arithmetic on "epoch days" (days since 1970-01-01). Pure integer
 * maths through UTC, so results never depend on the machine's time zone.
 */
import type { Day } from "./types";

const MS_PER_DAY = 86_400_000;
/** Epoch day of 1899-12-30, Excel's serial zero in the 1900 system for serials from 61 on. */
const SERIAL_1900_EPOCH = -25569;
/** Epoch day of 1904-01-01, serial zero in the 1904 system. */
const SERIAL_1904_EPOCH = -24107;

/**
 * The day for a calendar date, or null when it does not exist.
 * @example dayFromYmd(2009, 9, 31) // null (30 days hath September)
 */
export function dayFromYmd(year: number, month: number, day: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Math.round(utcOf(year, month - 1, day) / MS_PER_DAY);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcOf(year, month, 0)).getUTCDate();
}

/** Date.UTC without its trap: it reads years 0–99 as 1900–1999, so year 9 would be 1909. */
function utcOf(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** 31/12/9999, the last day Excel can hold (either date system). */
export const LAST_EXCEL_DAY = 2932896;

/** Calendar parts of a day. */
export function ymdOf(day: Day): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * ISO text of a day.
 * @example isoOf(dayFromYmd(2009, 3, 1)!) // "2009-03-01"
 */
export function isoOf(day: Day): string {
  // A plan's dates fall on a few hundred days, written tens of thousands of times (implan check --json).
  let iso = ISO_TEXT.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (ISO_TEXT.size >= 100_000) ISO_TEXT.clear();
    ISO_TEXT.set(day, iso);
  }
  return iso;
}

const ISO_TEXT = new Map<Day, string>();

/**
 * UK text of a day.
 * @example ukOf(dayFromYmd(2009, 3, 1)!) // "01/03/2009"
 */
export function ukOf(day: Day): string {
  const { year, month, day: d } = ymdOf(day);
  return `${String(d).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/** Parse `YYYY-MM-DD`; null when malformed or impossible. */
export function dayFromIso(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * The Monday of the (Monday-to-Sunday) week holding `day`.
 * @example isoOf(mondayOf(dayFromIso("2009-03-01")!)) // "2009-02-23"
 */
export function mondayOf(day: Day): Day {
  // 1970-01-01 was a Thursday: (day + 3) mod 7 counts days since Monday.
  return day - ((((day + 3) % 7) + 7) % 7);
}

/**
 * Add calendar months, clamping to the month's end.
 * @example isoOf(addMonths(dayFromIso("2009-08-31")!, 6)) // "2010-02-28"
 */
export function addMonths(day: Day, months: number): Day {
  const { year, month, day: d } = ymdOf(day);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return dayFromYmd(y, m, Math.min(d, daysInMonth(y, m))) as Day;
}

/**
 * Day for an Excel serial; null for serial 60 in the 1900 system (Excel's
 * fictitious 29/02/1900), non-positive serials and fractions are floored.
 * @example isoOf(dayFromSerial(39873)!) // "2009-03-01"
 */
export function dayFromSerial(serial: number, date1904 = false): Day | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) return whole < 0 ? null : SERIAL_1904_EPOCH + whole;
  if (whole < 1 || whole === 60) return null;
  // Serials 1..59 sit before the fictitious leap day, so are one day further back.
  return whole < 60 ? SERIAL_1900_EPOCH + whole + 1 : SERIAL_1900_EPOCH + whole;
}

/**
 * Excel serial for a day (what a cell holding the date stores): the 1900 system, or the 1904 one when asked.
 * @example serialOf(dayFromIso("2009-03-01")!) // 39873; serialOf(dayFromIso("2009-03-01")!, true) // 38411
 */
export function serialOf(day: Day, date1904 = false): number {
  if (date1904) return day - SERIAL_1904_EPOCH;
  const serial = day - SERIAL_1900_EPOCH;
  return serial < 61 ? serial - 1 : serial;
}

/**
 * Day of a JS Date as file readers give it. ExcelJS builds dates at UTC
 * midnight, so the UTC calendar date is the cell's date.
 */
export function dayFromDate(date: Date): Day | null {
  const t = date.getTime();
  if (Number.isNaN(t)) return null;
  return Math.floor(t / MS_PER_DAY);
}

/** A UTC-midnight Date for a day (what ExcelJS writes as that date). */
export function dateOf(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

/**
 * The calendar day a local clock reading falls on (the user's "today"). The
 * clock is read by the caller, never by the core.
 * @example localDayOf(new Date(2009, 2, 1, 23, 30)) // day of 2009-03-01 in any time zone
 */
export function localDayOf(date: Date): Day {
  return dayFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate()) as Day;
}
