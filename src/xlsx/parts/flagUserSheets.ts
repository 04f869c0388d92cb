/**
 * The flags on a user's sheets, part by part: the rules and notes of each
 * flagged sheet made ready (./rulesXml.ts, ./notesXml.ts), then spliced into
 * the sheet (./userSheetXml.ts) and merged with its notes (./mergeNotes.ts).
 * A sheet whose old flags are gone has them taken out, notes entirely.
 */
import { markFormula, markNote, userPartOfNote } from "../../sheets/marks";
import type { SheetPatch } from "../../sheets/types";
import { holdsOtherShapes, mergeNotes, notesIn } from "./mergeNotes";
import { commentsXml, vmlXml, type Note } from "./notesXml";
import { GraftUnsupported, type PackageParts } from "./packageParts";
import { rulesXml } from "./rulesXml";
import { addNotesParts, notesOf } from "./sheetNotes";
import type { StyleTable } from "./styleTable";
import { mayHoldFlags, userSheetXml, type UserSheetChange } from "./userSheetXml";

export interface FlagParts {
  /** conditionalFormatting elements, dxf ids final in the package's styles part (StyleTable). */
  rules: string[];
  notes: Note[];
  fills: SheetPatch["fills"];
}

const lower = (name: string) => name.toLowerCase();

/**
 * The text of each note on the flagged sheets that already have notes, by sheet (lower case) and cell.
 * @example userNotesOf(parts, spec.patches, partOfSheet).get("transport")?.get("F5") // "Check with Tom"
 */
export function userNotesOf(
  parts: PackageParts,
  patches: readonly SheetPatch[],
  partOfSheet: (name: string) => string | null,
): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  for (const patch of patches) {
    const part = patch.notes.length > 0 ? partOfSheet(patch.sheet) : null;
    const comments = part && parts.has(part) ? notesOf(parts, part).comments?.part : null;
    if (!comments || !parts.has(comments)) continue;
    found.set(lower(patch.sheet), new Map(notesIn(parts.text(comments), comments).map((n) => [n.ref, n.text])));
  }
  return found;
}

/**
 * Each flagged sheet's rules (marked, priorities from 1) and notes (beside the user's own text), by sheet name in lower case.
 * @example flagParts(spec.patches, styles, userNotes).get("transport")?.notes.length // 3
 */
export function flagParts(
  patches: readonly SheetPatch[],
  styles: StyleTable,
  userNotes: Map<string, Map<string, string>>,
): Map<string, FlagParts> {
  const flags = new Map<string, FlagParts>();
  patches.forEach((patch, n) => {
    const marked = patch.conditionalFormats.map((rule) => {
      if (rule.kind !== "expression") throw new Error("Flags on a user's sheet must be expression rules");
      return { ...rule, formula: markFormula(rule.formula) };
    });
    const rules = marked.map((rule, i) => rulesXml([rule], styles, i + 1, (d) => d, `00000000-0000-4000-${n}`).main);
    const texts = userNotes.get(lower(patch.sheet));
    const notes = patch.notes.map((note) => {
      const existing = texts?.get(note.cell.toUpperCase());
      return { cell: note.cell, text: markNote(note.text, existing === undefined ? null : userPartOfNote(existing)) };
    });
    flags.set(lower(patch.sheet), { rules, notes, fills: patch.fills });
  });
  return flags;
}

/**
 * Put the flags on one user sheet, or take old ones off; a sheet with nothing of the planner's is left untouched.
 * True when its cells and protection are kept character for character.
 * @example flagUserSheet(parts, "xl/worksheets/sheet3.xml", "Transport", flags.get("transport") ?? null)
 */
export function flagUserSheet(parts: PackageParts, part: string, name: string, flag: FlagParts | null): boolean {
  const notes = notesOf(parts, part);
  const xml = parts.text(part);
  if (!flag && notes.planners === 0 && !mayHoldFlags(xml)) return true;
  const wanted = flag?.notes ?? [];
  let legacyDrawing: UserSheetChange["legacyDrawing"] = null;
  if (notes.comments?.part && (wanted.length > 0 || notes.planners > 0)) {
    if (!notes.drawing?.part) throw new GraftUnsupported(`sheet ${name}'s notes have no drawing`);
    const merged = mergeNotes(
      parts.text(notes.comments.part),
      parts.text(notes.drawing.part),
      wanted.length > 0 ? commentsXml(wanted) : "",
      wanted.length > 0 ? vmlXml(wanted) : "",
      notes.comments.part,
    );
    if (merged.empty && !holdsOtherShapes(merged.drawing, notes.drawing.part)) {
      // Every note was the planner's: the parts go, and the sheet's link to them.
      const gone = [notes.comments, notes.drawing];
      for (const rel of gone) if (rel.part) parts.delete(rel.part);
      parts.removeRels(part, new Set(gone.map((r) => r.id)));
      legacyDrawing = { remove: true };
    } else {
      parts.set(notes.comments.part, merged.comments);
      parts.set(notes.drawing.part, merged.drawing);
    }
  } else if (!notes.comments && wanted.length > 0) {
    if (notes.drawing) throw new GraftUnsupported(`sheet ${name} already has a drawing for controls`);
    legacyDrawing = { add: addNotesParts(parts, part, commentsXml(wanted), vmlXml(wanted)) };
  }
  const change: UserSheetChange = {
    rules: flag?.rules ?? [],
    fills: flag?.fills ?? [],
    legacyDrawing,
  };
  const written = userSheetXml(xml, part, change);
  parts.set(part, written.xml);
  return written.cellsKept;
}
