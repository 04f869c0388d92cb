/**
 * Partners' plan workbooks for the roll-up tests: a Plan sheet naming the
 * plan, an optional People sheet, and one area of busy actions — each open
 * from 02/11/2009 to 27/11/2009 unless told otherwise, so a few in each plan
 * overload one person only when the plans are put together.
 */
import type { RawSheet, RawValue } from "./rawXlsx";

/** An action in progress for `owner` through November 2009 (due 27/11/2009 unless given). */
export function busy(id: string, owner: string, due = "2009-11-27"): RawValue[] {
  return [id, `Action ${id}`, owner, { date: "2009-11-02" }, { date: due }, "In progress"];
}

/**
 * The sheets of one partner's plan, for `rawXlsx`.
 * @example await rawXlsx({ sheets: partnerPlan("Eastside", [["Jane Smith", 2]], [busy("W1", "Jane Smith")]) })
 */
export function partnerPlan(
  name: string,
  people: [string, number][] | null,
  rows: RawValue[][],
  asOf?: string,
): RawSheet[] {
  return [
    { name: "Plan", rows: [["Plan name", name], ...(asOf ? [["As of", { date: asOf }]] : [])] },
    ...(people ? [{ name: "People", rows: [["Name", "Capacity"], ...people] }] : []),
    { name: "Workforce planning", rows: [["ID", "Action", "Owner", "Start", "Due", "Status"], ...rows] },
  ];
}
