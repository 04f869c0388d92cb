/**
 * Reading the open workbook for the core: every sheet's used range as a
 * grid, plus what the write needs to know of the user's sheets (the add-in's
 * own rules and notes), in two round trips below the read budget.
 */
import type { CellValue, Grid, WorkbookInput } from "../core/types";
import { isOwnedTitle } from "../sheets/marks";
import { READ_CELL_BUDGET } from "./budget";
import { codeOf, type Session } from "./session";

export interface SheetRead {
  name: string;
  /** The sheet's A1 (owned sheets say so there). */
  a1: CellValue;
  owned: boolean;
  /** Protected sheets are read but never flagged. */
  protected: boolean;
  grid: Grid | null;
  sheet: Excel.Worksheet;
  /** The sheet's conditional formats, loaded with their type (rules on user sheets are checked for the add-in's mark). */
  rules: Excel.ConditionalFormatCollection | null;
  /** The sheet's notes, where Excel has notes. */
  notes: Excel.NoteCollection | null;
}

export interface WorkbookRead {
  sheets: SheetRead[];
  input: WorkbookInput;
}

const TOO_LARGE = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded", "PayloadTooLarge"]);

/**
 * Every sheet's name and used range, with rule and note collections loaded.
 * @example const { input } = await readWorkbook(session, { withMarks: false });
 */
export async function readWorkbook(session: Session, options: { notes: boolean }): Promise<WorkbookRead> {
  const sheets = session.context.workbook.worksheets;
  sheets.load("items/name");
  await session.sync();
  const used = sheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("address,values");
    const rules = sheet.getRange().conditionalFormats;
    rules.load("items/type");
    const notes = options.notes ? sheet.notes : null;
    notes?.load("items/content");
    sheet.protection.load("protected");
    return { sheet, range, rules, notes };
  });
  try {
    await session.sync();
  } catch (error) {
    if (!TOO_LARGE.has(codeOf(error))) throw error;
    return readInChunks(session, used);
  }
  const read = used.map(({ sheet, range, rules, notes }): SheetRead => {
    const values = range.isNullObject ? [] : (range.values as CellValue[][]);
    const grid = range.isNullObject ? null : { sheet: sheet.name, topLeft: topLeftOf(range.address), values };
    return sheetRead(sheet, grid, rules, notes);
  });
  return { sheets: read, input: { grids: read.flatMap((s) => (s.grid ? [s.grid] : [])) } };
}

function sheetRead(
  sheet: Excel.Worksheet,
  grid: Grid | null,
  rules: Excel.ConditionalFormatCollection | null,
  notes: Excel.NoteCollection | null,
): SheetRead {
  const a1 = grid && grid.topLeft === "A1" ? (grid.values[0]?.[0] ?? null) : null;
  return {
    name: sheet.name,
    a1,
    owned: isOwnedTitle(a1),
    protected: sheet.protection.protected,
    grid,
    sheet,
    rules,
    notes,
  };
}

/** Past the budget: sizes first, then values in row chunks of at most READ_CELL_BUDGET cells per sync. */
async function readInChunks(
  session: Session,
  used: {
    sheet: Excel.Worksheet;
    range: Excel.Range;
    rules: Excel.ConditionalFormatCollection;
    notes: Excel.NoteCollection | null;
  }[],
): Promise<WorkbookRead> {
  const sized = used.map(({ sheet }) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("address,rowCount,columnCount");
    const rules = sheet.getRange().conditionalFormats;
    rules.load("items/type");
    const notes = used[0].notes ? sheet.notes : null;
    notes?.load("items/content");
    sheet.protection.load("protected");
    return { sheet, range, rules, notes };
  });
  await session.sync();
  const grids: (Grid | null)[] = [];
  let queued = 0;
  const pending: { grid: Grid; part: Excel.Range }[] = [];
  const flush = async () => {
    await session.sync();
    for (const { grid, part } of pending.splice(0)) grid.values.push(...(part.values as CellValue[][]));
    queued = 0;
  };
  for (const { sheet, range } of sized) {
    if (range.isNullObject) {
      grids.push(null);
      continue;
    }
    const grid: Grid = { sheet: sheet.name, topLeft: topLeftOf(range.address), values: [] };
    grids.push(grid);
    const rowsPerChunk = Math.max(1, Math.floor(READ_CELL_BUDGET / Math.max(1, range.columnCount)));
    for (let r = 0; r < range.rowCount; r += rowsPerChunk) {
      const rows = Math.min(rowsPerChunk, range.rowCount - r);
      if (queued + rows * range.columnCount > READ_CELL_BUDGET) await flush();
      const part = range.getCell(r, 0).getResizedRange(rows - 1, range.columnCount - 1);
      part.load("values");
      pending.push({ grid, part });
      queued += rows * range.columnCount;
    }
  }
  if (pending.length > 0) await flush();
  const read = sized.map(({ sheet, rules, notes }, i) => sheetRead(sheet, grids[i], rules, notes));
  return { sheets: read, input: { grids: read.flatMap((s) => (s.grid ? [s.grid] : [])) } };
}

/**
 * The top-left cell of an address Excel reports.
 * @example topLeftOf("'My sheet'!C4:F20") // "C4"
 */
export function topLeftOf(address: string): string {
  const local = address.slice(address.lastIndexOf("!") + 1);
  return local.split(":")[0].replace(/\$/g, "");
}
