/**
 * The writer's check of its copy, on packages read by the package reader:
 * typed values, protection, the structure lock and the user's names must
 * survive; formulas' results, the planner's sheets and names, and the IDs
 * the user asked to fill may change. Each case changes one thing by hand.
 */
import JSZip from "jszip";
import { readWorkbookBytes, type ReadPackage } from "../../src/reader/readPackage";
import { changesToUser } from "../../src/xlsx/verifyCopy";
import { rawXlsx, type RawSheet } from "../../testkit/rawXlsx";

const SHEETS: RawSheet[] = [
  {
    name: "Transport",
    rows: [
      ["ID", "Action", "Owner"],
      ["T1", "Agree a bus route", "Gareth Jones"],
      [null, "Tender", "Jo"],
    ],
  },
  { name: "Timeline", rows: [["Implementation Planner — Timeline"], ["stamp"]] },
];

/** The package, with an edit to one part's XML. */
async function read(edit?: { part: string; from: string | RegExp; to: string }): Promise<ReadPackage> {
  const zip = await JSZip.loadAsync(await rawXlsx({ sheets: SHEETS }));
  if (edit) {
    const xml = (await zip.file(edit.part)?.async("string")) ?? "";
    const changed = xml.replace(edit.from, edit.to);
    if (changed === xml) throw new Error(`the edit of ${edit.part} changed nothing`);
    zip.file(edit.part, changed);
  }
  return readWorkbookBytes(new Uint8Array(await zip.generateAsync({ type: "uint8array" })));
}

const none = { planners: ["Timeline"], fills: new Map<string, { cell: string; value: string }[]>() };

test("an unchanged copy, and a copy whose planner sheet changed, change nothing of the user's", async () => {
  const input = await read();
  expect(changesToUser(input, await read(), none)).toEqual([]);
  expect(
    changesToUser(input, await read({ part: "xl/sharedStrings.xml", from: />stamp</, to: ">new stamp<" }), none),
  ).toEqual([]);
});

test.each([
  [
    "a typed value",
    { part: "xl/sharedStrings.xml", from: />Gareth Jones</, to: ">Gareth<" },
    /Transport!C2 would read "Gareth" instead of "Gareth Jones"/,
  ],
  [
    "a lost sheet",
    { part: "xl/workbook.xml", from: /<sheet name="Transport"[^>]*\/>/, to: "" },
    /the sheet Transport would be missing/,
  ],
  [
    "sheet protection",
    {
      part: "xl/worksheets/sheet1.xml",
      from: /<\/sheetData>/,
      to: '</sheetData><sheetProtection sheet="1" password="CC3D"/>',
    },
    /the protection of Transport would change/,
  ],
  [
    "the structure lock",
    { part: "xl/workbook.xml", from: /<sheets>/, to: '<workbookProtection lockStructure="1"/><sheets>' },
    /the workbook's structure lock would change/,
  ],
])("%s is found", async (_what, edit, message) => {
  // Which side holds the edit does not matter: a difference is a difference.
  const [plain, edited] = [await read(), await read(edit)];
  const found = [...changesToUser(plain, edited, none), ...changesToUser(edited, plain, none)];
  expect(found.join("; ")).toMatch(message);
});

test("the IDs the user asked to fill are expected; any other ID is a change", async () => {
  const input = await read();
  const filled = await read({
    part: "xl/worksheets/sheet1.xml",
    from: /<row r="3"([^>]*)>/,
    to: '<row r="3"$1><c r="A3" t="inlineStr"><is><t>T2</t></is></c>',
  });
  const asked = { ...none, fills: new Map([["Transport", [{ cell: "A3", value: "T2" }]]]) };
  expect(changesToUser(input, filled, asked)).toEqual([]);
  expect(changesToUser(input, filled, none)).toEqual(['Transport!A3 would read "T2" instead of nothing']);
});
