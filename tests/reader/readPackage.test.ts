/**
 * The package reader against packages written by hand (each writer's habits:
 * absolute targets, prefixes, no `r` attributes, inline strings, no styles
 * part) and against ExcelJS, an independent reader, on every fixture and on
 * the corpus's workbooks that ExcelJS can read.
 */
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import * as fs from "fs";
import * as path from "path";
import type { CellValue } from "../../src/core/types";
import { PackageError, readWorkbookBytes } from "../../src/reader/readPackage";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

interface HandPackage {
  workbook?: string;
  sheets: { name: string; xml: string; target?: string; type?: string }[];
  shared?: string;
  sharedTarget?: string;
  workbookPath?: string;
  workbookPr?: string;
}

/** A minimal package as a writer other than Excel might save it. */
function handPackage(p: HandPackage): Uint8Array {
  const book = p.workbookPath ?? "xl/workbook.xml";
  const folder = book.slice(0, book.lastIndexOf("/"));
  const sheets = p.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const rels = p.sheets
    .map((s, i) => {
      const type = s.type ?? "worksheet";
      return `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`;
    })
    .join("");
  const sharedRel = p.shared
    ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="${p.sharedTarget ?? "sharedStrings.xml"}"/>`
    : "";
  const files: Record<string, Uint8Array> = {
    "_rels/.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${REL}/officeDocument" Target="/${book}"/></Relationships>`,
    ),
    [book]: strToU8(
      p.workbook ??
        `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${p.workbookPr ?? ""}<sheets>${sheets}</sheets></workbook>`,
    ),
    [`${folder}/_rels/${book.slice(folder.length + 1)}.rels`]: strToU8(
      `<?xml version="1.0"?><Relationships xmlns="${PKG}">${rels}${sharedRel}</Relationships>`,
    ),
  };
  p.sheets.forEach((s, i) => {
    const target = s.target ?? `worksheets/sheet${i + 1}.xml`;
    files[target.startsWith("/") ? target.slice(1) : `${folder}/${target}`] = strToU8(s.xml);
  });
  if (p.shared)
    files[(p.sharedTarget ?? "sharedStrings.xml").replace(/^\//, "").replace(/^(?!xl\/)/, `${folder}/`)] = strToU8(
      p.shared,
    );
  return zipSync(files);
}

const sheet = (data: string, prefix = "") =>
  `<?xml version="1.0" encoding="UTF-8"?><${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="${MAIN}"><${prefix}sheetData>${data}</${prefix}sheetData></${prefix}worksheet>`;

const SHARED = `<sst xmlns="${MAIN}"><si><t>Area</t></si><si><r><t>Jane </t></r><r><rPr><b/></rPr><t>Smith</t></r><rPh><t>ジェーン</t></rPh></si><si><t xml:space="preserve"> a_x000D_
b </t></si></sst>`;

const CASES: { name: string; pkg: HandPackage; expected: CellValue[][] }[] = [
  {
    name: "shared strings, rich text runs joined, phonetic guide left out, _x000D_ unescaped",
    pkg: {
      shared: SHARED,
      sheets: [
        {
          name: "Plan",
          xml: sheet(
            `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>`,
          ),
        },
      ],
    },
    expected: [["Area", "Jane Smith", " a\r\nb "]],
  },
  {
    name: "every cell type: number, boolean, error, formula text, formula with no cached value, inline string",
    pkg: {
      sheets: [
        {
          name: "Plan",
          xml: sheet(
            `<row r="2"><c r="A2"><v>40200</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c>` +
              `<c r="D2" t="str"><f>A2&amp;""</f><v>40200</v></c><c r="E2"><f>NOW()</f></c>` +
              `<c r="F2" t="inlineStr"><is><t>R&amp;D &lt;lead&gt;</t></is></c><c r="G2" s="3"/></row>`,
          ),
        },
      ],
    },
    expected: [[], [40200, true, "#N/A", "40200", undefined, "R&D <lead>"]],
  },
  {
    name: "rows and cells without r attributes follow on from the last",
    pkg: {
      sheets: [
        {
          name: "Plan",
          xml: sheet(`<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>`),
        },
      ],
    },
    expected: [
      [1, 2],
      [undefined, undefined, 3, 4],
    ],
  },
  {
    name: "a namespace prefix on every element (x:)",
    pkg: {
      sheets: [
        {
          name: "Plan",
          xml: sheet(`<x:row r="1"><x:c r="B1" t="inlineStr"><x:is><x:t>ID</x:t></x:is></x:c></x:row>`, "x:"),
        },
      ],
    },
    expected: [[undefined, "ID"]],
  },
  {
    name: "absolute targets for sheets and shared strings, and a workbook part not at xl/workbook.xml",
    pkg: {
      workbookPath: "xl/book2.xml",
      shared: SHARED,
      sharedTarget: "/xl/sharedStrings.xml",
      sheets: [
        {
          name: "Plan",
          target: "/xl/worksheets/sheet1.xml",
          xml: sheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`),
        },
      ],
    },
    expected: [["Area"]],
  },
];

describe("readWorkbookBytes on hand-written packages", () => {
  test.each(CASES)("$name", ({ pkg, expected }) => {
    const { input } = readWorkbookBytes(handPackage(pkg));
    expect(input.grids[0].sheet).toBe("Plan");
    expect(dense(input.grids[0]).values).toEqual(expected);
  });

  it("keeps what it inflated when asked, and a second reading inflates nothing again (a writer reads once)", () => {
    const bytes = handPackage({
      sheets: [{ name: "Plan", xml: sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }],
      shared: `<sst xmlns="${MAIN}"><si><t>Area</t></si></sst>`,
    });
    const kept = new Map<string, Uint8Array>();
    readWorkbookBytes(bytes, undefined, kept);
    expect([...kept.keys()].sort()).toEqual([
      "_rels/.rels",
      "xl/_rels/workbook.xml.rels",
      "xl/sharedstrings.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    const before = new Map(kept);
    const { input } = readWorkbookBytes(bytes, undefined, kept);
    expect(dense(input.grids[0]).values).toEqual([["Area"]]);
    for (const [key, data] of kept) expect(data).toBe(before.get(key));
  });

  it("reads the 1904 date system written as true (LibreOffice) or 1 (Excel), and leaves chart sheets out", () => {
    for (const flag of ["true", "1"]) {
      const { input } = readWorkbookBytes(
        handPackage({
          workbookPr: `<workbookPr date1904="${flag}"/>`,
          sheets: [
            { name: "Chart", type: "chartsheet", target: "chartsheets/sheet1.xml", xml: "<chartsheet/>" },
            { name: "Plan", xml: sheet("") },
          ],
        }),
      );
      expect(input.date1904).toBe(true);
      expect(input.grids.map((g) => g.sheet)).toEqual(["Plan"]);
    }
  });

  it.each([
    ["not a zip", strToU8("hello"), /damaged/],
    ["a zip without a workbook", zipSync({ "a.txt": strToU8("x") }), /no workbook part/],
    [
      "a sheet that is not XML",
      handPackage({ sheets: [{ name: "Plan", xml: "<worksheet><sheetData><row>" }] }),
      /not well-formed/,
    ],
  ])("refuses %s with a PackageError", (_, bytes, message) => {
    expect(() => readWorkbookBytes(bytes)).toThrow(PackageError);
    expect(() => readWorkbookBytes(bytes)).toThrow(message);
  });
});

/** ExcelJS's reading of a workbook, with dates turned back into serials as Office.js gives them. */
async function excelJsGrids(file: string): Promise<{ sheet: string; values: CellValue[][] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const offset = (workbook.properties as { date1904?: boolean }).date1904 ? 24107 : 25569;
  return workbook.worksheets.map((ws) => {
    const values: CellValue[][] = [];
    ws.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        let v: unknown = cell.value;
        if (v && typeof v === "object" && "formula" in v) v = (v as { result?: unknown }).result ?? null;
        if (v && typeof v === "object" && "richText" in v)
          v = (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("");
        if (v && typeof v === "object" && "error" in v) v = (v as { error: string }).error;
        if (v instanceof Date) v = v.getTime() / 86_400_000 + offset;
        if (v === null || v === undefined) return;
        (values[r - 1] ??= [])[c - 1] = v as CellValue;
      });
    });
    return { sheet: ws.name, values };
  });
}

/** Holes and missing rows as the same thing, whichever reader left them. */
const dense = (g: { sheet: string; values: CellValue[][] }) => ({
  sheet: g.sheet,
  values: Array.from(g.values, (row) => (row ? Array.from(row) : [])),
});

describe("readWorkbookBytes agrees with ExcelJS cell by cell", () => {
  const fixtures = path.resolve(__dirname, "../fixtures");
  const files = fs.readdirSync(fixtures).filter((f) => f.endsWith(".xlsx"));
  test.each(files)("%s", async (name) => {
    const file = path.join(fixtures, name);
    const mine = readWorkbookBytes(fs.readFileSync(file)).input.grids.map(dense);
    const theirs = (await excelJsGrids(file)).map(dense);
    expect(mine).toEqual(theirs);
  });
});
