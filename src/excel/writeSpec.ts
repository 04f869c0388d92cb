/**
 * Rendering a workbook description into the open workbook, in place: an
 * owned sheet that exists is cleared and written again — never deleted,
 * re-added or renamed, so the user's formulas, charts and links into it keep
 * working, its tab stays where the user put it, and (ExcelApi 1.20) nothing
 * on the path clears the user's undo history. Two round trips: the owned
 * sheets, marked incomplete in A1 until the second trip finishes; then the
 * flags, notes, names and the final titles. The short function names, when
 * there are any to add, take a third trip of their own (./functionNames.ts).
 */
import { isOwnName, markFormula, markNote } from "../sheets/marks";
import type { SheetPatch, SheetSpec, WorkbookSpec } from "../sheets/types";
import { WRITE_BYTE_BUDGET } from "./budget";
import { clearOwnedSheet } from "./clearOwned";
import { addFunctionNames, queueFunctionNameRemovals } from "./functionNames";
import { queueOwnMarks, removeOwnMarks } from "./ownMarks";
import { queueFills } from "./patchFills";
import type { SheetRead, WorkbookRead } from "./readWorkbook";
import type { Session } from "./session";
import { addRules } from "./writeRules";
import { prepareBlock } from "./writeBlock";
import { writeSheet } from "./writeSheet";
import { WriteFailure, type WriteStage } from "./writeFailure";

export interface WriteOptions {
  /** Cell notes are available (ExcelApi 1.18). */
  notes: boolean;
  /** Bytes per write request (tests lower it to see the write split). */
  byteBudget?: number;
  /** Called before each sync of the write, for progress. */
  onSync?: (step: number) => void;
}

/** What A1 of an owned sheet says while it is being written: still the planner's mark, plainly unfinished. */
export function incompleteTitle(title: string): string {
  return `${title} — INCOMPLETE: Consolidate stopped part-way; run Consolidate again to repair this sheet`;
}

/**
 * Write `spec` over what `read` found: owned sheets rewritten in place, flags and notes replaced, names replaced.
 * A failure part-way throws a WriteFailure that says what was and was not written.
 * @example const messages = await writeSpec(session, read, consolidation.spec, { notes: true });
 */
export async function writeSpec(
  session: Session,
  { sheets: read, names }: Pick<WorkbookRead, "sheets" | "names">,
  spec: WorkbookSpec,
  options: WriteOptions,
): Promise<string[]> {
  const { context } = session;
  const messages: string[] = [];
  quiet(context);
  const targets = spec.sheets.map((sheetSpec) => {
    const title = titleOf(sheetSpec);
    const existing = read.find((s) => s.owned && s.name.toLowerCase() === sheetSpec.name.toLowerCase());
    if (existing) clearOwnedSheet(existing, incompleteTitle(title ?? existing.name));
    const sheet = existing?.sheet ?? context.workbook.worksheets.add(sheetSpec.name);
    return { spec: sheetSpec, sheet, title, added: !existing };
  });
  const stage: { at: WriteStage } = { at: "sheets" };
  let queued = 0;
  const reserve = async (bytes: number) => {
    if (queued > 0 && queued + bytes > (options.byteBudget ?? WRITE_BYTE_BUDGET)) {
      options.onSync?.(0);
      await syncOrExplain(session, stage.at, targets);
      quiet(context);
      queued = 0;
    }
    queued += bytes;
  };
  for (const { spec: sheetSpec, sheet, title } of targets) {
    const marked = title === null ? sheetSpec : withA1(sheetSpec, incompleteTitle(title));
    await writeSheet(sheet, marked, reserve, options);
  }
  const marks = queueOwnMarks(read);
  const patchNotes = queuePatchNoteLookups(read, spec.patches, options.notes);
  options.onSync?.(1);
  await syncOrExplain(session, stage.at, targets);

  stage.at = "flags";
  // The last trip is small and calculates as it goes; it ends by recalculating what the first wrote.
  context.runtime.enableEvents = false;
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
  for (const item of names.items) if (isOwnName(item.name)) item.delete();
  for (const name of spec.names) names.add(name.name, `=${name.refersTo}`);
  const functionNames = queueFunctionNameRemovals(names, spec.functionNames);
  // Last of all: the titles that say the owned sheets are complete.
  for (const { sheet, title } of targets) if (title !== null) prepareBlock([[title]]).queue(sheet, 0, 0);
  // Suspended calculation leaves recalculating to the add-in ("it is the developer's responsibility to
  // re-calc the workbook", Application.suspendApiCalculationUntilNextSync): the Plan sheet's lookups
  // and the user's formulas into the owned sheets must be current when the write ends.
  context.workbook.application.calculate("Recalculate");
  context.runtime.enableEvents = true;
  options.onSync?.(2);
  await syncOrExplain(session, stage.at, targets);
  // After the write is whole: an Excel without LAMBDA refuses these, and only these.
  messages.push(...(await addFunctionNames(session, functionNames)));
  return messages;
}

/** Sync; on failure switch events back on and say what was written before it failed. */
async function syncOrExplain(session: Session, stage: WriteStage, targets: { spec: SheetSpec; added: boolean }[]) {
  try {
    await session.sync();
  } catch (error) {
    // Events are the add-in's switch for the whole workbook: never leave them off.
    await eventsBackOn(session);
    throw new WriteFailure(error, stage, {
      owned: targets.map((t) => t.spec.name),
      added: targets.filter((t) => t.added).map((t) => t.spec.name),
    });
  }
}

function titleOf(spec: SheetSpec): string | null {
  const a1 = spec.rows[0]?.[0];
  return typeof a1 === "string" ? a1 : null;
}

function withA1(spec: SheetSpec, a1: string): SheetSpec {
  return { ...spec, rows: [[a1, ...spec.rows[0].slice(1)], ...spec.rows.slice(1)] };
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
  queueFills(s, patch.fills);
}

async function eventsBackOn(session: Session): Promise<void> {
  try {
    session.context.runtime.enableEvents = true;
    await session.sync();
  } catch {
    // Nothing more can be done in this batch; the next run switches them on as it finishes.
  }
}
