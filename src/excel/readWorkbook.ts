/**
 * Reading the open workbook for the core, in two round trips: first the sheet
 * names, the defined names and the date system; then each plan sheet's used
 * range as a grid — but of the planner's own sheets (found by its
 * `Planner_Sheet_…` names) only A1, their mark, and the parts a rewrite
 * clears; never their bodies, which are mostly empty week columns and would
 * push the response past Excel on the web's 5 MB.
 */
import { NAME_FIELDS } from "./functionNames";
import { sheetOfReference } from "../core/parse/a1";
import type { CellValue, Grid, WorkbookInput } from "../core/types";
import { OWNED_SHEET_NAME } from "../sheets/consolidationSpec";
import { isOwnedSheetTitle } from "../sheets/marks";
import { READ_CELL_BUDGET } from "./budget";
import { queueDateSystemProbe } from "./dateSystem";
import { usedBlocks } from "./sparseBlocks";
import { codeOf, type Session } from "./session";

/** What a rewrite of an owned sheet removes first: its tables, charts and notes, loaded so they can be deleted. */
export interface OwnedParts {
  tables: Excel.TableCollection;
  charts: Excel.ChartCollection;
  notes: Excel.NoteCollection | null;
}

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
  /** For owned sheets: what a rewrite clears. */
  parts: OwnedParts | null;
}

export interface WorkbookRead {
  sheets: SheetRead[];
  input: WorkbookInput;
  /** The workbook's defined names, loaded (the write replaces the planner's own). */
  names: Excel.NamedItemCollection;
}

/** Failures that mean "read less at a time". */
const TOO_LARGE = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "PayloadTooLarge",
  "RangeExceedsLimit",
]);

interface Probe {
  sheet: Excel.Worksheet;
  /** Only A1 was asked for: the name is one the planner's sheets use. */
  headOnly: boolean;
  a1: Excel.Range | null;
  used: Excel.Range | null;
  rules: Excel.ConditionalFormatCollection | null;
  notes: Excel.NoteCollection | null;
  parts: OwnedParts | null;
}

/**
 * Every plan sheet's name and used range, with rule and note collections loaded; owned sheets by their mark only.
 * @example const { input } = await readWorkbook(session, { notes: true });
 */
export async function readWorkbook(session: Session, options: { notes: boolean }): Promise<WorkbookRead> {
  const { workbook } = session.context;
  workbook.worksheets.load("items/name");
  const names = workbook.names.load(NAME_FIELDS);
  const is1904 = queueDateSystemProbe(session.context);
  await session.sync();
  const date1904 = is1904();
  const owned = ownedByName(names.items);
  const headOnly = (sheet: Excel.Worksheet) => owned.has(sheet.name.toLowerCase());
  // A workbook consolidated before the marks existed has none: its sheets are then known by their titles alone.
  const marked = (sheet: Excel.Worksheet) => owned.size === 0 || headOnly(sheet);
  const probes = workbook.worksheets.items.map((sheet) => probe(sheet, options.notes, headOnly(sheet)));
  try {
    await session.sync();
  } catch (error) {
    if (!TOO_LARGE.has(codeOf(error))) throw error;
    const read = await readInChunks(session, workbook.worksheets.items, options.notes, headOnly, marked);
    return { ...read, input: { ...read.input, date1904 }, names };
  }
  // A user's own sheet that happens to carry an owned name is read in full after all (rare: one more trip).
  const mistaken = probes.filter((p) => p.headOnly && !isOwnedSheetTitle(a1Of(p)));
  if (mistaken.length > 0) {
    const again = mistaken.map((p) => probe(p.sheet, options.notes, false));
    await session.sync();
    for (const p of again) probes[probes.findIndex((q) => q.sheet === p.sheet)] = p;
  }
  const sheets = probes.map((p) => sheetRead(p, gridOf(p), marked(p.sheet)));
  return { sheets, input: inputOf(sheets, date1904), names };
}

/** What the core reads: the plan sheets' grids, with the owned sheets named so it never reads them as plans. */
function inputOf(sheets: SheetRead[], date1904: boolean): WorkbookInput {
  return {
    grids: sheets.flatMap((s) => (s.grid ? [s.grid] : [])),
    date1904,
    ownedSheets: sheets.filter((s) => s.owned).map((s) => s.name),
  };
}

/** The sheets the planner's `Planner_Sheet_…` names point at (lower case), e.g. "=Timeline!$A$1" → "timeline". */
function ownedByName(names: Excel.NamedItem[]): Set<string> {
  const sheets = new Set<string>();
  for (const item of names) {
    if (!item.name.startsWith(OWNED_SHEET_NAME)) continue;
    const sheet = sheetOfReference(String(item.formula));
    if (sheet) sheets.add(sheet.toLowerCase());
  }
  return sheets;
}

/** `values`: false when the used range's size is loaded instead (the chunked read). */
function probe(sheet: Excel.Worksheet, notes: boolean, headOnly: boolean, values = true): Probe {
  sheet.protection.load("protected");
  if (headOnly) {
    const a1 = sheet.getRange("A1").load("values");
    const parts = { tables: sheet.tables, charts: sheet.charts, notes: notes ? sheet.notes : null };
    parts.tables.load("items/name");
    parts.charts.load("items/name");
    parts.notes?.load("items");
    return { sheet, headOnly, a1, used: null, rules: null, notes: null, parts };
  }
  const used = sheet.getUsedRangeOrNullObject(true).load(values ? "address,values" : "address,rowCount,columnCount");
  const rules = sheet.getRange().conditionalFormats.load("items/type");
  const sheetNotes = notes ? sheet.notes : null;
  sheetNotes?.load("items/content");
  return { sheet, headOnly, a1: null, used, rules, notes: sheetNotes, parts: null };
}

function a1Of(p: Probe): CellValue {
  if (p.a1) return (p.a1.values as CellValue[][])[0]?.[0] ?? null;
  return null;
}

function gridOf(p: Probe): Grid | null {
  if (!p.used || p.used.isNullObject) return null;
  return { sheet: p.sheet.name, topLeft: topLeftOf(p.used.address), values: p.used.values as CellValue[][] };
}

/** `marked`: a `Planner_Sheet_…` name points at the sheet (or the workbook has no marks at all). Owned takes the mark and the title both. */
function sheetRead(p: Probe, grid: Grid | null, marked: boolean): SheetRead {
  const a1 = p.a1 ? a1Of(p) : grid && grid.topLeft === "A1" ? (grid.values[0]?.[0] ?? null) : null;
  const owned = marked && isOwnedSheetTitle(a1);
  return {
    name: p.sheet.name,
    a1,
    owned,
    protected: p.sheet.protection.protected,
    // An owned sheet is never read as a plan, whichever way it was found.
    grid: owned ? null : grid,
    sheet: p.sheet,
    rules: p.rules,
    notes: p.notes,
    parts: p.parts,
  };
}

/**
 * Past the payload limit: sizes first, then the blocks that hold cells (a
 * stray far cell costs a few halvings, not the empty rectangle before it),
 * read in row chunks of at most READ_CELL_BUDGET cells per sync. A grid read
 * this way is sparse where its sheet is: the core reads missing cells as blank.
 */
async function readInChunks(
  session: Session,
  worksheets: Excel.Worksheet[],
  notes: boolean,
  headOnly: (sheet: Excel.Worksheet) => boolean,
  marked: (sheet: Excel.Worksheet) => boolean,
): Promise<Omit<WorkbookRead, "names">> {
  const probes = worksheets.map((sheet) => probe(sheet, notes, headOnly(sheet), false));
  await session.sync();
  const grids = new Map<Probe, Grid>();
  const pending: { grid: Grid; part: Excel.Range; row: number; col: number }[] = [];
  let queued = 0;
  const flush = async () => {
    await session.sync();
    for (const { grid, part, row, col } of pending.splice(0)) place(grid, part.values as CellValue[][], row, col);
    queued = 0;
  };
  for (const p of probes) {
    const range = p.used;
    if (!range || range.isNullObject) continue;
    const grid: Grid = { sheet: p.sheet.name, topLeft: topLeftOf(range.address), values: [] };
    grids.set(p, grid);
    for (const block of await usedBlocks(session, range)) {
      const rowsPerChunk = Math.max(1, Math.floor(READ_CELL_BUDGET / Math.max(1, block.cols)));
      for (let r = 0; r < block.rows; r += rowsPerChunk) {
        const rows = Math.min(rowsPerChunk, block.rows - r);
        if (queued > 0 && queued + rows * block.cols > READ_CELL_BUDGET) await flush();
        const part = block.range.getCell(r, 0).getResizedRange(rows - 1, block.cols - 1);
        part.load("values");
        pending.push({ grid, part, row: block.row + r, col: block.col });
        queued += rows * block.cols;
      }
    }
  }
  if (pending.length > 0) await flush();
  const sheets = probes.map((p) => sheetRead(p, grids.get(p) ?? null, marked(p.sheet)));
  return { sheets, input: inputOf(sheets, false) };
}

/** Put a block's values into a grid at its offsets (rows of a sparse grid are created as they are filled). */
function place(grid: Grid, values: CellValue[][], row: number, col: number): void {
  values.forEach((cells, r) => {
    const target = (grid.values[row + r] ??= []);
    cells.forEach((value, c) => {
      if (value !== "" && value !== null) target[col + c] = value;
    });
  });
}

/**
 * The top-left cell of an address Excel reports.
 * @example topLeftOf("'My sheet'!C4:F20") // "C4"
 */
export function topLeftOf(address: string): string {
  const local = address.slice(address.lastIndexOf("!") + 1);
  return local.split(":")[0].replace(/\$/g, "");
}
