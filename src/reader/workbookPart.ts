/**
 * The workbook part and relationship parts: the sheet list in tab order, the
 * date system, and the defined names (with their text and scope).
 */
import { parseXml } from "./xmlEvents";

export interface SheetEntry {
  name: string;
  /** Relationship id of the sheet's part in the workbook's relationships. */
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
}

export interface DefinedNameEntry {
  name: string;
  /** The name's comment, as stored (the planner marks its own names there). */
  comment: string;
  /** What it refers to, as stored (no leading `=`). */
  formula: string;
  /** The index of the sheet it belongs to, or null when workbook-wide. */
  localSheetId: number | null;
}

export interface WorkbookEntries {
  sheets: SheetEntry[];
  date1904: boolean;
  names: DefinedNameEntry[];
  /** The `<workbookProtection>` attributes as stored, or null when the structure is not locked. */
  protection: Record<string, string> | null;
}

export interface Relationship {
  target: string;
  /** The relationship type's last segment, e.g. "worksheet", "sharedStrings", "officeDocument". */
  type: string;
  external: boolean;
}

/**
 * Read the workbook part.
 * @example readWorkbookPart(bytes, "xl/workbook.xml").sheets[0].name // "Plan"
 */
export function readWorkbookPart(bytes: Uint8Array, part: string): WorkbookEntries {
  const entries: WorkbookEntries = { sheets: [], date1904: false, names: [], protection: null };
  let name: DefinedNameEntry | null = null;
  parseXml(bytes, part, {
    prefixedAttributes: true,
    open(element, a) {
      if (element === "sheet" && a.name !== undefined) {
        const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
        entries.sheets.push({ name: a.name, relId: a.id ?? "", state });
      } else if (element === "workbookProtection") {
        entries.protection = { ...a };
      } else if (element === "workbookPr") {
        entries.date1904 = a.date1904 === "1" || a.date1904 === "true";
      } else if (element === "definedName" && a.name !== undefined) {
        const local = a.localSheetId === undefined ? null : Number(a.localSheetId);
        name = {
          name: a.name,
          comment: a.comment ?? "",
          formula: "",
          localSheetId: Number.isInteger(local) ? local : null,
        };
      }
    },
    text(text) {
      if (name) name.formula += text;
    },
    close(element) {
      if (element === "definedName" && name) {
        entries.names.push(name);
        name = null;
      }
    },
  });
  return entries;
}

/**
 * Read a relationships part into id → relationship.
 * @example readRelationships(bytes, "xl/_rels/workbook.xml.rels").get("rId1")?.type // "worksheet"
 */
export function readRelationships(bytes: Uint8Array, part: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  parseXml(bytes, part, {
    open(element, a) {
      if (element !== "Relationship" || a.Id === undefined || a.Target === undefined) return;
      const type = (a.Type ?? "").split("/").pop() ?? "";
      rels.set(a.Id, { target: a.Target, type, external: a.TargetMode === "External" });
    },
  });
  return rels;
}
