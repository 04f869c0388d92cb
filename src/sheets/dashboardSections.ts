/** The lists under the Dashboard's summary: each a titled block of rows, capped so a huge plan stays readable. */
import { actionCell } from "../core/rules/actionCell";
import type { Analysis } from "../core/analysisTypes";
import { overloadsByOwner } from "../core/compute";
import { link } from "./cellLink";
import type { ConditionalRule, SerialOf } from "./types";
import type { Problem } from "../core/types";
import type { SpecValue } from "./types";
import { idList } from "./cellLimits";

export interface Section {
  title: string;
  header: string[];
  rows: SpecValue[][];
  /** 0-based columns that hold dates. */
  dateColumns: number[];
  /** Conditional formats over the shown rows (1-based first and last row). */
  rules?: (firstRow: number, lastRow: number) => ConditionalRule[];
}

/** Rows listed per section; the rest are counted ("… and 120 more"), and the Timeline has them all. */
export const SECTION_CAP = 200;

/** Overdue actions: due before the as-of date and not complete. */
export function overdueSection(analysis: Analysis, serialOf: SerialOf): Section {
  return {
    title: `Overdue actions (${analysis.overdue.length})`,
    header: ["ID", "Due", "Days overdue", "Source", "Owners", "Action"],
    dateColumns: [1],
    rows: analysis.overdue.map((a) => [
      a.id,
      a.due === null ? null : serialOf(a.due),
      a.due === null ? null : analysis.asOf - a.due,
      link(a.sheet, actionCell(a, "due")),
      a.owners.join("; "),
      a.action,
    ]),
  };
}

/** Reviews overdue or due within the window. */
export function reviewsSection(analysis: Analysis, windowDays: number, serialOf: SerialOf): Section {
  return {
    title: `Reviews overdue or due in the next ${windowDays} days (${analysis.reviews.length})`,
    header: ["Kind", "Review date", "Overdue", "Source", "Action or risk"],
    dateColumns: [1],
    rows: analysis.reviews.map((r) => [
      r.kind === "action" ? "Action" : "Risk",
      serialOf(r.due),
      r.overdue ? "Overdue" : null,
      link(r.sheet, r.cell),
      r.label,
    ]),
  };
}

/**
 * Overloaded owners: worst week, how many weeks, and the actions that cause the worst week; in a
 * roll-up (`planOf` given) also the plans their overloaded weeks' actions come from.
 */
export function overloadSection(
  analysis: Analysis,
  serialOf: SerialOf,
  planOf?: (actionId: string) => string,
): Section {
  const owners = overloadsByOwner(analysis.overloads);
  const plansOf = (weeks: { actions: string[] }[]) =>
    [...new Set(weeks.flatMap((w) => w.actions).map((id) => planOf?.(id) ?? ""))].filter(Boolean).sort().join(", ");
  return {
    title: `Overloaded owners (${owners.length})`,
    header: [
      "Owner",
      "Capacity",
      "Worst week",
      "Load that week",
      "Overloaded weeks",
      ...(planOf ? ["Plans"] : []),
      "Actions that week",
    ],
    dateColumns: [2],
    rows: owners.map(({ worst, weeks }) => [
      worst.owner,
      worst.capacity,
      serialOf(worst.week),
      worst.load,
      weeks.length,
      ...(planOf ? [plansOf(weeks)] : []),
      idList(worst.actions),
    ]),
  };
}

/** Deadline clashes: too many deadlines for one owner in one week. */
export function clashSection(analysis: Analysis, serialOf: SerialOf): Section {
  return {
    title: `Deadline clashes (${analysis.clashes.length})`,
    header: ["Owner", "Week of", "Deadlines", "Actions"],
    dateColumns: [1],
    rows: analysis.clashes.map((c) => [c.owner, serialOf(c.week), c.deadlines, idList(c.actions)]),
  };
}

/** Weeks needing more staff days than the owner has (only where both are known). */
export function daysSection(analysis: Analysis, serialOf: SerialOf): Section {
  return {
    title: `Staff days over availability (${analysis.daysOverloads.length} owner-weeks)`,
    header: ["Owner", "Week of", "Days needed", "Days available", "Actions"],
    dateColumns: [1],
    rows: analysis.daysOverloads.map((d) => [
      d.owner,
      serialOf(d.week),
      d.daysNeeded,
      d.daysAvailable,
      idList(d.actions),
    ]),
  };
}

/** Problems met reading the plan, then the engine's quality warnings. */
export function problemSection(problems: Problem[]): Section {
  return {
    title: `Problems (${problems.length}: ${problems.filter((p) => p.severity === "error").length} errors)`,
    header: ["Severity", "Cell", "Message"],
    dateColumns: [],
    rows: problems.map((p) => [p.severity === "error" ? "Error" : "Warning", link(p.sheet, p.cell), p.message]),
  };
}
