/**
 * Finding the add-in's own marks on the user's sheets — its flag rules and its
 * notes — so they can be replaced or removed without touching the user's.
 */
import { isMarkedFormula, NOTE_MARK, userPartOfNote } from "../sheets/marks";
import type { SheetRead } from "./readWorkbook";

export interface OwnMarks {
  /** Custom rules whose formula is loaded at the next sync. */
  rules: Excel.ConditionalFormat[];
  /** The add-in's notes, with their cell loaded at the next sync. */
  notes: { note: Excel.Note; location: Excel.Range }[];
}

/**
 * Queue the loads that tell own marks apart (rule formulas, note locations) for the user's sheets read.
 * @example const marks = queueOwnMarks(read.sheets); await session.sync(); ownRules(marks)
 */
export function queueOwnMarks(sheets: SheetRead[]): Map<string, OwnMarks> {
  const marks = new Map<string, OwnMarks>();
  for (const s of sheets) {
    if (s.owned || s.protected) continue;
    const rules = (s.rules?.items ?? []).filter((rule) => rule.type === "Custom");
    for (const rule of rules) rule.custom.rule.load("formula");
    const notes = (s.notes?.items ?? [])
      .filter((note) => note.content.includes(NOTE_MARK))
      .map((note) => {
        const location = note.getLocation();
        location.load("address");
        return { note, location };
      });
    marks.set(s.name, { rules, notes });
  }
  return marks;
}

/**
 * Queue the removal of the add-in's rules and notes (keeping the user's part of a shared note),
 * except notes at `keep` cells, which the caller rewrites. Returns the notes' user parts by cell.
 * @example removeOwnMarks(marks.get("Transport")!, new Set(["F7"]))
 */
export function removeOwnMarks(marks: OwnMarks, keep: ReadonlySet<string> = new Set()): Map<string, string | null> {
  for (const rule of marks.rules) if (isMarkedFormula(rule.custom.rule.formula)) rule.delete();
  const userParts = new Map<string, string | null>();
  for (const { note, location } of marks.notes) {
    const cell = location.address.slice(location.address.lastIndexOf("!") + 1).replace(/\$/g, "");
    const user = userPartOfNote(note.content);
    if (keep.has(cell)) userParts.set(cell, user);
    else if (user === null) note.delete();
    else note.content = user;
  }
  return userParts;
}
