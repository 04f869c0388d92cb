/**
 * The planner's Baseline sheet read back: each row one action of one
 * baseline. Hand edits are read like any other cell, and what makes no sense
 * (a date that is not one, a row without an ID, an ID twice in one baseline)
 * is a problem at its cell and left out — never trusted silently.
 */
import { BASELINE_HEADERS, type Baseline, type BaselineAction } from "../baselineTypes";
import { isoOf } from "../days";
import { parseRag } from "../rag";
import { readPercent } from "../rules/percent";
import { parseStatus } from "../status";
import type { Day } from "../types";
import { textOf } from "./cells";
import { readDateCell } from "./dates";
import type { Problems } from "./problems";
import type { SheetGrid } from "./sheetGrid";

/** Rows searched for the heading row (the title, a line of explanation and a blank row come first). */
const HEADER_SEARCH = 10;

/**
 * Every baseline on the sheet, oldest first.
 * @example readBaselines(grid, false, problems)[0].date // the first baseline's day
 */
export function readBaselines(grid: SheetGrid, date1904: boolean, problems: Problems): Baseline[] {
  const headerRow = findHeaderRow(grid);
  if (headerRow === null) {
    problems.add(
      grid.sheet,
      "A4",
      "warning",
      `No heading row (${BASELINE_HEADERS.join(", ")}) on the Baseline sheet, so it was not read: set a new baseline to write it again.`,
    );
    return [];
  }
  const column = columnsOf(grid, headerRow);
  const byDate = new Map<Day, BaselineAction[]>();
  const seen = new Map<Day, Set<string>>();
  for (const r of grid.rowIndexesFrom(headerRow + 1)) {
    const at = (heading: (typeof BASELINE_HEADERS)[number]) => grid.cell(r, column.get(heading) ?? -1);
    const cell = (heading: (typeof BASELINE_HEADERS)[number]) => grid.address(r, column.get(heading) ?? 0);
    const id = textOf(at("ID"));
    const dateRead = readDateCell(at("Baseline date"), date1904);
    if (id === "" && dateRead.kind === "blank") continue;
    if (dateRead.kind !== "day") {
      problems.add(
        grid.sheet,
        cell("Baseline date"),
        "warning",
        `Baseline row without a readable date (${dateRead.kind === "bad" ? dateRead.reason : "blank"}): this row is left out of every comparison; type the baseline's date as dd/mm/yyyy, or delete the row.`,
      );
      continue;
    }
    if (id === "") {
      problems.add(
        grid.sheet,
        cell("ID"),
        "warning",
        "Baseline row without an ID: it cannot be matched to an action, so it is left out; type the action's ID or delete the row.",
      );
      continue;
    }
    const ids = seen.get(dateRead.day) ?? new Set<string>();
    if (ids.has(id.toLowerCase())) {
      problems.add(
        grid.sheet,
        cell("ID"),
        "warning",
        `ID ${id} appears twice in the baseline of ${isoOf(dateRead.day)}: the first is used; delete the other row.`,
      );
      continue;
    }
    ids.add(id.toLowerCase());
    seen.set(dateRead.day, ids);
    const dayIn = (heading: "Start" | "Due"): Day | null => {
      const read = readDateCell(at(heading), date1904);
      if (read.kind === "bad") {
        problems.add(
          grid.sheet,
          cell(heading),
          "warning",
          `Baseline ${heading.toLowerCase()} for ${id} is not a date (${read.reason}): left out of the comparison; type it as dd/mm/yyyy.`,
        );
      }
      return read.kind === "day" ? read.day : null;
    };
    const percent = readPercent(at("% complete"));
    const list = byDate.get(dateRead.day) ?? [];
    list.push({
      id,
      plan: textOf(at("Plan")),
      area: textOf(at("Area")),
      action: textOf(at("Action")),
      owners: textOf(at("Owners"))
        .split(";")
        .map((o) => o.trim())
        .filter(Boolean),
      start: dayIn("Start"),
      due: dayIn("Due"),
      status: parseStatus(textOf(at("Status"))) ?? "Not started",
      rag: parseRag(textOf(at("RAG"))) ?? "Not rated",
      percentComplete: percent.kind === "points" ? percent.points : null,
    });
    byDate.set(dateRead.day, list);
  }
  return [...byDate].sort(([a], [b]) => a - b).map(([date, actions]) => ({ date, actions }));
}

function findHeaderRow(grid: SheetGrid): number | null {
  for (let r = 0; r < Math.min(HEADER_SEARCH, grid.rowCount); r++) {
    if (textOf(grid.cell(r, 0)).toLowerCase() === BASELINE_HEADERS[0].toLowerCase()) return r;
  }
  return null;
}

function columnsOf(grid: SheetGrid, headerRow: number): Map<string, number> {
  const columns = new Map<string, number>();
  for (let c = 0; c < 40; c++) {
    const text = textOf(grid.cell(headerRow, c)).toLowerCase();
    const heading = BASELINE_HEADERS.find((h) => h.toLowerCase() === text);
    if (heading && !columns.has(heading)) columns.set(heading, c);
  }
  return columns;
}
