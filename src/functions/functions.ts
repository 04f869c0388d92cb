/**
 * The =PLAN.* custom functions. Each is a top-level `function` declaration so
 * custom-functions-metadata-plugin can see it, generate functions.json and
 * append the `CustomFunctions.associate` call. Bodies stay thin: convert
 * arguments, call the core, map failures to Excel error values.
 */
import { weekOf } from "./week";

/**
 * The Monday of the week holding a date, so you can build your own weekly grids.
 * @customfunction WEEK
 * @helpurl https://localhost:3000/help.html#planweek
 * @param date A date (or a cell holding one).
 * @returns The Monday of that date's week, as a date serial (format the cell as a date).
 */
export function week(date: number): number {
  return weekOf(date);
}
