/**
 * The planner's styles appended to the user's styles part: their fonts,
 * fills, borders, number formats, cell formats and differential formats go
 * after the user's, so every index the user's sheets use still means what it
 * meant. The owned sheets' and flags' indexes are moved by the offsets returned.
 */
import { applyEdits, elementSpans, startTag, type ElementSpan, type Edit } from "./xmlSpans";
import { GraftUnsupported } from "./packageParts";

export interface StyleOffsets {
  /** The merged index of each of the planner's cell formats (`s`). */
  xf: number[];
  /** The merged index of each of the planner's differential formats (`dxfId`). */
  dxf: number[];
}

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
const APPENDED = ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"];
const FIRST_CUSTOM_FORMAT = 164;

interface Collections {
  spans: Map<string, ElementSpan>;
  children: Map<string, ElementSpan[]>;
  root: ElementSpan;
}

function collectionsOf(xml: string, part: string): Collections {
  const found = elementSpans(xml, part, (_, depth) => depth <= 2);
  const root = found[0];
  if (!root || root.name !== "styleSheet") throw new GraftUnsupported(`${part} has no styleSheet`);
  if (root.qname.includes(":")) throw new GraftUnsupported(`${part} uses a namespace prefix`);
  const spans = new Map<string, ElementSpan>();
  const children = new Map<string, ElementSpan[]>();
  let current: string | null = null;
  for (const span of found.slice(1)) {
    if (span.depth === 1) {
      current = span.name;
      spans.set(span.name, span);
      children.set(span.name, []);
    } else if (current) {
      children.get(current)?.push(span);
    }
  }
  return { spans, children, root };
}

/**
 * `user` (the user's styles part, or null when the package has none) with
 * `planner`'s styles added; the merged text and where each planner index
 * landed. An entry the user's part already holds exactly (from an earlier
 * consolidation) is reused, so consolidating again leaves the part as it was.
 * @example const { xml, offsets } = mergeStyles(userStyles, scratchStyles)
 */
export function mergeStyles(user: string | null, planner: string): { xml: string; offsets: StyleOffsets } {
  const theirs = collectionsOf(planner, "scratch styles");
  if (user === null) {
    const identity = (name: string) => (theirs.children.get(name) ?? []).map((_, i) => i);
    return { xml: planner, offsets: { xf: identity("cellXfs"), dxf: identity("dxfs") } };
  }
  const mine = collectionsOf(user, "xl/styles.xml");
  const added = new Map<string, string[]>();
  /** Each planner entry's merged index: an identical entry of the user's, else appended. */
  const place = (name: string, rewrite: (span: ElementSpan) => string): number[] => {
    const existing = mine.children.get(name) ?? [];
    const index = new Map<string, number>();
    existing.forEach((span, i) => index.set(user.slice(span.start, span.end), i));
    const appended: string[] = [];
    added.set(name, appended);
    return (theirs.children.get(name) ?? []).map((span) => {
      const text = rewrite(span);
      const found = index.get(text);
      if (found !== undefined) return found;
      index.set(text, existing.length + appended.length);
      appended.push(text);
      return existing.length + appended.length - 1;
    });
  };
  const slice = (span: ElementSpan) => planner.slice(span.start, span.end);
  const formats = new Map<string, string>();
  const userFormats = mine.children.get("numFmts") ?? [];
  let nextFormat = Math.max(FIRST_CUSTOM_FORMAT - 1, ...userFormats.map((s) => Number(s.attributes.numFmtId ?? 0))) + 1;
  const numFmts: string[] = [];
  for (const span of theirs.children.get("numFmts") ?? []) {
    const same = userFormats.find((u) => u.attributes.formatCode === span.attributes.formatCode);
    const id = same?.attributes.numFmtId ?? String(nextFormat++);
    formats.set(span.attributes.numFmtId ?? "", id);
    if (!same) numFmts.push(startTag(span.qname, { ...span.attributes, numFmtId: id }, true));
  }
  added.set("numFmts", numFmts);
  const fonts = place("fonts", slice);
  const fills = place("fills", slice);
  const borders = place("borders", slice);
  const xf = place("cellXfs", (s) => {
    const a = { ...s.attributes };
    a.numFmtId = formats.get(a.numFmtId ?? "0") ?? a.numFmtId ?? "0";
    a.fontId = String(fonts[Number(a.fontId ?? 0)] ?? 0);
    a.fillId = String(fills[Number(a.fillId ?? 0)] ?? 0);
    a.borderId = String(borders[Number(a.borderId ?? 0)] ?? 0);
    a.xfId = "0";
    const empty = s.closeStart === s.end;
    return startTag(s.qname, a, empty) + (empty ? "" : planner.slice(s.openEnd, s.end));
  });
  const dxf = place("dxfs", slice);

  const count = (name: string) => mine.children.get(name)?.length ?? 0;
  const edits: Edit[] = [];
  for (const name of APPENDED) {
    const entries = added.get(name) ?? [];
    if (entries.length === 0) continue;
    const span = mine.spans.get(name);
    const total = String(count(name) + entries.length);
    if (span) {
      const empty = span.closeStart === span.end;
      edits.push({
        start: span.start,
        end: empty ? span.end : span.openEnd,
        text:
          startTag(span.qname, { ...span.attributes, count: total }) +
          (empty ? entries.join("") + `</${span.qname}>` : ""),
      });
      if (!empty) edits.push({ start: span.closeStart, end: span.closeStart, text: entries.join("") });
    } else {
      const at = insertionPoint(mine, name);
      edits.push({ start: at, end: at, text: `<${name} count="${total}">${entries.join("")}</${name}>` });
    }
  }
  return { xml: applyEdits(user, edits), offsets: { xf, dxf } };
}

/** Where a missing collection goes: before the first one that must follow it. */
function insertionPoint(mine: Collections, name: string): number {
  for (const later of ORDER.slice(ORDER.indexOf(name) + 1)) {
    const span = mine.spans.get(later);
    if (span) return span.start;
  }
  return mine.root.closeStart;
}

/**
 * The planner's own XML with its style indexes moved to where mergeStyles put them.
 * Only attributes can match: text and formulas have their quotes escaped.
 * @example remapStyles('<c r="A1" s="2"/>', { xf: [0, 0, 41], dxf: [] }) // '<c r="A1" s="41"/>'
 */
export function remapStyles(xml: string, offsets: StyleOffsets): string {
  return xml.replace(/ (s|style|dxfId)="(\d+)"/g, (_, name: string, n: string) => {
    const map = name === "dxfId" ? offsets.dxf : offsets.xf;
    return ` ${name}="${map[Number(n)] ?? 0}"`;
  });
}
