import { dayFromSerial, mondayOf, serialOf } from "../core/days";
import { functionError } from "./errors";

/**
 * Serial of the Monday of the week holding `date` (an Excel serial).
 * @example weekOf(39873) // 39867, Monday 23/02/2009
 */
export function weekOf(date: unknown): number {
  if (typeof date !== "number" || date === 0) {
    throw functionError("#VALUE!", `date: found ${describe(date)}, expected a date`);
  }
  const day = dayFromSerial(date);
  if (day === null) throw functionError("#VALUE!", `date: ${date} is not a date Excel can show`);
  return serialOf(mondayOf(day));
}

function describe(value: unknown): string {
  if (value === null || value === undefined || value === "" || value === 0) return "a blank";
  return typeof value === "string" ? `text '${value}'` : String(value);
}
