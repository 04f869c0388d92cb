/**
 * One partner's plan inside a consortium workbook: its actions in the
 * template's columns, each ID as the roll-up has it, `<plan>/<ID>` (unique
 * across the partners, so the consortium workbook reads back as one plan),
 * and where each came from — plan, its As of, file, sheet, cell, and when it
 * was read. A plan added again replaces its copy.
 */
import { actionCell } from "../core/rules/actionCell";
import { PLAN_COPY_SOURCE_HEADERS } from "../core/rules/planCopy";
import type { Action, ActionField, Day } from "../core/types";
import { columnLetters } from "./a1";
import { COLOURS } from "./palette";
import { onePageWide } from "./printSetup";
import { DATE_FORMAT, emptySheet, TEXT_FORMAT, type SerialOf, type SheetSpec, type SpecValue } from "./types";

/** The action columns, the field each holds, and widths; the source columns follow. */
const COLUMNS: { header: string; field: ActionField | "area"; width: number; date?: boolean }[] = [
  { header: "ID", field: "id", width: 16 },
  { header: "Area", field: "area", width: 22 },
  { header: "Objective", field: "objective", width: 28 },
  { header: "Step", field: "step", width: 6 },
  { header: "Action", field: "action", width: 36 },
  { header: "Owner", field: "owner", width: 22 },
  { header: "Start", field: "start", width: 11, date: true },
  { header: "Due", field: "due", width: 11, date: true },
  { header: "Review date", field: "reviewDate", width: 11, date: true },
  { header: "Outcome measure", field: "outcomeMeasure", width: 28 },
  { header: "Status", field: "status", width: 12 },
  { header: "% complete", field: "percentComplete", width: 10 },
  { header: "RAG", field: "rag", width: 11 },
];
/** Widths of the source columns (PLAN_COPY_SOURCE_HEADERS: plan, its As of, file, sheet, cell, read). */
const SOURCE_WIDTHS = [20, 11, 24, 22, 10, 16];
const SOURCE_FORMATS = [TEXT_FORMAT, DATE_FORMAT, TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, "dd/mm/yyyy hh:mm"];

/** Which plan a copy holds and where its actions came from. */
export interface CopySource {
  plan: string;
  /** The plan's own As of, when it has one. */
  planAsOf: Day | null;
  /** The file's base name. */
  file: string;
  /** When the file was read: a serial with the time of day (see `clockSerial`). */
  readAt: number;
}

/**
 * The copy sheet, and each action re-pointed at its row there (for the roll-up's links and flags).
 * `actions` are the roll-up's: IDs qualified, owners in one spelling, sheet and cells still the source's.
 * @example planCopySheet("Northside", actions, source, serialOf).sheet.rows[0][0] // "ID"
 */
export function planCopySheet(
  sheetName: string,
  actions: readonly Action[],
  source: CopySource,
  serialOf: SerialOf,
): { sheet: SheetSpec; actions: Action[]; readCell: string } {
  const sheet = emptySheet(sheetName, false);
  const day = (d: Day | null): SpecValue => (d === null ? null : serialOf(d));
  const repointed: Action[] = [];
  const rows = actions.map((a, i): SpecValue[] => {
    const row = i + 2;
    const cells: Partial<Record<ActionField, string>> = {};
    COLUMNS.forEach((c, col) => {
      if (c.field && c.field !== "area") cells[c.field] = `${columnLetters(col)}${row}`;
    });
    repointed.push({ ...a, sheet: sheetName, row, cells });
    return [
      a.id,
      a.area,
      a.objective,
      a.step,
      a.action,
      a.owners.join("; "),
      day(a.start),
      day(a.due),
      day(a.reviewDate),
      a.outcomeMeasure,
      a.status,
      a.percentComplete === null ? null : a.percentComplete / 100,
      a.rag === "Not rated" ? null : a.rag,
      source.plan,
      day(source.planAsOf),
      source.file,
      a.sheet,
      actionCell(a),
      source.readAt,
    ];
  });
  // A plan with no actions still says which plan it is and when it was read.
  if (rows.length === 0)
    rows.push([...COLUMNS.map(() => null), source.plan, day(source.planAsOf), source.file, null, null, source.readAt]);
  sheet.rows = [[...COLUMNS.map((c) => c.header), ...PLAN_COPY_SOURCE_HEADERS], ...rows];
  sheet.columns = [
    ...COLUMNS.map((c) => ({
      width: c.width,
      numberFormat: c.date
        ? DATE_FORMAT
        : c.field === "percentComplete"
          ? "0%"
          : c.field === "step"
            ? "0"
            : TEXT_FORMAT,
    })),
    ...SOURCE_WIDTHS.map((width, i) => ({ width, numberFormat: SOURCE_FORMATS[i] })),
  ];
  const last = columnLetters(COLUMNS.length + PLAN_COPY_SOURCE_HEADERS.length - 1);
  sheet.formats = [
    { range: `A1:${last}1`, bold: true, fill: COLOURS.headerFill, fontColor: COLOURS.headerFont, wrap: true },
  ];
  sheet.freeze = { rows: 1, columns: 1 };
  sheet.print = onePageWide("landscape", "$1:$1");
  return {
    sheet,
    actions: repointed,
    readCell: `${columnLetters(COLUMNS.length + PLAN_COPY_SOURCE_HEADERS.length - 1)}2`,
  };
}
