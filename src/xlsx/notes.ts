/** Cell notes: the add-in's marked notes, added beside (never over) a user's own. */
import type ExcelJS from "exceljs";
import { clearNote } from "./exceljsInternals";
import { markNote, NOTE_MARK, userPartOfNote } from "../sheets/marks";

/**
 * The text of a cell's note, whatever shape ExcelJS read it in.
 * @example noteText(cell) // "Check with Tom" or null
 */
export function noteText(cell: ExcelJS.Cell): string | null {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

function setNote(cell: ExcelJS.Cell, text: string | null): void {
  if (text === null) {
    clearNote(cell);
  } else {
    cell.note = text;
  }
}

/** Add the add-in's note to a cell, after the user's note if there is one. */
export function addOwnNote(cell: ExcelJS.Cell, text: string): void {
  const existing = noteText(cell);
  setNote(cell, markNote(text, existing === null ? null : userPartOfNote(existing)));
}

/** Remove the add-in's notes from a sheet, keeping users' notes (and their part of shared ones). Returns how many. */
export function removeOwnNotes(sheet: ExcelJS.Worksheet): number {
  let removed = 0;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const text = noteText(cell);
      if (text === null || !text.includes(NOTE_MARK)) return;
      setNote(cell, userPartOfNote(text));
      removed++;
    });
  });
  return removed;
}
