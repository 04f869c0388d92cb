/** One action from one row: every field read, every bad cell reported at its address. */
import { readPercent as readPercentCell } from "../rules/percent";
import { parseRag as parseRagText } from "../rag";
import { parseStatus as parseStatusText } from "../status";
import { ukOf } from "../days";
import type { Action, ActionField, Day } from "../types";
import { isBlank, isErrorValue, shown } from "./cells";
import { horizonMonths } from "./horizons";
import type { OwnerDirectory } from "./owners";
import { memoText } from "./memo";

const parseRag = memoText(parseRagText);
const parseStatus = memoText(parseStatusText);
const horizonOf = memoText(horizonMonths);
import type { RowReader } from "./rowReader";

/** What a row holds before horizons are resolved. */
export interface RowAction {
  action: Action;
  /** Months of a horizon that stands in for the due date. */
  horizonMonths: number | null;
}

const DATE_HINT = "type a date such as 30/10/2009";

/**
 * Read the action on the reader's current row (its action text already known to be there).
 * @example readActionRow(reader.at(5), "Transport", "Objective", owners)
 */
export function readActionRow(row: RowReader, area: string, objective: string, owners: OwnerDirectory): RowAction {
  const idText = row.text("id");
  const cells: Action["cells"] = row.cells();
  const ownerNames = owners.split(row.wordText("owner"));
  if (ownerNames.length === 0 && row.has("owner")) {
    row.report(
      "owner",
      "warning",
      "This action has no owner: type who is responsible (a name from People) so it counts in their load.",
    );
  }
  const start = readDate(row, "start", "warning", "the action is placed on its due date only");
  let due = readDate(row, "due", "error", "the action cannot be placed on the timeline");
  let months: number | null = null;
  const horizonText = row.text("horizon");
  const dueRaw = row.raw("due");
  const dueBlank = dueRaw === 0 || isBlank(dueRaw);
  if (due === null && dueBlank && horizonText !== "") {
    months = horizonOf(horizonText);
    if (months === null) due = horizonAsDate(row);
  } else if (due === null && dueBlank) {
    const field = row.has("due") ? "due" : row.has("horizon") ? "horizon" : "action";
    row.report(
      field,
      "error",
      "This action has no due date, so it cannot be placed on the timeline: type a due date (or a horizon such as 'In 6 months').",
    );
  }
  if (due !== null && start !== null && due < start) {
    const field = row.has("due") && !dueBlank ? "due" : "horizon";
    row.report(field, "error", `Due ${ukOf(due)} is before the start ${ukOf(start)}: correct one of the two dates.`);
  }
  const percent = readPercent(row);
  const status = readStatus(row, percent);
  const action: Action = {
    id: idText || `${row.sheet}!${row.row}`,
    generatedId: idText === "",
    area,
    sheet: row.sheet,
    row: row.row,
    objective,
    step: row.number("step", "a step number such as 1, 2 or 3"),
    action: row.text("action"),
    purpose: row.text("purpose"),
    owners: ownerNames,
    involved: owners.split(row.text("involved")),
    start,
    due,
    horizon: horizonText,
    resources: row.text("resources"),
    staffDays: row.number("staffDays", "a number of days such as 2.5"),
    cost: row.number("cost", "an amount in pounds such as 4000"),
    reviewDate: readDate(row, "reviewDate", "warning", "the review is not monitored"),
    reviewer: row.text("reviewer"),
    outcomeMeasure: row.text("outcomeMeasure"),
    target: row.text("target"),
    status,
    percentComplete: percent,
    rag: readRag(row),
    notes: row.text("notes"),
    cells,
  };
  return { action, horizonMonths: due === null ? months : null };
}

function readDate(row: RowReader, field: ActionField, severity: "error" | "warning", consequence: string): Day | null {
  const read = row.date(field);
  if (read.kind === "day") return read.day;
  if (read.kind === "bad") {
    row.report(
      field,
      severity,
      `${label(field)} ${shown(row.raw(field))} cannot be read as a date (${read.reason}), so ${consequence}: ${DATE_HINT}.`,
    );
  }
  return null;
}

/** A Horizon column that holds a date (a "Timescale" of "Dec 2009") is the due date. */
function horizonAsDate(row: RowReader): Day | null {
  const read = row.date("horizon");
  if (read.kind === "day") return read.day;
  row.report(
    "horizon",
    "error",
    `Horizon ${shown(row.raw("horizon"))} is neither a date nor a horizon such as 'In 6 months', so the action cannot be placed on the timeline: type a due date or a horizon.`,
  );
  return null;
}

function readPercent(row: RowReader): number | null {
  const raw = row.raw("percentComplete");
  if (isErrorValue(raw)) {
    row.text("percentComplete");
    return null;
  }
  const read = readPercentCell(raw);
  if (read.kind !== "bad") return read.kind === "points" ? read.points : null;
  row.report(
    "percentComplete",
    "warning",
    `% complete is ${shown(raw)}; expected 0% to 100%. It is ignored until corrected.`,
  );
  return null;
}

function readStatus(row: RowReader, percent: number | null): Action["status"] {
  const text = row.wordText("status");
  const status = parseStatus(text);
  if (status === null) {
    row.report(
      "status",
      "warning",
      `Status ${shown(row.raw("status"))} is not a status: use Not started, In progress, Complete or Blocked.`,
    );
  }
  return percent === 100 ? "Complete" : (status ?? "Not started");
}

function readRag(row: RowReader): Action["rag"] {
  const text = row.wordText("rag");
  const rag = parseRag(text);
  if (rag !== null) return rag;
  row.report(
    "rag",
    "warning",
    `RAG ${shown(row.raw("rag"))} is not a RAG rating: use Red, Amber/Red, Amber, Amber/Green, Green or Complete (or R, A/R, A, A/G, G, Blue).`,
  );
  return "Not rated";
}

function label(field: ActionField): string {
  return { start: "Start", due: "Due", reviewDate: "Review date" }[field as "start"] ?? field;
}
