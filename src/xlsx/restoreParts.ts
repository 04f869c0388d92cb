/**
 * What ExcelJS drops that stands apart from the sheets, put back into its
 * output before it is saved: sheet protection in its older password form,
 * the workbook's structure lock, the custom
 * document properties and the custom XML parts (with their relationships
 * and content types). The parts are copied byte for byte from the input;
 * only the package's own lists (relationships, content types) and the lock
 * element in the workbook part are added to. The first step of copying
 * every part the planner does not own (issue 15).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { SheetDetail } from "../reader/readPackage";
import { readRelationships, readWorkbookPart } from "../reader/workbookPart";
import { parseXml } from "../reader/xmlEvents";
import { openPackage, partKey, relsPartOf, resolveTarget } from "../reader/zipParts";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CUSTOM_PROPERTIES = `${REL}/custom-properties`;
const CUSTOM_XML = `${REL}/customXml`;

/** The input's parts to carry over, and the lock, found once. */
interface Carried {
  lock: Record<string, string> | null;
  /** docProps/custom.xml, from the package's root relationships. */
  properties: string | null;
  /** customXml/item1.xml…, from the workbook's relationships. */
  customXml: string[];
  /** Every part under customXml/ (items, their properties and relationships). */
  customParts: string[];
}

/**
 * `output` with the input's structure lock, custom properties and custom XML put back (unchanged when it has none).
 * @example const bytes = restoreParts(fs.readFileSync("plan.xlsx"), await workbook.xlsx.writeBuffer());
 */
export function restoreParts(input: Uint8Array, output: Uint8Array, sheets: readonly SheetDetail[] = []): Uint8Array {
  const source = openPackage(input);
  const carried = carriedOf(source);
  const protectedSheets = sheets.filter((s) => s.protection !== null);
  if (!carried.lock && !carried.properties && carried.customParts.length === 0 && protectedSheets.length === 0) {
    return output;
  }
  const parts: Record<string, Uint8Array> = unzipSync(output);
  keepSheetProtection(parts, protectedSheets);
  const inputParts = source.read([
    "[content_types].xml",
    ...(carried.properties ? [carried.properties] : []),
    ...carried.customParts,
  ]);
  const text = (name: string) => strFromU8(parts[name] ?? new Uint8Array());
  if (carried.lock && !text("xl/workbook.xml").includes("<workbookProtection")) {
    const xml = text("xl/workbook.xml");
    const at = xml.includes("<bookViews") ? xml.indexOf("<bookViews") : xml.indexOf("<sheets");
    parts["xl/workbook.xml"] = strToU8(
      `${xml.slice(0, at)}${element("workbookProtection", carried.lock)}${xml.slice(at)}`,
    );
  }
  const restored: string[] = [];
  if (carried.properties) {
    parts[source.names.get(carried.properties) ?? carried.properties] = inputParts.get(
      carried.properties,
    ) as Uint8Array;
    const stored = source.names.get(carried.properties) ?? carried.properties;
    parts["_rels/.rels"] = strToU8(withRelationship(text("_rels/.rels"), CUSTOM_PROPERTIES, stored));
    restored.push(carried.properties);
  }
  for (const name of carried.customParts) {
    parts[source.names.get(name) ?? name] = inputParts.get(name) as Uint8Array;
    restored.push(name);
  }
  for (const item of carried.customXml) {
    const rels = "xl/_rels/workbook.xml.rels";
    parts[rels] = strToU8(withRelationship(text(rels), CUSTOM_XML, `../${source.names.get(item) ?? item}`));
  }
  const types = inputParts.get("[content_types].xml");
  parts["[Content_Types].xml"] = strToU8(
    withContentTypes(
      text("[Content_Types].xml"),
      types ? strFromU8(types) : "",
      restored.map((r) => source.names.get(r) ?? r),
    ),
  );
  return zipSync(parts, { level: 1 });
}

/**
 * Each protected sheet's `<sheetProtection>` as the input had it: ExcelJS keeps
 * the newer hashed password but drops the older `password` form (LibreOffice,
 * openpyxl), leaving the sheet protected by nothing.
 */
function keepSheetProtection(parts: Record<string, Uint8Array>, sheets: readonly SheetDetail[]): void {
  if (sheets.length === 0) return;
  const book = parts["xl/workbook.xml"];
  const rels = parts["xl/_rels/workbook.xml.rels"];
  if (!book || !rels) return;
  const targets = readRelationships(rels, "xl/_rels/workbook.xml.rels");
  for (const entry of readWorkbookPart(book, "xl/workbook.xml").sheets) {
    const wanted = sheets.find((s) => s.name === entry.name)?.protection;
    const rel = targets.get(entry.relId);
    if (!wanted || !rel) continue;
    const part = resolveTarget("xl/workbook.xml", rel.target);
    const xml = parts[part] ? strFromU8(parts[part]) : "";
    const kept = element("sheetProtection", wanted);
    // ExcelJS writes the element empty, in its place in the sheet's order; without it, it goes after sheetData.
    const next = /<sheetProtection\b[^>]*\/>/.test(xml)
      ? xml.replace(/<sheetProtection\b[^>]*\/>/, kept)
      : xml.replace("</sheetData>", `</sheetData>${kept}`).replace("<sheetData/>", `<sheetData/>${kept}`);
    if (next !== xml) parts[part] = strToU8(next);
  }
}

function carriedOf(source: ReturnType<typeof openPackage>): Carried {
  const names = [...source.names.keys()];
  const root = source.read(["_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]);
  const rootRels = root.has("_rels/.rels")
    ? readRelationships(root.get("_rels/.rels") as Uint8Array, "_rels/.rels")
    : new Map();
  const properties = [...rootRels.values()].find((r) => r.type === "custom-properties" && !r.external);
  const book = root.get("xl/workbook.xml");
  const bookRels = root.get("xl/_rels/workbook.xml.rels");
  const customXml = bookRels
    ? [...readRelationships(bookRels, relsPartOf("xl/workbook.xml")).values()]
        .filter((r) => r.type === "customXml" && !r.external)
        .map((r) => partKey(resolveTarget("xl/workbook.xml", r.target)))
        .filter((p) => source.names.has(p))
    : [];
  const propertiesPart = properties ? partKey(resolveTarget("", properties.target)) : null;
  return {
    lock: book ? readWorkbookPart(book, "xl/workbook.xml").protection : null,
    properties: propertiesPart && source.names.has(propertiesPart) ? propertiesPart : null,
    customXml,
    customParts: names.filter((n) => n.startsWith("customxml/") && !n.endsWith("/")),
  };
}

/** An empty XML element with the attributes as read (values escaped again). */
function element(name: string, attributes: Record<string, string>): string {
  const escape = (v: string) => v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const list = Object.entries(attributes)
    .filter(([k]) => !k.includes(":") || k.startsWith("xmlns"))
    .map(([k, v]) => ` ${k}="${escape(v)}"`)
    .join("");
  return `<${name}${list}/>`;
}

/** A relationships part with one more relationship, under an Id it does not use yet. */
function withRelationship(xml: string, type: string, target: string): string {
  let n = 1;
  while (xml.includes(`Id="rIdKept${n}"`)) n++;
  const rel = element("Relationship", { Id: `rIdKept${n}`, Type: type, Target: target });
  return xml.includes("</Relationships>") ? xml.replace("</Relationships>", `${rel}</Relationships>`) : xml;
}

/** The output's content types with the input's entry for each restored part (its Override, else its extension's Default). */
function withContentTypes(xml: string, inputXml: string, restored: string[]): string {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  if (inputXml) {
    parseXml(strToU8(inputXml), "[Content_Types].xml", {
      open(name, a) {
        if (name === "Override" && a.PartName && a.ContentType) overrides.set(partKey(a.PartName), a.ContentType);
        if (name === "Default" && a.Extension && a.ContentType) defaults.set(a.Extension.toLowerCase(), a.ContentType);
      },
    });
  }
  let added = "";
  const has = (needle: string) =>
    xml.toLowerCase().includes(needle.toLowerCase()) || added.toLowerCase().includes(needle.toLowerCase());
  for (const part of restored) {
    const override = overrides.get(partKey(part));
    if (override && !has(`PartName="/${part}"`))
      added += element("Override", { PartName: `/${part}`, ContentType: override });
    const extension = part.split(".").pop()?.toLowerCase() ?? "";
    const fallback = defaults.get(extension);
    if (!override && fallback && !has(`Extension="${extension}"`))
      added += element("Default", { Extension: extension, ContentType: fallback });
  }
  return added ? xml.replace("</Types>", `${added}</Types>`) : xml;
}
