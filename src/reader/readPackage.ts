/**
 * The planner's reader for workbook packages, for the command line and the
 * pane alike (no file system, no Node): bytes in, the grids the core reads
 * out. Only the workbook part, its relationships, the shared strings and the
 * worksheets are inflated and parsed; charts, pictures, pivots, styles and
 * macros are never touched, so whatever else a package holds cannot stop it
 * being read.
 */
import type { Grid, WorkbookInput } from "../core/types";
import { sheetOfReference } from "../core/parse/a1";
import { OWNED_SHEET_NAME } from "../sheets/consolidationSpec";
import { readSharedStrings } from "./sharedStrings";
import { readSheetCells } from "./sheetCells";
import { readRelationships, readWorkbookPart, type DefinedNameEntry } from "./workbookPart";
import { openPackage, PackageError, partKey, relsPartOf, resolveTarget, type FastInflate } from "./zipParts";

export { PackageError } from "./zipParts";

/** A worksheet's formula cells and protection, for checks that a copy changed nothing of the user's. */
export interface SheetDetail {
  name: string;
  formulas: Set<number>;
  protection: Record<string, string> | null;
}

export interface ReadPackage {
  input: WorkbookInput;
  /** Each worksheet (as in `input.grids`): which cells are formulas, and its protection. */
  sheets: SheetDetail[];
  /** The workbook structure lock, as stored, or null. */
  protection: Record<string, string> | null;
  /** The workbook's defined names as stored, for callers that keep or inspect them. */
  names: DefinedNameEntry[];
}

/**
 * Read a workbook package. Sheets `skip` names are listed with no cells and not
 * inflated (a writer checking its copy skips the sheets it wrote itself).
 * Parts inflated are kept in `kept` when given; `inflate` is a faster inflater where there is one (see openPackage).
 * @example const { input } = readWorkbookBytes(new Uint8Array(await file.arrayBuffer()));
 */
export function readWorkbookBytes(
  bytes: Uint8Array,
  skip: (sheet: string) => boolean = () => false,
  kept?: Map<string, Uint8Array>,
  inflate?: FastInflate,
): ReadPackage {
  const parts = openPackage(bytes, kept, inflate);
  const workbookPart = officeDocumentOf(parts.names.has("_rels/.rels") ? parts.read(["_rels/.rels"]) : new Map());
  const fallback = parts.names.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
  const main = workbookPart && parts.names.has(partKey(workbookPart)) ? partKey(workbookPart) : fallback;
  if (main === null) throw new PackageError("it has no workbook part (xl/workbook.xml)");
  const relsPart = relsPartOf(main);
  const first = parts.read([main, relsPart]);
  const book = readWorkbookPart(first.get(main) as Uint8Array, main);
  const rels = first.has(relsPart) ? readRelationships(first.get(relsPart) as Uint8Array, relsPart) : new Map();
  const skipped = new Set(book.sheets.filter((sheet) => skip(sheet.name)).map((sheet) => sheet.name));
  const sheetParts = book.sheets.map((sheet) => {
    const rel = rels.get(sheet.relId);
    return rel && rel.type === "worksheet" && !rel.external ? partKey(resolveTarget(main, rel.target)) : null;
  });
  const sharedRel = [...rels.values()].find((r) => r.type === "sharedStrings" && !r.external);
  const sharedPart = sharedRel ? partKey(resolveTarget(main, sharedRel.target)) : null;
  const sheetsRead = sheetParts.filter((p, i): p is string => p !== null && !skipped.has(book.sheets[i].name));
  // A copy's check that skips every sheet needs no shared strings.
  const wanted = [...sheetsRead, ...(sharedPart && sheetsRead.length > 0 ? [sharedPart] : [])];
  const inflated = parts.read(wanted);
  const sharedBytes = sharedPart ? inflated.get(sharedPart) : undefined;
  const shared = sharedBytes && sharedPart ? readSharedStrings(sharedBytes, sharedPart) : [];
  const grids: Grid[] = [];
  const sheets: SheetDetail[] = [];
  book.sheets.forEach((sheet, i) => {
    const part = sheetParts[i];
    if (part === null) return;
    const data = inflated.get(part);
    const read = data
      ? readSheetCells(data, part, shared)
      : { rows: [], formulas: new Set<number>(), protection: null };
    grids.push({ sheet: sheet.name, topLeft: "A1", values: read.rows });
    sheets.push({ name: sheet.name, formulas: read.formulas, protection: read.protection });
    inflated.delete(part);
  });
  if (grids.length === 0) throw new PackageError("it has no worksheets");
  const ownedSheets = ownedSheetsOf(book.names);
  return {
    input: { grids, date1904: book.date1904, ...(ownedSheets && { ownedSheets }) },
    sheets,
    protection: book.protection,
    names: book.names,
  };
}

/** The workbook part the package's root relationships name. */
function officeDocumentOf(root: Map<string, Uint8Array>): string | null {
  const bytes = root.get("_rels/.rels");
  if (!bytes) return null;
  const rel = [...readRelationships(bytes, "_rels/.rels").values()].find((r) => r.type === "officeDocument");
  return rel ? resolveTarget("", rel.target) : null;
}

/**
 * The sheets the planner's `Planner_Sheet_…` names point at, or undefined for
 * a workbook with none (made before the marks: the title alone then decides).
 * @example ownedSheetsOf([{ name: "Planner_Sheet_Timeline", comment: "", formula: "Timeline!$A$1", localSheetId: null }]) // ["Timeline"]
 */
export function ownedSheetsOf(names: readonly DefinedNameEntry[]): string[] | undefined {
  const sheets = names
    .filter((n) => n.name.startsWith(OWNED_SHEET_NAME))
    .map((n) => sheetOfReference(n.formula))
    .filter((s): s is string => s !== null);
  return sheets.length > 0 ? sheets : undefined;
}
