/**
 * The part-by-part writer: the user's package goes out part for part as it
 * came in, except what the planner must change: its owned sheets (rendered
 * on their own, ./scratchPackage.ts, and grafted in with inline text and
 * moved style indexes), the styles part (the planner's appended), the
 * workbook part (sheet list, the planner's names), relationships and content
 * types for its parts, and on flagged user sheets only the flags' rules,
 * notes and the IDs the user asked to fill. The calculation chain goes
 * (Excel rebuilds it); charts, pivots, macros, custom XML and the rest are
 * copied byte for byte.
 */
import { partKey } from "../../reader/zipParts";
import type { WorkbookSpec } from "../../sheets/types";
import { mergeStyles } from "./mergeStyles";
import { ownedSheetXml, sharedStringItems } from "./ownedSheetXml";
import { GraftUnsupported, PackageParts, RELATIONSHIP_TYPE, relativeTarget, type Rel } from "./packageParts";
import { scratchPackage } from "./scratchPackage";
import { notesOf } from "./sheetNotes";
import { holdsOtherShapes, mergeNotes, notesIn, plannerComments } from "./mergeNotes";
import { userPartOfNote } from "../../sheets/marks";
import { mayHoldFlags, userSheetXml, type UserSheetChange } from "./userSheetXml";
import { sheetList, workbookXml, type NewName } from "./workbookXml";
import { escapeXml, elementSpans } from "./xmlSpans";

export { GraftUnsupported };

export interface GraftRequest {
  spec: WorkbookSpec;
  /** Whether the user's sheet of this name is the planner's (marks and title agree). */
  isOwned: (sheet: string) => boolean;
  date1904: boolean;
}

const is = (rel: Rel, type: string) => rel.type.endsWith(`/${type}`);
const lower = (name: string) => name.toLowerCase();

/**
 * The consolidated package: `input` with the spec's sheets, names and flags.
 * Throws GraftUnsupported for a package it will not change by parts.
 * @example const bytes = await graftPackage(fs.readFileSync("plan.xlsx"), { spec, isOwned, date1904: false })
 */
export async function graftPackage(
  input: Uint8Array,
  request: GraftRequest,
): Promise<{ bytes: Uint8Array; messages: string[] }> {
  const { spec } = request;
  const parts = new PackageParts(input);
  const main = parts.rels("").find((r) => is(r, "officeDocument"))?.part ?? null;
  if (!main || !parts.has(main)) throw new GraftUnsupported("the package has no workbook part");
  const mainRels = parts.rels(main);
  const listed = sheetList(parts.text(main), main);
  const partOf = (relId: string) => mainRels.find((r) => r.id === relId)?.part ?? null;
  const partOfSheet = (name: string) => partOf(listed.find((s) => lower(s.name) === lower(name))?.relId ?? "");
  const userNotes = notesByCell(parts, spec, partOfSheet);
  const scratch = await scratchPackage({
    sheets: spec.sheets,
    patches: spec.patches,
    date1904: request.date1904,
    userNotes: (sheet, cell) => {
      const text = userNotes.get(lower(sheet))?.get(cell.toUpperCase());
      return text === undefined ? null : userPartOfNote(text);
    },
  });
  const scratchMain = "xl/workbook.xml";
  const scratchSheets = new Map(
    sheetList(scratch.text(scratchMain), scratchMain).map((s) => [
      lower(s.name),
      scratch.rels(scratchMain).find((r) => r.id === s.relId)?.part ?? "",
    ]),
  );

  // Styles: the planner's appended to the user's.
  const stylesRel = mainRels.find((r) => is(r, "styles") && r.part && parts.has(r.part));
  const scratchStyles = scratch.text("xl/styles.xml");
  const merged = mergeStyles(stylesRel?.part ? parts.text(stylesRel.part) : null, scratchStyles);
  if (stylesRel?.part) parts.set(stylesRel.part, merged.xml);
  else {
    const name = parts.has("xl/styles.xml") ? parts.freeName("xl/styles#.xml") : "xl/styles.xml";
    parts.set(name, merged.xml);
    parts.addRel(main, `${RELATIONSHIP_TYPE}/styles`, partKey(name));
    parts.setOverride(name, scratch.contentTypeOf("xl/styles.xml") ?? "");
  }
  const shared = scratch.has("xl/sharedStrings.xml") ? sharedStringItems(scratch.text("xl/sharedStrings.xml")) : [];

  // Owned sheets: replaced in place, or added after the user's.
  const replaced = new Set<number>();
  const newSheets: { name: string; relId: string }[] = [];
  const finalIndex = new Map<string, number>();
  for (const sheet of spec.sheets) {
    const at = listed.findIndex((s) => lower(s.name) === lower(sheet.name));
    let target: string;
    if (at >= 0) {
      if (!sheet.owned || !request.isOwned(listed[at].name))
        throw new Error(`Sheet ${sheet.name} belongs to the user: it will not be overwritten`);
      const part = partOf(listed[at].relId);
      if (!part) throw new GraftUnsupported(`sheet ${sheet.name} has no part`);
      dropSheetParts(parts, part);
      target = part;
      replaced.add(at);
      finalIndex.set(lower(sheet.name), at);
    } else {
      target = parts.freeName("xl/worksheets/sheet#.xml");
      newSheets.push({ name: sheet.name, relId: "" });
      finalIndex.set(lower(sheet.name), listed.length + newSheets.length - 1);
    }
    graftOwnedSheet(parts, scratch, scratchSheets.get(lower(sheet.name)) ?? "", target, (xml) =>
      ownedSheetXml(xml, shared, merged.offsets),
    );
    if (at < 0) {
      newSheets[newSheets.length - 1].relId = parts.addRel(main, `${RELATIONSHIP_TYPE}/worksheet`, target);
      parts.setOverride(target, scratch.contentTypeOf(scratchSheets.get(lower(sheet.name)) ?? "") ?? "");
    }
  }

  // Flags on the user's sheets.
  const owned = new Set(spec.sheets.map((s) => lower(s.name)));
  for (const entry of listed) {
    if (owned.has(lower(entry.name))) continue;
    const part = partOf(entry.relId);
    if (!part || !parts.has(part)) continue;
    flagUserSheet(
      parts,
      scratch,
      part,
      entry.name,
      spec,
      scratchSheets.get(lower(entry.name)) ?? null,
      merged.offsets.dxf,
    );
  }

  // The workbook part, and the calculation chain Excel rebuilds.
  const printNames = scratchPrintNames(scratch, scratchMain, finalIndex);
  const book = workbookXml(parts.text(main), main, {
    newSheets,
    replaced,
    printNames,
    names: spec.names,
    functionNames: spec.functionNames,
  });
  parts.set(main, book.xml);
  const chain = mainRels.filter((r) => is(r, "calcChain"));
  for (const rel of chain) if (rel.part) parts.delete(rel.part);
  parts.removeRels(main, new Set(chain.map((r) => r.id)));
  parts.pruneOverrides();
  return { bytes: parts.zip(), messages: book.messages };
}

/** An owned sheet's old notes, tables and drawings go with it (the planner wrote them). */
function dropSheetParts(parts: PackageParts, sheet: string): void {
  const rels = parts.rels(sheet).filter((r) => r.part && (is(r, "comments") || is(r, "vmlDrawing") || is(r, "table")));
  // Their content types go at the end, once the new parts (often of the same names) are in.
  for (const rel of rels) if (rel.part) parts.delete(rel.part);
  parts.delete(`${sheet.slice(0, sheet.lastIndexOf("/") + 1)}_rels/${sheet.slice(sheet.lastIndexOf("/") + 1)}.rels`);
}

/** Copy a scratch sheet to `target` with its notes and tables, renamed to free names. */
function graftOwnedSheet(
  parts: PackageParts,
  scratch: PackageParts,
  from: string,
  target: string,
  rewrite: (xml: string) => string,
): void {
  parts.set(target, rewrite(scratch.text(from)));
  const entries: string[] = [];
  let tableId = nextTableId(parts);
  for (const rel of scratch.rels(from)) {
    let written = rel.target;
    if (rel.part) {
      const copy = copyPart(parts, scratch, rel, (xml) => (is(rel, "table") ? renumberTable(xml, tableId++) : xml));
      written = relativeTarget(target, copy);
    }
    const mode = rel.external ? ' TargetMode="External"' : "";
    entries.push(
      `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(written)}"${mode}/>`,
    );
  }
  if (entries.length === 0) return;
  const relsPart = `${target.slice(0, target.lastIndexOf("/") + 1)}_rels/${target.slice(target.lastIndexOf("/") + 1)}.rels`;
  parts.set(
    relsPart,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries.join("")}</Relationships>`,
  );
}

/** A scratch part (notes, their drawing, a table) copied under a free name of its kind; that name. */
function copyPart(
  parts: PackageParts,
  scratch: PackageParts,
  rel: Rel,
  rewrite: (xml: string) => string = (x) => x,
  name?: string,
): string {
  const source = scratch.nameOf(rel.part ?? "");
  const folder = source.slice(0, source.lastIndexOf("/") + 1);
  const file = source.slice(source.lastIndexOf("/") + 1);
  const target = name ?? parts.freeName(`${folder}${file.replace(/\d*(\.[a-z]+)$/i, "#$1")}`);
  parts.set(target, rewrite(scratch.text(source)));
  const extension = target.slice(target.lastIndexOf(".") + 1);
  const type = scratch.contentTypeOf(source) ?? "";
  if (extension === "vml") parts.ensureDefault("vml", type);
  else parts.setOverride(target, type);
  return target;
}

function nextTableId(parts: PackageParts): number {
  let highest = 0;
  for (const key of parts.keys()) {
    if (!key.startsWith("xl/tables/")) continue;
    const root = elementSpans(parts.text(key), key, (_, depth) => depth === 0)[0];
    highest = Math.max(highest, Number(root?.attributes.id ?? 0));
  }
  return highest + 1;
}

/** A table's id must be unique in the workbook. */
function renumberTable(xml: string, id: number): string {
  const root = elementSpans(xml, "scratch table", (_, depth) => depth === 0)[0];
  if (!root) return xml;
  return (
    xml.slice(0, root.start) +
    xml.slice(root.start, root.openEnd).replace(/\sid="\d+"/, ` id="${id}"`) +
    xml.slice(root.openEnd)
  );
}

/** Print areas and titles of the owned sheets, from the scratch workbook, at their final sheet index. */
function scratchPrintNames(scratch: PackageParts, main: string, finalIndex: Map<string, number>): NewName[] {
  const xml = scratch.text(main);
  const sheets = sheetList(xml, main);
  return elementSpans(xml, main, (name, depth) => depth === 2 && name === "definedName")
    .filter((s) => (s.attributes.name ?? "").startsWith("_xlnm.") && s.attributes.localSheetId !== undefined)
    .flatMap((s) => {
      const index = finalIndex.get(lower(sheets[Number(s.attributes.localSheetId)]?.name ?? ""));
      if (index === undefined) return [];
      const text = xml
        .slice(s.openEnd, s.closeStart)
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
      return [{ name: s.attributes.name ?? "", text, attributes: { localSheetId: String(index) } }];
    });
}

function flagUserSheet(
  parts: PackageParts,
  scratch: PackageParts,
  part: string,
  name: string,
  spec: WorkbookSpec,
  standIn: string | null,
  dxfIndex: readonly number[],
): void {
  const patch = spec.patches.find((p) => lower(p.sheet) === lower(name));
  const notes = notesOf(parts, part);
  const xml = parts.text(part);
  if (!patch && notes.planners === 0 && !mayHoldFlags(xml)) return;
  const wanted = (patch?.notes.length ?? 0) > 0;
  let legacyDrawing: UserSheetChange["legacyDrawing"] = null;
  const standInRels = standIn ? scratch.rels(standIn) : [];
  const newComments = standInRels.find((r) => is(r, "comments"));
  const newDrawing = standInRels.find((r) => is(r, "vmlDrawing"));
  const freshComments = newComments?.part ? scratch.text(newComments.part) : "";
  const freshDrawing = newDrawing?.part ? scratch.text(newDrawing.part) : "";
  if (notes.comments?.part && (wanted || notes.planners > 0)) {
    if (!notes.drawing?.part) throw new GraftUnsupported(`sheet ${name}'s notes have no drawing`);
    const merged = mergeNotes(
      parts.text(notes.comments.part),
      parts.text(notes.drawing.part),
      freshComments,
      freshDrawing,
      notes.comments.part,
    );
    if (merged.empty && !holdsOtherShapes(merged.drawing, notes.drawing.part)) {
      const gone = [notes.comments, notes.drawing];
      for (const rel of gone) if (rel.part) parts.delete(rel.part);
      parts.removeRels(part, new Set(gone.map((r) => r.id)));
      legacyDrawing = { remove: true };
    } else {
      parts.set(notes.comments.part, merged.comments);
      parts.set(notes.drawing.part, merged.drawing);
    }
  } else if (!notes.comments && wanted && newComments && newDrawing) {
    if (notes.drawing) throw new GraftUnsupported(`sheet ${name} already has a drawing for controls`);
    const comments = copyPart(parts, scratch, newComments, plannerComments);
    const drawing = copyPart(parts, scratch, newDrawing);
    parts.addRel(part, `${RELATIONSHIP_TYPE}/comments`, comments);
    legacyDrawing = { add: parts.addRel(part, `${RELATIONSHIP_TYPE}/vmlDrawing`, drawing) };
  }
  const change: UserSheetChange = {
    standIn: standIn ? scratch.text(standIn) : null,
    dxfIndex,
    fills: patch?.fills ?? [],
    legacyDrawing,
  };
  parts.set(part, userSheetXml(xml, part, change));
}

/** The text of each note on the flagged sheets that have notes, by sheet (lower case) and cell. */
function notesByCell(
  parts: PackageParts,
  spec: WorkbookSpec,
  partOfSheet: (name: string) => string | null,
): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  for (const patch of spec.patches) {
    const part = patch.notes.length > 0 ? partOfSheet(patch.sheet) : null;
    const comments = part && parts.has(part) ? notesOf(parts, part).comments?.part : null;
    if (!comments || !parts.has(comments)) continue;
    found.set(lower(patch.sheet), new Map(notesIn(parts.text(comments), comments).map((n) => [n.ref, n.text])));
  }
  return found;
}
