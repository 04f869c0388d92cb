/**
 * Rendering a workbook description into the open workbook in two round trips:
 * the owned sheets are written under temporary names first (a failure leaves
 * the workbook as it was, less the half-written temporaries, which are
 * removed), then swapped in with the flags, notes and names.
 */
import { parseA1 } from "../core/parse";
import { markFormula, markNote, NAME_PREFIX } from "../sheets/marks";
import type { SheetPatch, WorkbookSpec } from "../sheets/types";
import { WRITE_BYTE_BUDGET } from "./budget";
import { officeBlock } from "./cellValues";
import { queueOwnMarks, removeOwnMarks } from "./ownMarks";
import type { SheetRead } from "./readWorkbook";
import type { Session } from "./session";
import { addRules } from "./writeRules";
import { writeSheet } from "./writeSheet";

export interface WriteOptions {
  /** Cell notes are available (ExcelApi 1.18). */
  notes: boolean;
  /** Bytes of values per request (tests lower it to see the write split). */
  byteBudget?: number;
  /** Called before each sync of the write, for progress. */
  onSync?: (step: number) => void;
}

/**
 * Write `spec` over what `read` found: owned sheets replaced, flags and notes replaced, names replaced.
 * @example const messages = await writeSpec(session, read, consolidation.spec, { notes: true });
 */
export async function writeSpec(
  session: Session,
  read: SheetRead[],
  spec: WorkbookSpec,
  options: WriteOptions,
): Promise<string[]> {
  const { context } = session;
  const messages: string[] = [];
  const names = context.workbook.names;
  names.load("items/name");
  quiet(context);
  const stamp = Date.now().toString(36).slice(-5);
  const temps = spec.sheets.map((sheetSpec, i) => ({
    spec: sheetSpec,
    sheet: context.workbook.worksheets.add(`~planner ${stamp} ${i}`),
  }));
  let queued = 0;
  const reserve = async (bytes: number) => {
    if (queued > 0 && queued + bytes > (options.byteBudget ?? WRITE_BYTE_BUDGET)) {
      options.onSync?.(0);
      await session.sync();
      quiet(context);
      queued = 0;
    }
    queued += bytes;
  };
  for (const { spec: sheetSpec, sheet } of temps) await writeSheet(sheet, sheetSpec, reserve, options);
  const marks = queueOwnMarks(read);
  const patchNotes = queuePatchNoteLookups(read, spec.patches, options.notes);
  try {
    options.onSync?.(1);
    await session.sync();
  } catch (error) {
    await removeTemporaries(
      session,
      temps.map((t) => t.sheet),
    );
    throw error;
  }

  quiet(context);
  for (const { spec: sheetSpec, sheet } of temps) {
    read.find((s) => s.owned && s.name.toLowerCase() === sheetSpec.name.toLowerCase())?.sheet.delete();
    sheet.name = sheetSpec.name;
  }
  for (const s of read) {
    if (s.owned) continue;
    const patch = spec.patches.find((p) => p.sheet === s.name);
    if (s.protected) {
      if (patch)
        messages.push(
          `‘${s.name}’ is protected, so its owners were not flagged: unprotect it (Review › Unprotect Sheet) and consolidate again.`,
        );
      continue;
    }
    const userParts = removeOwnMarks(
      marks.get(s.name) ?? { rules: [], notes: [] },
      new Set(patch?.notes.map((n) => n.cell)),
    );
    if (patch) applyPatch(s, patch, userParts, patchNotes.get(s.name), options.notes, messages);
  }
  for (const item of names.items) if (item.name.startsWith(NAME_PREFIX)) item.delete();
  for (const name of spec.names) names.add(name.name, `=${name.refersTo}`);
  context.runtime.enableEvents = true;
  options.onSync?.(2);
  try {
    await session.sync();
  } catch (error) {
    // Events are the add-in's switch for the whole workbook: never leave them off.
    await eventsBackOn(session);
    throw error;
  }
  return messages;
}

/** Calculation waits for the whole write; events are off so the add-in does not react to itself. */
function quiet(context: Excel.RequestContext): void {
  context.runtime.enableEvents = false;
  context.application.suspendApiCalculationUntilNextSync();
}

/** A user note already on a cell the flags will annotate (loaded at the next sync). */
function queuePatchNoteLookups(
  read: SheetRead[],
  patches: SheetPatch[],
  notes: boolean,
): Map<string, Map<string, Excel.Note>> {
  const lookups = new Map<string, Map<string, Excel.Note>>();
  if (!notes) return lookups;
  for (const patch of patches) {
    const sheet = read.find((s) => s.name === patch.sheet && !s.owned && !s.protected)?.sheet;
    if (!sheet || patch.notes.length === 0) continue;
    const cells = new Map<string, Excel.Note>();
    for (const note of patch.notes) {
      const found = sheet.notes.getItemOrNullObject(note.cell);
      found.load("content");
      cells.set(note.cell, found);
    }
    lookups.set(patch.sheet, cells);
  }
  return lookups;
}

function applyPatch(
  s: SheetRead,
  patch: SheetPatch,
  userParts: Map<string, string | null>,
  existing: Map<string, Excel.Note> | undefined,
  notes: boolean,
  messages: string[],
): void {
  const rules = patch.conditionalFormats.map((rule) =>
    rule.kind === "expression" ? { ...rule, formula: markFormula(rule.formula) } : rule,
  );
  addRules(s.sheet, rules);
  if (notes) {
    for (const note of patch.notes) {
      const found = existing?.get(note.cell);
      const user = userParts.has(note.cell)
        ? (userParts.get(note.cell) ?? null)
        : found && !found.isNullObject
          ? found.content
          : null;
      const text = markNote(note.text, user);
      if (found && !found.isNullObject) found.content = text;
      else s.sheet.notes.add(s.sheet.getRange(note.cell), text);
    }
  } else if (patch.notes.length > 0 && !messages.some((m) => m.startsWith("This Excel cannot add notes"))) {
    messages.push(
      "This Excel cannot add notes (it needs ExcelApi 1.18), so overloads are flagged by colour only; the Load and Dashboard sheets give the detail.",
    );
  }
  for (const fill of patch.fills) {
    const { values, textCells } = officeBlock([[fill.value]]);
    const cell = s.sheet.getRange(fill.cell);
    if (textCells.length > 0) (cell as unknown as { numberFormat: string }).numberFormat = "@";
    if (isBlankAt(s, fill.cell)) cell.values = values;
  }
}

/** Never over a value: an ID typed since the plan was read wins (the grid is what was read). */
function isBlankAt(s: SheetRead, cell: string): boolean {
  if (!s.grid) return true;
  const origin = parseA1(s.grid.topLeft);
  const at = parseA1(cell);
  const value = s.grid.values[at.row - origin.row]?.[at.col - origin.col];
  return value === null || value === undefined || value === "";
}

async function removeTemporaries(session: Session, sheets: Excel.Worksheet[]): Promise<void> {
  try {
    for (const sheet of sheets) sheet.delete();
    session.context.runtime.enableEvents = true;
    await session.sync();
  } catch {
    // The original error is the one worth reporting; a leftover "~planner" sheet is named as such.
    await eventsBackOn(session);
  }
}

async function eventsBackOn(session: Session): Promise<void> {
  try {
    session.context.runtime.enableEvents = true;
    await session.sync();
  } catch {
    // Nothing more can be done in this batch; the next run switches them on as it finishes.
  }
}
