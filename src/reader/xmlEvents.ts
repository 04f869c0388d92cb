/**
 * Streaming XML for package parts: saxes fed the part in slices, so a large
 * sheet is never one string. Element and attribute names lose their
 * namespace prefix (`x:row` is `row`), as writers differ in prefixes.
 */
import { SaxesParser } from "saxes";
import { PackageError } from "./zipParts";

export interface XmlHandlers {
  /** Also give prefixed attributes under their local names (`r:id` as `id`); off where no attribute is prefixed. */
  prefixedAttributes?: boolean;
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Slices of about a megabyte keep each decoded string small. */
const SLICE = 1 << 20;

/**
 * Run `handlers` over a part's XML, in document order.
 * @example parseXml(bytes, "xl/workbook.xml", { open: (name, a) => name === "sheet" && names.push(a.name) })
 */
export function parseXml(bytes: Uint8Array, part: string, handlers: XmlHandlers): void {
  // Positions (line and column) are only for error messages, and cost a tenth of the parse.
  const parser = new SaxesParser({ position: false });
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag) => {
    // Without xmlns, saxes gives plain string values; a prefixed name (`r:id`) is added under its local name too.
    const attributes = tag.attributes as Record<string, string>;
    if (handlers.prefixedAttributes) {
      for (const name in attributes) {
        const colon = name.indexOf(":");
        if (colon >= 0) attributes[name.slice(colon + 1)] ??= attributes[name];
      }
    }
    handlers.open(localName(tag.name), attributes);
  });
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  if (handlers.text) parser.on("text", handlers.text);
  const decoder = new TextDecoder(encodingOf(bytes));
  for (let at = 0; at < bytes.length && !failure; at += SLICE) {
    parser.write(decoder.decode(bytes.subarray(at, at + SLICE), { stream: at + SLICE < bytes.length }));
  }
  if (!failure) parser.close();
  if (failure) throw new PackageError(`${part} is not well-formed XML (${(failure as Error).message.slice(0, 120)})`);
}

/**
 * A part's encoding: the standard allows UTF-16 parts, marked by their byte order mark.
 * @example encodingOf(new Uint8Array([0xff, 0xfe, 0x3c, 0])) // "utf-16le"
 */
export function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/**
 * A name without its namespace prefix (`r:id` on a sheet is its relationship id).
 * @example localName("x:row") // "row"
 */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Excel's escape for characters XML cannot hold: `_x000D_` is a carriage return, `_x005F_` an underscore.
 * @example unescapeText("a_x000D_b") // "a\rb"
 */
export function unescapeText(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}
