/**
 * What the planner writes, rendered on its own: a fresh ExcelJS workbook
 * holding only the owned sheets and, for each user sheet the flags touch, a
 * stand-in of the same name holding only the flags' rules and notes. The
 * user's workbook is never loaded into ExcelJS; the parts of this scratch
 * package are grafted into the user's package (./graftPackage.ts).
 */
import ExcelJS from "exceljs";
import { markFormula, markNote } from "../../sheets/marks";
import type { SheetPatch, SheetSpec } from "../../sheets/types";
import { addSpecSheet } from "../renderWorkbookSpec";
import { addRules } from "../writeRules";
import { PackageParts } from "./packageParts";

export interface ScratchInput {
  sheets: readonly SheetSpec[];
  patches: readonly SheetPatch[];
  /** The user's own part of an existing note, by sheet and cell, for a flag added beside it. */
  userNotes?: (sheet: string, cell: string) => string | null;
  date1904: boolean;
}

/**
 * Render the owned sheets and the flags' stand-ins; the package's parts.
 * @example const scratch = await scratchPackage({ sheets: spec.sheets, patches: spec.patches, date1904: false })
 */
export async function scratchPackage(input: ScratchInput): Promise<PackageParts> {
  const workbook = new ExcelJS.Workbook();
  if (input.date1904) workbook.properties.date1904 = true;
  for (const sheet of input.sheets) addSpecSheet(workbook, sheet);
  for (const patch of input.patches) addStandIn(workbook, patch, input.userNotes);
  // Stored, not deflated: the parts are unzipped again at once.
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions);

  return new PackageParts(new Uint8Array(buffer as ArrayBuffer));
}

function addStandIn(workbook: ExcelJS.Workbook, patch: SheetPatch, userNotes: ScratchInput["userNotes"]): void {
  const sheet = workbook.addWorksheet(patch.sheet);
  const rules = patch.conditionalFormats.map((rule) => {
    if (rule.kind !== "expression") throw new Error("Flags on a user's sheet must be expression rules");
    return { ...rule, formula: markFormula(rule.formula) };
  });
  addRules(sheet, rules, 1);
  for (const note of patch.notes) {
    sheet.getCell(note.cell).note = markNote(note.text, userNotes?.(patch.sheet, note.cell) ?? null);
  }
}
