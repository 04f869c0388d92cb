/**
 * What Excel makes of a string written through `Range.values` into a cell
 * that is not formatted as text. Office.js parses such strings as if typed,
 * with en-US rules whatever the user's locale:
 * - `Range.values` remarks (@types/office-js; learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member):
 *   "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula."
 * - office-js #1559 (maintainer): "the APIs use USA locale by default … If you want to use the current locale … use Range.formulasLocal".
 * So `01/03/2009` is 3 January, `31/03/2009` stays text, `Sep 2009` is a date,
 * `1.10` the number 1.1, `007` the number 7, `40%` 0.4, `true` TRUE.
 * Independent of the planner's own date code on purpose.
 */

export interface Coerced {
  value: string | number | boolean;
  /** Set when the string became a formula. */
  formula?: string;
  /** The format Excel gives a cell it turned into a date or percentage. */
  numberFormat?: string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][-+]?\d+)?$/;

/** Serial of a date in the 1900 system (Excel's fictitious 29/02/1900 counted), or null when not a date. */
function serialOf(year: number, month: number, day: number, date1904: boolean): number | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const utc = Date.UTC(year, month - 1, day);
  const back = new Date(utc);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  if (date1904) return Math.round((utc - Date.UTC(1904, 0, 1)) / 86_400_000);
  const serial = Math.round((utc - Date.UTC(1899, 11, 30)) / 86_400_000);
  return serial < 61 ? serial - 1 : serial;
}

function fullYear(text: string): number {
  const year = Number(text);
  // Excel's two-digit year window: 00–29 are 2000s, 30–99 the 1900s.
  return text.length <= 2 ? (year < 30 ? 2000 + year : 1900 + year) : year;
}

function monthOf(text: string): number | null {
  const at = MONTHS.indexOf(text.slice(0, 3).toLowerCase());
  return at < 0 ? null : at + 1;
}

function dateOf(text: string, date1904: boolean): number | null {
  let m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(text);
  if (m) return serialOf(fullYear(m[3]), Number(m[1]), Number(m[2]), date1904); // m/d/y
  m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(text);
  if (m) return serialOf(Number(m[1]), Number(m[2]), Number(m[3]), date1904);
  m = /^([A-Za-z]{3,9})\.? (\d{4})$/.exec(text); // "Sep 2009": the 1st of the month
  if (m && monthOf(m[1])) return serialOf(Number(m[2]), monthOf(m[1]) as number, 1, date1904);
  m = /^(\d{1,2})[- ]([A-Za-z]{3,9})[- ](\d{2}|\d{4})$/.exec(text); // "1-Sep-2009", "1 September 2009"
  if (m && monthOf(m[2])) return serialOf(fullYear(m[3]), monthOf(m[2]) as number, Number(m[1]), date1904);
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(text); // "Sep 1, 2009"
  if (m && monthOf(m[1])) return serialOf(Number(m[3]), monthOf(m[1]) as number, Number(m[2]), date1904);
  return null;
}

/**
 * The cell Excel makes of `text` written into a General cell.
 * @example coerceEnUs("01/03/2009", false) // { value: 39816, numberFormat: "m/d/yyyy" } — 3 January
 */
export function coerceEnUs(text: string, date1904: boolean): Coerced {
  const trimmed = text.trim();
  if (trimmed.startsWith("=")) return { value: "", formula: text };
  if (NUMBER.test(trimmed) && /\d/.test(trimmed)) return { value: Number(trimmed.replace(/,/g, "")) };
  const percent = /^([-+]?\d+(\.\d+)?)\s*%$/.exec(trimmed);
  if (percent) return { value: Number(percent[1]) / 100, numberFormat: "0%" };
  // Any other text starting with + - or @ is taken as a formula; as a formula it shows an error.
  if (/^[+\-@]/.test(trimmed)) return { value: "#NAME?", formula: `=${trimmed.replace(/^[+@]/, "")}` };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const date = dateOf(trimmed, date1904);
  if (date !== null) return { value: date, numberFormat: "m/d/yyyy" };
  return { value: text };
}
