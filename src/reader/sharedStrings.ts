/** The shared strings part: each `<si>` as the text Excel shows (runs joined, phonetic guides left out). */
import { parseXml, unescapeText } from "./xmlEvents";

/**
 * Read the shared strings, in order.
 * @example readSharedStrings(bytes, "xl/sharedStrings.xml")[0] // "Area"
 */
export function readSharedStrings(bytes: Uint8Array, part: string): string[] {
  const strings: string[] = [];
  let current = "";
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  parseXml(bytes, part, {
    open(element) {
      if (element === "si") {
        inItem = true;
        current = "";
      } else if (element === "rPh") phonetic++;
      else if (element === "t" && inItem && phonetic === 0) inText = true;
    },
    text(text) {
      if (inText) current += text;
    },
    close(element) {
      if (element === "t") inText = false;
      else if (element === "rPh") phonetic--;
      else if (element === "si") {
        strings.push(unescapeText(current));
        inItem = false;
      }
    },
  });
  return strings;
}
