/**
 * The user's styles part with the planner's formats appended: fonts, fills,
 * borders, number formats, cell formats and differential formats go after
 * the user's, so every index the user's sheets use still means what it meant,
 * and each planner format gets its final index the moment it is asked for
 * (the owned sheets are written once, straight out). An entry the user's part
 * already holds exactly (from an earlier consolidation) is reused, so
 * consolidating again leaves the part byte for byte.
 */
import {
  applyEdits,
  elementSpans,
  escapeXml,
  inPrefix,
  prefixOf,
  startTag,
  type ElementSpan,
  type Edit,
} from "./xmlSpans";
import { GraftUnsupported } from "./packageParts";

/** styleSheet children in the order the schema requires (ECMA-376 Part 1, 18.8.39). */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
export type Collection = "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";
const APPENDED: readonly string[] = ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"];
const FIRST_CUSTOM_FORMAT = 164;

/**
 * The entries Excel requires first in each collection (ECMA-376 Part 1, 18.8: fills 0 and 1 are reserved for
 * none and gray125), which a blank style index means: a part that lacks them gets them before the planner's, so
 * the planner's "none" (index 0) and the user's blank cells still mean the default.
 */
const REQUIRED: Partial<Record<Collection, string[]>> = {
  fonts: ['<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ["<border><left/><right/><top/><bottom/><diagonal/></border>"],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};

/** What a package without a styles part is given: Excel's defaults, which its sheets' blank style indexes mean. */
const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/></styleSheet>';

interface Held {
  /** Each entry's text, to its index (the first, where the user's part repeats one). */
  index: Map<string, number>;
  /** How many the user's part holds. */
  count: number;
  appended: string[];
}

export class StylesPart {
  private readonly text: string;
  /** False when the package has no styles part: one is made. */
  private readonly userHasPart: boolean;
  private readonly spans = new Map<string, ElementSpan>();
  private readonly held = new Map<string, Held>();
  private readonly root: ElementSpan;
  /** The root's prefix (`x` in `<x:styleSheet>`), which every entry of the planner's takes. */
  private readonly prefix: string;
  /** Number format codes of the user's and the planner's, to their ids. */
  private readonly formats = new Map<string, number>();
  private readonly newFormats: string[] = [];
  private nextFormat: number;

  /**
   * Hold the user's styles part (null: the package has none, and gets Excel's defaults).
   * @example const part = new StylesPart(parts.text("xl/styles.xml"))
   */
  constructor(user: string | null) {
    this.text = user ?? DEFAULT_STYLES;
    this.userHasPart = user !== null;
    const part = user === null ? "the default styles" : "xl/styles.xml";
    const found = elementSpans(this.text, part, (_, depth) => depth <= 2);
    const root = found[0];
    if (!root || root.name !== "styleSheet") throw new GraftUnsupported(`${part} has no styleSheet`);
    this.root = root;
    this.prefix = prefixOf(root.qname);
    const children = new Map<string, ElementSpan[]>();
    let current: string | null = null;
    for (const span of found.slice(1)) {
      if (span.depth === 1) {
        current = span.name;
        this.spans.set(span.name, span);
        children.set(span.name, []);
      } else if (current) children.get(current)?.push(span);
    }
    for (const name of APPENDED) {
      const entries = children.get(name) ?? [];
      const index = new Map<string, number>();
      entries.forEach((span, i) => {
        if (!index.has(this.text.slice(span.start, span.end))) index.set(this.text.slice(span.start, span.end), i);
      });
      this.held.set(name, { index, count: entries.length, appended: [] });
    }
    for (const [name, entries] of Object.entries(REQUIRED) as [Collection, string[]][]) {
      const held = this.held.get(name) as Held;
      for (let i = held.count; i < entries.length; i++) {
        const entry = inPrefix(entries[i], this.prefix);
        held.appended.push(entry);
        if (!held.index.has(entry)) held.index.set(entry, i);
      }
    }
    let highest = FIRST_CUSTOM_FORMAT - 1;
    for (const span of children.get("numFmts") ?? []) {
      const id = Number(span.attributes.numFmtId ?? 0);
      if (!Number.isInteger(id)) continue;
      highest = Math.max(highest, id);
      if (span.attributes.formatCode !== undefined && !this.formats.has(span.attributes.formatCode)) {
        this.formats.set(span.attributes.formatCode, id);
      }
    }
    this.nextFormat = highest + 1;
  }

  /**
   * The index of an entry: the user's identical one, else the planner's appended after theirs.
   * @example part.indexOf("fonts", "<font><b/><sz val=\"11\"/>…</font>") // 7
   */
  indexOf(collection: Collection, unprefixed: string): number {
    const held = this.held.get(collection) as Held;
    const entry = inPrefix(unprefixed, this.prefix);
    const known = held.index.get(entry);
    if (known !== undefined) return known;
    held.appended.push(entry);
    held.index.set(entry, held.count + held.appended.length - 1);
    return held.count + held.appended.length - 1;
  }

  /**
   * The id of a custom number format: the user's with the same code, else a new one above theirs.
   * @example part.formatId("dd/mm/yyyy") // 165
   */
  formatId(code: string): number {
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormat++;
    this.formats.set(code, id);
    this.newFormats.push(inPrefix(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`, this.prefix));
    return id;
  }

  /** The part with the planner's entries appended, or null when the user's needs none (left as it was). */
  xml(): string | null {
    const added = (name: string) => (name === "numFmts" ? this.newFormats : (this.held.get(name)?.appended ?? []));
    const edits: Edit[] = [];
    for (const name of APPENDED) {
      const entries = added(name);
      if (entries.length === 0) continue;
      const span = this.spans.get(name);
      const total = String((this.held.get(name)?.count ?? 0) + entries.length);
      if (span) {
        const empty = span.closeStart === span.end;
        const open = startTag(span.qname, { ...span.attributes, count: total });
        edits.push({
          start: span.start,
          end: empty ? span.end : span.openEnd,
          text: open + (empty ? entries.join("") + `</${span.qname}>` : ""),
        });
        if (!empty) edits.push({ start: span.closeStart, end: span.closeStart, text: entries.join("") });
      } else {
        const at = this.insertionPoint(name);
        edits.push({ start: at, end: at, text: `<${name} count="${total}">${entries.join("")}</${name}>` });
      }
    }
    if (edits.length === 0) return this.userHasPart ? null : this.text;
    return applyEdits(this.text, edits, this.prefix);
  }

  /** Where a missing collection goes: before the first one that must follow it. */
  private insertionPoint(name: string): number {
    for (const later of ORDER.slice(ORDER.indexOf(name) + 1)) {
      const span = this.spans.get(later);
      if (span) return span.start;
    }
    return this.root.closeStart;
  }
}
