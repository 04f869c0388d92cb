/**
 * What the file writer would lose is found by part name (and, for drawings,
 * by what they hold), on packages built by hand; `implan consolidate` then
 * refuses, naming it, and writes nothing.
 */
import { strToU8, zipSync } from "fflate";
import { inventory } from "../../src/xlsx/uncarriedParts";

const BASE = { "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": strToU8("<workbook/>") };
const pkg = (parts: Record<string, string>) =>
  zipSync({ ...BASE, ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])) });
const PICTURE = `<xdr:wsDr xmlns:xdr="x"><xdr:twoCellAnchor><xdr:pic/></xdr:twoCellAnchor></xdr:wsDr>`;
const TEXT_BOX = `<xdr:wsDr xmlns:xdr="x"><xdr:twoCellAnchor><xdr:sp/></xdr:twoCellAnchor></xdr:wsDr>`;

test.each([
  [
    "a chart (and its frame in a drawing)",
    { "xl/charts/chart1.xml": "<c/>", "xl/drawings/drawing1.xml": TEXT_BOX },
    ["charts (xl/charts/chart1.xml)"],
  ],
  ["a chart sheet", { "xl/chartsheets/sheet1.xml": "<c/>" }, ["charts (xl/chartsheets/sheet1.xml)"]],
  [
    "a pivot table",
    { "xl/pivotTables/pivotTable1.xml": "<p/>", "xl/pivotCache/pivotCacheDefinition1.xml": "<p/>" },
    ["pivot tables (xl/pivotTables/pivotTable1.xml)"],
  ],
  ["a slicer", { "xl/slicers/slicer1.xml": "<s/>" }, ["slicers or timelines (xl/slicers/slicer1.xml)"]],
  [
    "threaded comments",
    { "xl/threadedComments/threadedComment1.xml": "<t/>" },
    ["threaded comments (xl/threadedComments/threadedComment1.xml)"],
  ],
  [
    "custom XML",
    { "customXml/item1.xml": "<i/>", "customXml/itemProps1.xml": "<i/>" },
    [], // put back by restoreParts
  ],
  [
    "custom document properties",
    { "docProps/custom.xml": "<Properties/>" },
    [], // put back by restoreParts
  ],
  ["macros", { "xl/vbaProject.bin": "VBA" }, ["macros (xl/vbaProject.bin)"]],
  ["sheet custom properties", { "xl/customProperty1.bin": "p" }, ["sheet custom properties (xl/customProperty1.bin)"]],
  ["dynamic-array metadata", { "xl/metadata.xml": "<m/>" }, ["dynamic-array or rich-value metadata (xl/metadata.xml)"]],
  [
    "a text box beside a picture",
    { "xl/drawings/drawing1.xml": TEXT_BOX, "xl/drawings/drawing2.xml": PICTURE },
    ["shapes or text boxes (xl/drawings/drawing1.xml)"],
  ],
  [
    "pictures only, with parts Excel rebuilds",
    {
      "xl/drawings/drawing1.xml": PICTURE,
      "xl/media/image1.png": "png",
      "xl/calcChain.xml": "<c/>",
      "docProps/thumbnail.jpeg": "j",
    },
    [],
  ],
])("%s", (_name, parts, lost) => {
  expect(inventory(pkg(parts)).lost).toEqual(lost);
});

test("printer settings are counted, not refused", () => {
  const found = inventory(
    pkg({ "xl/printerSettings/printerSettings1.bin": "p", "xl/printerSettings/printerSettings2.bin": "p" }),
  );
  expect(found).toEqual({ lost: [], printerSettings: 2 });
});
