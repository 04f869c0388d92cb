/**
 * An owned sheet's XML from the scratch package, made ready for the user's
 * package: its text written inline (the user's shared strings part is never
 * touched) and its style indexes moved past the user's own.
 */
import type { StyleOffsets } from "./mergeStyles";
import { applyEdits, elementSpans, startTag, type Edit } from "./xmlSpans";

/**
 * The inner XML of each shared string (`<t>…</t>` or rich runs), by index.
 * @example sharedStringItems(xml)[0] // "<t>Timeline</t>"
 */
export function sharedStringItems(xml: string): string[] {
  return elementSpans(xml, "scratch shared strings", (name, depth) => depth === 1 && name === "si").map((s) =>
    xml.slice(s.openEnd, s.closeStart),
  );
}

/**
 * A scratch sheet's XML with inline strings and moved style indexes.
 * @example ownedSheetXml(sheetXml, sharedStringItems(sst), { xf: 40, dxf: 3 })
 */
export function ownedSheetXml(xml: string, shared: readonly string[], offsets: StyleOffsets): string {
  const spans = elementSpans(xml, "scratch sheet", (name) => MOVED.has(name));
  const edits: Edit[] = [];
  for (const span of spans) {
    const a = { ...span.attributes };
    const empty = span.closeStart === span.end;
    if (span.name === "c") {
      if (a.s !== undefined) a.s = String(offsets.xf[Number(a.s)] ?? 0);
      if (a.t === "s") {
        const value = /<v>(\d+)<\/v>/.exec(xml.slice(span.openEnd, span.closeStart));
        a.t = "inlineStr";
        edits.push({
          start: span.start,
          end: span.end,
          text: `${startTag(span.qname, a)}<is>${shared[Number(value?.[1])] ?? "<t></t>"}</is></c>`,
        });
        continue;
      }
    } else if (span.name === "row" && a.s !== undefined) {
      a.s = String(offsets.xf[Number(a.s)] ?? 0);
    } else if (span.name === "col" && a.style !== undefined) {
      a.style = String(offsets.xf[Number(a.style)] ?? 0);
    } else if (span.name === "cfRule" && a.dxfId !== undefined) {
      a.dxfId = String(offsets.dxf[Number(a.dxfId)] ?? 0);
    } else {
      continue;
    }
    edits.push({ start: span.start, end: span.openEnd, text: startTag(span.qname, a, empty) });
  }
  return applyEdits(xml, edits);
}

const MOVED = new Set(["c", "row", "col", "cfRule"]);
