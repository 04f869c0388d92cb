/**
 * What the file writer (ExcelJS, which re-serialises the whole workbook)
 * cannot carry into its output: charts, pivot tables, slicers, threaded
 * comments, shapes and the like are dropped without a word (custom XML and
 * document properties it drops too, but ./restoreParts.ts puts them back). A
 * plan holding any of them is refused before anything is written, naming
 * what would be lost; the add-in inside Excel keeps everything. Parts Excel
 * rebuilds by itself (the calculation chain, thumbnails) are not a loss, and
 * printer settings are only announced.
 */
import { parseXml } from "../reader/xmlEvents";
import { openPackage, partKey } from "../reader/zipParts";

/** A kind of content the writer would drop, by the part names that hold it. */
const UNCARRIED: { what: string; parts: RegExp }[] = [
  { what: "charts", parts: /^xl\/(charts\/chart[^/]*\.xml|chartsheets\/[^/]+\.xml)$/ },
  { what: "pivot tables", parts: /^xl\/pivottables\/[^/]+\.xml$/ },
  { what: "slicers or timelines", parts: /^xl\/(slicers|timelines)\/[^/]+\.xml$/ },
  { what: "threaded comments", parts: /^xl\/threadedcomments\/[^/]+\.xml$/ },
  { what: "macros", parts: /^xl\/vbaproject\.bin$/ },
  { what: "form controls", parts: /^xl\/(activex|ctrlprops)\/[^/]+\.(xml|bin)$/ },
  { what: "embedded objects", parts: /^xl\/embeddings\/[^/]+$/ },
  { what: "links to other workbooks", parts: /^xl\/externallinks\/[^/]+\.xml$/ },
  { what: "data connections or queries", parts: /^xl\/(connections\.xml|querytables\/[^/]+\.xml)$/ },
  { what: "XML maps", parts: /^xl\/xmlmaps\.xml$/ },
  { what: "shared-workbook revision history", parts: /^xl\/revisions\/revisionheaders\.xml$/ },
  { what: "dynamic-array or rich-value metadata", parts: /^xl\/(metadata(\.xml)?|richdata\/[^/]+\.xml)$/ },
  { what: "a data model", parts: /^xl\/model\/[^/]+$/ },
  { what: "add-in data", parts: /^xl\/webextensions\/[^/]+\.xml$/ },
  { what: "sheet custom properties", parts: /^xl\/customproperty[^/]*\.bin$/ },
  { what: "a sensitivity label", parts: /^docmetadata\/labelinfo\.xml$/ },
  // A note's VML has no relationships; a header or footer picture's VML points at its image.
  { what: "pictures in page headers or footers", parts: /^xl\/drawings\/_rels\/vmldrawing[^/]*\.vml\.rels$/ },
];

/** Drawings ExcelJS re-creates hold pictures only: shapes, text boxes and chart frames in them are dropped. */
const DRAWING = /^xl\/drawings\/drawing[^/]*\.xml$/;
const SHAPES = new Set(["sp", "grpSp", "graphicFrame", "cxnSp"]);

/** True when a drawing part holds anything but pictures. */
function holdsShapes(bytes: Uint8Array, part: string): boolean {
  let found = false;
  parseXml(bytes, part, { open: (name) => void (found ||= SHAPES.has(name)) });
  return found;
}

export interface PackageInventory {
  /** What would be lost, e.g. ["charts (xl/charts/chart1.xml)"]; empty when the writer keeps everything. */
  lost: string[];
  /** Parts dropped that only change how Excel prints on this computer, announced rather than refused. */
  printerSettings: number;
}

/**
 * What writing `bytes` back through ExcelJS would lose.
 * @example inventory(fs.readFileSync("plan.xlsx")).lost // ["charts (xl/charts/chart1.xml)"]
 */
export function inventory(bytes: Uint8Array): PackageInventory {
  const parts = openPackage(bytes);
  const names = [...parts.names.keys()];
  const lost: string[] = [];
  for (const kind of UNCARRIED) {
    const found = names.filter((n) => kind.parts.test(n));
    if (found.length > 0) lost.push(`${kind.what} (${listed(found.map((n) => parts.names.get(n) ?? n))})`);
  }
  const drawings = names.filter((n) => DRAWING.test(n));
  if (drawings.length > 0) {
    const read = parts.read(drawings);
    const withShapes = drawings.filter((n) => {
      const data = read.get(partKey(n));
      return data !== undefined && holdsShapes(data, n);
    });
    if (withShapes.length > 0 && !lost.some((l) => l.startsWith("charts"))) {
      lost.push(`shapes or text boxes (${listed(withShapes.map((n) => parts.names.get(n) ?? n))})`);
    }
  }
  return { lost, printerSettings: names.filter((n) => /^xl\/printersettings\/[^/]+$/.test(n)).length };
}

function listed(parts: string[]): string {
  return parts.length <= 2 ? parts.join(", ") : `${parts.slice(0, 2).join(", ")} and ${parts.length - 2} more`;
}
