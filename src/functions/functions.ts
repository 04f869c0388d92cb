/**
 * The =PLAN.* custom functions. Each is a top-level `function` declaration so
 * custom-functions-metadata-plugin can see it, generate functions.json and
 * append the `CustomFunctions.associate` call. Bodies stay thin: the work is in
 * one module per function; `guard` turns any surprise into `#VALUE!`.
 *
 * Ids and parameter lists are a contract: Excel caches the metadata for up to
 * a day, and a changed signature hands old workbooks the wrong arguments.
 * This file is an entry point, so it is the one place that reads the clock.
 */
import { localDayOf } from "../core/days";
import type { Day } from "../core/types";
import { clashTable } from "./clashes";
import { guard } from "./errors";
import { ownerLoad } from "./ownerLoad";
import { overloadedTable } from "./overloaded";
import { ragRollup } from "./ragRollup";
import { ragStatus } from "./ragStatus";
import { ragSummary } from "./ragSummary";
import { timelineTable } from "./timeline";
import { weekOf } from "./week";

/** The user's today, for "this week" and "as of" defaults. */
function today(): Day {
  return localDayOf(new Date());
}

/**
 * Counts of each RAG rating in a range: one cell such as "R 2 · A 3 · G 10", a spilled table, or shares.
 * @customfunction RAGSUMMARY
 * @helpurl https://github.com/implementation-planner/implementation-planner#planragsummary
 * @param ratings The cells holding RAG ratings (R, A/R, A, A/G, G, Complete; blanks are skipped).
 * @param format "text" (default), "row" or "column" for a spilled table of counts, or "percent" for shares.
 * @returns The summary: one cell, or a table that spills.
 */
export function ragsummary(ratings: any[][], format?: string): any[][] {
  return guard("RAGSUMMARY", () => ragSummary(ratings, format));
}

/**
 * One overall RAG status for a range of ratings.
 * @customfunction RAGROLLUP
 * @helpurl https://github.com/implementation-planner/implementation-planner#planragrollup
 * @param ratings The cells holding RAG ratings.
 * @param rule "worst" (default), "majority" or "score".
 * @returns Red, Amber/Red, Amber, Amber/Green, Green, Complete or Not rated.
 */
export function ragrollup(ratings: any[][], rule?: string): string {
  return guard("RAGROLLUP", () => ragRollup(ratings, rule));
}

/**
 * The RAG an action's schedule gives it: Complete, Red when past due, Amber when behind, else Green.
 * @customfunction RAGSTATUS
 * @helpurl https://github.com/implementation-planner/implementation-planner#planragstatus
 * @param start Start date (a cell, or a column of them).
 * @param due Due date (same height as start).
 * @param percent_complete Percent complete: 40%, 0.4 or 40 (same height as start).
 * @param status Status such as "In progress" or "Complete" (optional, same height as start).
 * @param as_of The date to judge by (default: today).
 * @returns One RAG per row; a column of them spills.
 */
export function ragstatus(
  start: any[][],
  due: any[][],
  percent_complete: any[][],
  status?: any[][],
  as_of?: number,
): any[][] {
  return guard("RAGSTATUS", () => ragStatus(start, due, percent_complete, status, as_of, today()));
}

/**
 * How many of an owner's actions are active (started, not due, not complete) in one week.
 * @customfunction OWNERLOAD
 * @helpurl https://github.com/implementation-planner/implementation-planner#planownerload
 * @param owners The owner column; joint owners such as "A and B" count for each.
 * @param starts The start dates (same height as owners).
 * @param dues The due dates (same height as owners).
 * @param owner The owner's name.
 * @param week Any date in the week (default: this week).
 * @param statuses The status column, so complete actions are left out (optional).
 * @returns The number of active actions that week.
 */
export function ownerload(
  owners: any[][],
  starts: any[][],
  dues: any[][],
  owner: string,
  week?: number,
  statuses?: any[][],
): number {
  return guard("OWNERLOAD", () => ownerLoad(owners, starts, dues, owner, week, statuses, today()));
}

/**
 * Owners with more concurrent actions in a week than their capacity.
 * @customfunction OVERLOADED
 * @helpurl https://github.com/implementation-planner/implementation-planner#planoverloaded
 * @param owners The owner column; joint owners such as "A and B" count for each.
 * @param starts The start dates (same height as owners).
 * @param dues The due dates (same height as owners).
 * @param capacity Actions per week each owner can carry: one number, or two columns of name and capacity (default 3).
 * @param statuses The status column, so complete actions are left out (optional).
 * @param from Only weeks from this date (optional).
 * @param to Only weeks up to this date (optional).
 * @returns A table that spills: owner, peak load, capacity, first overloaded week, overloaded weeks.
 */
export function overloaded(
  owners: any[][],
  starts: any[][],
  dues: any[][],
  capacity?: any[][],
  statuses?: any[][],
  from?: number,
  to?: number,
): any[][] {
  return guard("OVERLOADED", () => overloadedTable(owners, starts, dues, capacity, statuses, from, to));
}

/**
 * Weeks in which one owner has too many deadlines.
 * @customfunction CLASHES
 * @helpurl https://github.com/implementation-planner/implementation-planner#planclashes
 * @param owners The owner column; joint owners such as "A and B" count for each.
 * @param dues The due dates (same height as owners).
 * @param threshold Deadlines in one week that make a clash (default 3).
 * @param statuses The status column, so complete actions are left out (optional).
 * @returns A table that spills: owner, week (its Monday), number of deadlines.
 */
export function clashes(owners: any[][], dues: any[][], threshold?: number, statuses?: any[][]): any[][] {
  return guard("CLASHES", () => clashTable(owners, dues, threshold, statuses));
}

/**
 * Every action as one timeline, sorted by start then due.
 * @customfunction TIMELINE
 * @helpurl https://github.com/implementation-planner/implementation-planner#plantimeline
 * @param areas The area column (a blank carries down the area above).
 * @param actions The action column (same height as areas).
 * @param owners The owner column (same height as areas).
 * @param starts The start dates (same height as areas).
 * @param dues The due dates (same height as areas).
 * @param statuses The status column (optional).
 * @returns A table that spills: area, action, owner, start, due, status.
 */
export function timeline(
  areas: any[][],
  actions: any[][],
  owners: any[][],
  starts: any[][],
  dues: any[][],
  statuses?: any[][],
): any[][] {
  return guard("TIMELINE", () => timelineTable(areas, actions, owners, starts, dues, statuses));
}

/**
 * The Monday of the week holding a date, so you can build your own weekly grids.
 * @customfunction WEEK
 * @helpurl https://github.com/implementation-planner/implementation-planner#planweek
 * @param date A date (or a cell holding one).
 * @returns The Monday of that date's week, as a date serial (format the cell as a date).
 */
export function week(date: number): number {
  return guard("WEEK", () => weekOf(date));
}
