/**
 * What both part-by-part writers (consolidate, baseline) do to a package
 * first and last: open it at its workbook part, put the planner's formats
 * into the styles, and add a sheet of the planner's after the user's.
 */
import { partKey } from "../../reader/zipParts";
import type { KeptParts } from "../readWorkbook";
import { commentsXml, vmlXml } from "./notesXml";
import type { SheetSpec } from "../../sheets/types";
import { TextCompressor } from "./compressParts";
import { writeOwnedSheetXml, type OwnedSheetXml } from "./ownedSheetWriter";
import { CONTENT_TYPES, GraftUnsupported, PackageParts, RELATIONSHIP_TYPE, relIs, type Rel } from "./packageParts";
import { addNotesParts } from "./sheetNotes";
import { StyleTable } from "./styleTable";
import { StylesPart } from "./stylesPart";
import { sheetList } from "./workbookXml";

/** An owned sheet's notes drawing: its only relationships are its notes'. */
export const NOTES_DRAWING_ID = "rId1";

export interface WorkbookPackage {
  parts: PackageParts;
  /** The workbook part (key form). */
  main: string;
  mainRels: Rel[];
  /** The sheets in tab order. */
  listed: ReturnType<typeof sheetList>;
  /** The part of a sheet by its name (any case), or null. */
  partOfSheet: (name: string) => string | null;
}

/**
 * Open a package at its workbook part; a package without one, or saved as Strict Open XML, is declined.
 * @example const { parts, main, listed } = openWorkbookPackage({ bytes: fs.readFileSync("plan.xlsx"), inflated: new Map() })
 */
export function openWorkbookPackage(input: KeptParts): WorkbookPackage {
  const parts = new PackageParts(input.bytes, input.inflated);
  // The parts are the writer's now: a sheet it replaces can be let go while the rest is written.
  input.inflated.clear();
  const document = parts.rels("").find((r) => relIs(r, "officeDocument"));
  const main = document?.part ?? null;
  if (!main || !parts.has(main)) throw new GraftUnsupported("the package has no workbook part");
  // Strict Open XML names its relationships and elements in other namespaces than the ones the planner writes.
  if (document?.type.startsWith("http://purl.oclc.org/ooxml/")) {
    throw new GraftUnsupported("it is saved as Strict Open XML");
  }
  const mainRels = parts.rels(main);
  const listed = sheetList(parts.text(main), main);
  const partOfSheet = (name: string) => {
    const relId = listed.find((s) => s.name.toLowerCase() === name.toLowerCase())?.relId;
    return mainRels.find((r) => r.id === relId)?.part ?? null;
  };
  return { parts, main, mainRels, listed, partOfSheet };
}

/** The package's styles part, if it has one. */
function stylesPartOf({ parts, mainRels }: WorkbookPackage): string | null {
  return mainRels.find((r) => relIs(r, "styles") && r.part && parts.has(r.part))?.part ?? null;
}

/**
 * A style table for the planner's formats, each given its final index in this package's styles part.
 * @example const styles = styleTableFor(pkg)
 */
export function styleTableFor(pkg: WorkbookPackage): StyleTable {
  const part = stylesPartOf(pkg);
  return new StyleTable(new StylesPart(part ? pkg.parts.text(part) : null));
}

/**
 * The planner's formats put into the package's styles part (or made its styles part); a part they were all
 * already in is left as it was.
 * @example putStyles(pkg, styles)
 */
export function putStyles(pkg: WorkbookPackage, styles: StyleTable): void {
  const { parts, main } = pkg;
  const xml = styles.xml();
  if (xml === null) return;
  const part = stylesPartOf(pkg);
  if (part) {
    parts.set(part, xml);
  } else {
    const name = parts.has("xl/styles.xml") ? parts.freeName("xl/styles#.xml") : "xl/styles.xml";
    parts.set(name, xml);
    parts.addRel(main, `${RELATIONSHIP_TYPE}/styles`, partKey(name));
    parts.setOverride(name, CONTENT_TYPES.styles);
  }
}

/**
 * Write an owned sheet's part (`target`, new or replaced) straight into a compressor, with its notes; its
 * print names. Throws GraftUnsupported for a sheet this writer leaves to the older one.
 * @example const { printNames } = writeOwnedSheet(parts, "xl/worksheets/sheet9.xml", timelineSpec, styles)
 */
export function writeOwnedSheet(
  parts: PackageParts,
  target: string,
  spec: SheetSpec,
  styles: StyleTable,
): Pick<OwnedSheetXml, "printNames"> {
  const out = new TextCompressor();
  const { notes, printNames } = writeOwnedSheetXml(spec, styles, NOTES_DRAWING_ID, out);
  parts.setCompressed(target, out.end());
  if (notes.length > 0) addNotesParts(parts, target, commentsXml(notes), vmlXml(notes), NOTES_DRAWING_ID);
  return { printNames };
}

/**
 * A new sheet part after the user's, listed in the relationships and content types; its part and relationship id.
 * @example const { target, relId } = newSheetPart(pkg)
 */
export function newSheetPart({ parts, main }: WorkbookPackage): { target: string; relId: string } {
  const target = parts.freeName("xl/worksheets/sheet#.xml");
  const relId = parts.addRel(main, `${RELATIONSHIP_TYPE}/worksheet`, target);
  parts.setOverride(target, CONTENT_TYPES.worksheet);
  return { target, relId };
}
