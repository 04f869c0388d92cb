/**
 * "Structure this sheet": a plan people already have, mapped column by column
 * onto the template. The proposal is shown and corrected in the pane; the
 * confirmed mapping writes new area sheets and leaves the original untouched.
 */
import { dayFromSerial, serialOf, ukOf } from "../core/days";
import { cellReference, colLetters, detectHeader, parseA1, readDateCell, textOf } from "../core/parse";
import type { ActionField, CellValue } from "../core/types";
import { areaSheet } from "../sheets/areaSheet";
import type { StructureProposal, WriteResult } from "../contract/operations";
import { TEMPLATE_COLUMNS } from "../sheets/templateColumns";
import type { SpecValue } from "../sheets/types";
import { friendlyError } from "./errors";
import { addSheets, readNames, registerAreas } from "./planSheets";
import { readOneSheet } from "./readSheet";
import { ExcelHostError, Session, excelRun, type ExcelRunner, retrying } from "./session";
import { lockedWrite } from "./writeLock";

const PREVIEW_ROWS = 5;
const DATE_FIELDS: ReadonlySet<string> = new Set(["start", "due", "reviewDate"]);

/**
 * Detect the active sheet's header row and the field each column maps to.
 * @example const proposal = await proposeStructure(); proposal.columns[2].field // "owner"
 */
export async function proposeStructure(run: ExcelRunner = excelRun): Promise<StructureProposal> {
  try {
    return await retrying(run)(async (context) => {
      const session = new Session(context);
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const { name, topLeft, values } = await readOneSheet(session, sheet);
      return proposalFor(name, topLeft, values);
    });
  } catch (error) {
    throw friendlyError(error, "Structure this sheet");
  }
}

/**
 * The proposal for a sheet's values (pure: the pane's preview and the tests use it).
 * @example proposalFor("Old plan", "A1", [["Task", "Lead", "Deadline"], ["Bus route", "Jo", 40117]]).headerRow // 1
 */
export function proposalFor(sheet: string, topLeft: string, values: CellValue[][]): StructureProposal {
  const header = detectHeader(values);
  if (!header) {
    throw new ExcelHostError(
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
 * Write the confirmed mapping as new area sheets (one per area when a column names areas).
 * @example await applyStructure(correctedProposal)
 */
export async function applyStructure(proposal: StructureProposal, run: ExcelRunner = excelRun): Promise<WriteResult> {
  try {
    return await lockedWrite(run, async (context) => {
      const session = new Session(context);
      const source = context.workbook.worksheets.getItem(proposal.sheet);
      const [{ topLeft, values, date1904 }, names] = [await readOneSheet(session, source), await readNames(session)];
      const origin = parseA1(topLeft);
      const unread: string[] = [];
      const groups = groupRows(
        proposal,
        values.slice(proposal.headerRow - origin.row + 1),
        origin.col,
        datesAsSerials(proposal, date1904, unread),
      );
      const specs = [...groups].map(([area, rows]) => {
        const spec = areaSheet(area, {
          ragScale: names.plan?.ragScale ?? 3,
          existingSheets: names.sheets,
          existingTables: names.tables,
          rows,
        });
        names.sheets.push(spec.name);
        names.tables.push(...spec.tables.map((t) => t.name));
        spec.rows[0] = [
          area,
          `Moved from ‘${proposal.sheet}’ (header on row ${proposal.headerRow}); the original sheet is unchanged.`,
        ];
        return { area, spec };
      });
      await addSheets(
        session,
        specs.map((s) => s.spec),
      );
      registerAreas(
        session,
        names.plan,
        specs.map(({ area, spec }) => ({ name: area, sheet: spec.name })),
      );
      await session.sync();
      const moved = [...groups.values()].reduce((n, rows) => n + rows.length, 0);
      return {
        sheets: specs.map((s) => s.spec.name),
        messages: [`Moved ${moved} row${moved === 1 ? "" : "s"}; ‘${proposal.sheet}’ is kept as it was.`, ...unread],
      };
    });
  } catch (error) {
    throw friendlyError(error, "Structure this sheet");
  }
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
