/**
 * The part-by-part writer: the user's package goes out part for part as it
 * came in, except what the planner must change: its owned sheets (written
 * straight from their specs, ./ownedSheetWriter.ts), the styles part (the
 * planner's appended, ./stylesPart.ts), the workbook part (sheet list, the
 * planner's names), relationships and content types for its parts, and on
 * flagged user sheets only the flags' rules, notes and the IDs the user asked
 * to fill (./flagUserSheets.ts). The calculation chain goes (Excel rebuilds
 * it); charts, pivots, macros, custom XML and the rest are copied byte for byte.
 */
import type { KeptParts } from "../readWorkbook";
import type { WorkbookSpec } from "../../sheets/types";
import { flagParts, flagUserSheet, userNotesOf } from "./flagUserSheets";
import { GraftUnsupported, relIs, type PackageParts } from "./packageParts";
import { newSheetPart, openWorkbookPackage, putStyles, styleTableFor, writeOwnedSheet } from "./workbookPackage";
import { workbookXml, type NewName } from "./workbookXml";

export interface GraftRequest {
  spec: WorkbookSpec;
  /** Whether the user's sheet of this name is the planner's (marks and title agree). */
  isOwned: (sheet: string) => boolean;
}

export interface GraftedPackage {
  bytes: Uint8Array;
  messages: string[];
  /** User sheets whose cells and protection are the input's character for character (no reading back needed). */
  cellsKept: Set<string>;
}

const lower = (name: string) => name.toLowerCase();

/**
 * The consolidated package: `input` with the spec's sheets, names and flags.
 * Throws GraftUnsupported for a package it will not change by parts.
 * @example const { bytes } = await graftPackage(kept, { spec, isOwned })
 */
export async function graftPackage(input: KeptParts, request: GraftRequest): Promise<GraftedPackage> {
  const { spec } = request;
  const pkg = openWorkbookPackage(input);
  const { parts, main, mainRels, listed, partOfSheet } = pkg;
  const partOf = (relId: string) => mainRels.find((r) => r.id === relId)?.part ?? null;

  // Formats get their final indexes in the user's styles part as they are handed out.
  const styles = styleTableFor(pkg);
  const flags = flagParts(spec.patches, styles, userNotesOf(parts, spec.patches, partOfSheet));

  // Owned sheets, compressed as they are written: replaced in place, or added after the user's.
  const replaced = new Set<number>();
  const newSheets: { name: string; relId: string }[] = [];
  const printNames: NewName[] = [];
  for (const sheet of spec.sheets) {
    const at = listed.findIndex((s) => lower(s.name) === lower(sheet.name));
    let target: string;
    if (at >= 0) {
      if (!sheet.owned || !request.isOwned(listed[at].name)) {
        throw new Error(`Sheet ${sheet.name} belongs to the user: it will not be overwritten`);
      }
      target = partOf(listed[at].relId) ?? "";
      if (!target) throw new GraftUnsupported(`sheet ${sheet.name} has no part`);
      dropSheetParts(parts, target);
      replaced.add(at);
    } else {
      const added = newSheetPart(pkg);
      target = added.target;
      newSheets.push({ name: sheet.name, relId: added.relId });
    }
    const written = writeOwnedSheet(parts, target, sheet, styles);
    const index = at >= 0 ? at : listed.length + newSheets.length - 1;
    for (const n of written.printNames) printNames.push({ ...n, attributes: { localSheetId: String(index) } });
  }

  putStyles(pkg, styles);

  // Flags on the user's sheets.
  const ownedNames = new Set(spec.sheets.map((s) => lower(s.name)));
  const cellsKept = new Set<string>();
  for (const entry of listed) {
    if (ownedNames.has(lower(entry.name))) continue;
    const part = partOf(entry.relId);
    if (!part || !parts.has(part)) continue;
    if (flagUserSheet(parts, part, entry.name, flags.get(lower(entry.name)) ?? null)) {
      cellsKept.add(entry.name);
    }
  }

  // The workbook part, and the calculation chain Excel rebuilds.
  const book = workbookXml(parts.text(main), main, {
    newSheets,
    replaced,
    printNames,
    names: spec.names,
    functionNames: spec.functionNames,
  });
  parts.set(main, book.xml);
  const chain = mainRels.filter((r) => relIs(r, "calcChain"));
  for (const rel of chain) if (rel.part) parts.delete(rel.part);
  parts.removeRels(main, new Set(chain.map((r) => r.id)));
  parts.pruneOverrides();
  return { bytes: await parts.zip(), messages: book.messages, cellsKept };
}

/** An owned sheet's old notes, tables and drawings go with it (the planner wrote them); their content types at the end. */
function dropSheetParts(parts: PackageParts, sheet: string): void {
  const rels = parts
    .rels(sheet)
    .filter((r) => r.part && (relIs(r, "comments") || relIs(r, "vmlDrawing") || relIs(r, "table")));
  for (const rel of rels) if (rel.part) parts.delete(rel.part);
  parts.deleteRels(sheet);
}
