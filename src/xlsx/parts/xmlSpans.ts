/**
 * Where elements sit in a part's XML text, found with saxes, so that a part
 * can be changed by splicing a few elements in or out while every other
 * character stays exactly as the user's program wrote it.
 */
import { SaxesParser } from "saxes";
import { GraftUnsupported } from "./storedParts";
import { localName } from "../../reader/xmlEvents";

export interface ElementSpan {
  /** Local name (`x:row` is `row`). */
  name: string;
  /** The name as written, prefix and all. */
  qname: string;
  attributes: Record<string, string>;
  /** Nesting depth: the root element is 0. */
  depth: number;
  /** Index of its `<`. */
  start: number;
  /** Just past its start tag's `>`. */
  openEnd: number;
  /** Index of its end tag's `<` (equal to `end` for an empty element written `<x/>`). */
  closeStart: number;
  /** Just past the element. */
  end: number;
}

/** A replacement of `text.slice(start, end)`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Thrown when a part cannot be read as XML: the part-by-part writer declines, and the older writer is tried. */
export class PartXmlError extends GraftUnsupported {}

/**
 * The spans of the elements `wanted` picks, in document order of their start.
 * @example elementSpans(xml, "xl/worksheets/sheet1.xml", (name, depth) => depth === 1)
 */
export function elementSpans(
  xml: string,
  part: string,
  wanted: (name: string, depth: number, attributes: Record<string, string>) => boolean,
): ElementSpan[] {
  const parser = new SaxesParser({ position: true });
  const stack: (ElementSpan | null)[] = [];
  const found: ElementSpan[] = [];
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    const attributes = tag.attributes as Record<string, string>;
    const depth = stack.length;
    if (!wanted(name, depth, attributes)) {
      stack.push(null);
      return;
    }
    // No `<` can stand inside a tag, so the last one before its end is its start.
    const openEnd = parser.position;
    const start = xml.lastIndexOf("<", openEnd - 1);
    const span = { name, qname: tag.name, attributes, depth, start, openEnd, closeStart: openEnd, end: openEnd };
    found.push(span);
    stack.push(span);
  });
  parser.on("closetag", (tag) => {
    const span = stack.pop();
    if (!span || tag.isSelfClosing) return;
    span.end = parser.position;
    span.closeStart = xml.lastIndexOf("<", span.end - 1);
  });
  parser.write(xml);
  if (!failure) parser.close();
  if (failure) throw new PartXmlError(`${part} is not well-formed XML (${(failure as Error).message.slice(0, 120)})`);
  return found;
}

/**
 * `text` with each edit applied; edits must not overlap. In a part whose root
 * is prefixed (`x:worksheet`, as the Open XML SDK writes), `prefix` is given
 * and the planner's elements in the edits take it (see inPrefix).
 * @example applyEdits("<a><b/></a>", [{ start: 3, end: 7, text: "" }]) // "<a></a>"
 */
export function applyEdits(text: string, edits: readonly Edit[], prefix = ""): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at ${edit.start}`);
    pieces.push(text.slice(at, edit.start), inPrefix(edit.text, prefix));
    at = edit.end;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

/**
 * Text escaped for XML content or a double-quoted attribute.
 * @example escapeXml('a < "b"') // "a &lt; &quot;b&quot;"
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/**
 * A start tag written from a name and attributes (values escaped).
 * @example startTag("cfRule", { priority: "3" }) // '<cfRule priority="3">'
 */
export function startTag(name: string, attributes: Record<string, string>, empty = false): string {
  const written = Object.entries(attributes).map(([k, v]) => ` ${k}="${escapeXml(v)}"`);
  return `<${name}${written.join("")}${empty ? "/>" : ">"}`;
}

/**
 * Text of an element as written (entities and character references), read back.
 * @example unescapeXml("a &amp; &#34;b&#34;") // 'a & "b"'
 */
export function unescapeXml(text: string): string {
  return text.replace(/&(quot|amp|lt|gt|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(Number(e.slice(1)));
    return ({ quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" } as Record<string, string>)[e];
  });
}

/**
 * The prefix of an element's name, or "" when it has none.
 * @example prefixOf("x:worksheet") // "x"
 */
export function prefixOf(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? "" : qname.slice(0, colon);
}

/**
 * The planner's own XML with its unprefixed elements given `prefix`, for a
 * part whose root binds the main namespace to it rather than to the default:
 * there an unprefixed element would be in no namespace at all. Only start and
 * end tags can match: the planner escapes `<` in text and attribute values.
 * Elements already prefixed (`x14:dataBar`, a user's `x:cfRule` rewritten) are
 * left as they are; an element declaring a default namespace of its own
 * cannot be moved into the prefix, and is refused.
 * @example inPrefix('<cfRule type="expression"><formula>A1&lt;2</formula></cfRule>', "x") // '<x:cfRule type="expression"><x:formula>A1&lt;2</x:formula></x:cfRule>'
 */
export function inPrefix(xml: string, prefix: string): string {
  if (prefix === "" || xml === "") return xml;
  if (/\sxmlns\s*=/.test(xml)) throw new GraftUnsupported(`${xml.slice(0, 40)}… cannot take the prefix ${prefix}`);
  return xml.replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, `<$1${prefix}:$2`);
}
