/**
 * "Structure this sheet", the part that needs no Excel: a plan people already
 * have, mapped column by column onto the template. The proposal the pane shows
 * and corrects, and the rows the confirmed mapping writes — dates typed as
 * text made real dates by the core's one date reader.
 */
import { PlannerError } from "../contract/errorAdvice";
import type { StructureProposal } from "../contract/operations";
import { dayFromSerial, serialOf, ukOf } from "../core/days";
import { cellReference, colLetters, detectHeader, parseA1, readDateCell, textOf } from "../core/parse";
import type { ActionField, CellValue } from "../core/types";
import { TEMPLATE_COLUMNS } from "./templateColumns";
import type { SpecValue } from "./types";

const PREVIEW_ROWS = 5;
const DATE_FIELDS: ReadonlySet<string> = new Set(["start", "due", "reviewDate"]);

/**
 * The proposal for a sheet's values (pure: the pane's preview and the tests use it).
 * @example proposalFor("Old plan", "A1", [["Task", "Lead", "Deadline"], ["Bus route", "Jo", 40117]]).headerRow // 1
 */
export function proposalFor(sheet: string, topLeft: string, values: CellValue[][]): StructureProposal {
  const header = detectHeader(values);
  if (!header) {
    throw new PlannerError(
      `No header row was found in the first 20 rows of ‘${sheet}’: the planner looks for a row naming the action and its owner or dates (for example Action, Lead, Deadline). Select the sheet that holds the plan, or add such a row.`,
      "NoHeader",
    );
  }
  const origin = parseA1(topLeft);
  const columns = header.columns
    .filter((c) => c.header !== "")
    .map((c) => ({ column: colLetters(origin.col + c.index), header: c.header, field: c.field }));
  const data = dataRows(values, header.rowIndex);
  const preview = data.slice(0, PREVIEW_ROWS).map((row) =>
    columns.map((c) => {
      const value = row[parseA1(`${c.column}1`).col - origin.col];
      const day = typeof value === "number" && c.field && DATE_FIELDS.has(c.field) ? dayFromSerial(value) : null;
      return day === null ? textOf(value) : ukOf(day);
    }),
  );
  return { sheet, headerRow: origin.row + header.rowIndex, columns, preview, rowCount: data.length };
}

function dataRows(values: CellValue[][], headerIndex: number): CellValue[][] {
  return values.slice(headerIndex + 1).filter((row) => row.some((v) => textOf(v) !== ""));
}

/**
 * The confirmed mapping's rows in template column order, grouped by the area
 * column (or all under the sheet's name); text dates become serials, and any
 * that cannot be read are kept as typed and listed in `unread` at their cells.
 * @example mappedRows(proposal, values.slice(2), 0, false, unread).get("Transport")?.length // 12
 */
export function mappedRows(
  proposal: StructureProposal,
  rows: CellValue[][],
  originCol: number,
  date1904: boolean,
  unread: string[],
): Map<string, SpecValue[][]> {
  return groupRows(proposal, rows, originCol, datesAsSerials(proposal, date1904, unread));
}

/** Reads one mapped cell into what the new sheet holds (row is 0-based below the header). */
type CellConverter = (field: ActionField, value: CellValue, row: number, column: string) => SpecValue;

/**
 * Dates typed as text become real dates (serials in the workbook's date
 * system), read by the core's one date reader: written as text, Excel would
 * parse `01/03/2009` the American way. What cannot be read stays as typed and
 * is reported at its cell.
 */
function datesAsSerials(proposal: StructureProposal, date1904: boolean, unread: string[]): CellConverter {
  return (field, value, row, column) => {
    if (!DATE_FIELDS.has(field) || typeof value !== "string") return value as SpecValue;
    const read = readDateCell(value, date1904);
    if (read.kind === "day") return serialOf(read.day, date1904);
    if (read.kind === "bad") {
      const cell = cellReference(proposal.sheet, `${column}${proposal.headerRow + 1 + row}`);
      unread.push(
        `${cell}: '${value}' is not a date the planner can read (${read.reason}); it was copied as text — type a date such as 30/10/2009.`,
      );
    }
    return value;
  };
}

/** Rows in template column order, grouped by the area column (or all under the sheet's name). */
function groupRows(
  proposal: StructureProposal,
  rows: CellValue[][],
  originCol: number,
  convert: CellConverter,
): Map<string, SpecValue[][]> {
  const indexOf = new Map<ActionField, number>();
  for (const c of proposal.columns)
    if (c.field && !indexOf.has(c.field)) indexOf.set(c.field, parseA1(`${c.column}1`).col - originCol);
  const groups = new Map<string, SpecValue[][]>();
  let area = proposal.sheet;
  rows.forEach((row, r) => {
    if (!row.some((v) => textOf(v) !== "")) return;
    const named = indexOf.has("area") ? textOf(row[indexOf.get("area") as number]) : "";
    if (named !== "") area = named;
    const out = TEMPLATE_COLUMNS.map(({ field }) => {
      const i = indexOf.get(field);
      const value = i === undefined ? null : row[i];
      return value === undefined || value === "" ? null : convert(field, value, r, colLetters(originCol + (i ?? 0)));
    });
    if (out.every((v) => v === null)) return;
    const list = groups.get(area) ?? [];
    list.push(out);
    groups.set(area, list);
  });
  return groups;
}
