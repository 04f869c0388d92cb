/**
 * The splices of the part-by-part writer on small hand-written parts: what
 * each keeps character for character, and exactly what it changes. Expected
 * text is written out by hand here.
 */
import { mergeNotes } from "../../../src/xlsx/parts/mergeNotes";
import { commentsXml, vmlXml } from "../../../src/xlsx/parts/notesXml";
import { userSheetXml } from "../../../src/xlsx/parts/userSheetXml";
import { workbookXml } from "../../../src/xlsx/parts/workbookXml";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const MARKED = "AND(N(&quot;Implementation Planner&quot;)=0,$A4&gt;1)";

describe("the workbook part", () => {
  const names =
    '<definedName name="Scoped" localSheetId="0">Quality!$A$1</definedName>' +
    '<definedName name="Scoped" localSheetId="1">Notes!$A$1</definedName>' +
    '<definedName name="Planner_Budget">Quality!$F$2</definedName>' +
    '<definedName name="_xlnm.Print_Titles" localSheetId="0">Quality!$1:$3</definedName>' +
    '<definedName name="_xlnm.Print_Area" localSheetId="2">Load!$A$1:$B$2</definedName>' +
    '<definedName name="Planner_Sheet_Load">Load!$A$1</definedName>';
  const book = `<workbook ${NS}><sheets><sheet name="Quality" sheetId="1" r:id="rId1"/><sheet name="Notes" sheetId="2" r:id="rId2"/><sheet name="Load" sheetId="3" r:id="rId3"/></sheets><definedNames>${names}</definedNames><calcPr calcId="191029"/></workbook>`;

  test("the user's names stay as written, scoped twice or sharing the prefix; the planner's are replaced in place", () => {
    const { xml } = workbookXml(book, "xl/workbook.xml", {
      newSheets: [{ name: "Timeline", relId: "rId9" }],
      replaced: new Set([2]),
      printNames: [{ name: "_xlnm.Print_Area", text: "'Load'!$A$1:$C$9", attributes: { localSheetId: "2" } }],
      names: [
        { name: "Planner_Sheet_Load", refersTo: "='Load'!$A$1" },
        { name: "Planner_Sheet_Timeline", refersTo: "='Timeline'!$A$1" },
      ],
      functionNames: undefined,
    });
    expect(xml).toBe(
      `<workbook ${NS}><sheets><sheet name="Quality" sheetId="1" r:id="rId1"/><sheet name="Notes" sheetId="2" r:id="rId2"/><sheet name="Load" sheetId="3" r:id="rId3"/>` +
        '<sheet name="Timeline" sheetId="4" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId9"/></sheets><definedNames>' +
        '<definedName name="Scoped" localSheetId="0">Quality!$A$1</definedName>' +
        '<definedName name="Scoped" localSheetId="1">Notes!$A$1</definedName>' +
        '<definedName name="Planner_Budget">Quality!$F$2</definedName>' +
        '<definedName name="_xlnm.Print_Titles" localSheetId="0">Quality!$1:$3</definedName>' +
        '<definedName name="_xlnm.Print_Area" localSheetId="2">\'Load\'!$A$1:$C$9</definedName>' +
        "<definedName name=\"Planner_Sheet_Load\">'Load'!$A$1</definedName>" +
        "<definedName name=\"Planner_Sheet_Timeline\">'Timeline'!$A$1</definedName>" +
        '</definedNames><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>',
    );
  });

  test("a workbook without names or calcPr gets both, in the schema's order", () => {
    const bare = `<workbook ${NS}><sheets><sheet name="Quality" sheetId="1" r:id="rId1"/></sheets><extLst/></workbook>`;
    const { xml } = workbookXml(bare, "xl/workbook.xml", {
      newSheets: [],
      replaced: new Set(),
      printNames: [],
      names: [{ name: "Planner_FlagSheets", refersTo: "=Load!$A$1" }],
      functionNames: undefined,
    });
    expect(xml).toBe(
      `<workbook ${NS}><sheets><sheet name="Quality" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="Planner_FlagSheets">Load!$A$1</definedName></definedNames><calcPr fullCalcOnLoad="1"/><extLst/></workbook>`,
    );
  });
});

describe("a user's sheet", () => {
  const rule = (priority: number, formula: string) =>
    `<conditionalFormatting sqref="F4:F9"><cfRule type="expression" dxfId="0" priority="${priority}"><formula>${formula}</formula></cfRule></conditionalFormatting>`;
  const sheet = (middle: string, data = '<row r="7"><c r="A7" s="3"/><c r="C7"><v>5</v></c></row>') =>
    `<worksheet ${NS}><sheetData>${data}</sheetData>${middle}<pageMargins left="0.7"/></worksheet>`;
  const added =
    '<conditionalFormatting sqref="F4:F9"><cfRule type="expression" dxfId="7" priority="1"><formula>NEW</formula></cfRule></conditionalFormatting>';

  test.each([
    [
      "the old flag goes; the user's rule moves below the new one",
      rule(1, MARKED) + rule(1, "$A4=2"),
      `<conditionalFormatting sqref="F4:F9"><cfRule type="expression" dxfId="0" priority="2"><formula>$A4=2</formula></cfRule></conditionalFormatting>${added}`,
    ],
    ["a user's rule already below keeps every character", rule(5, "$A4=2"), rule(5, "$A4=2") + added],
    [
      "with no rules, the flag goes before the drop-downs",
      '<dataValidations count="0"/>',
      `${added}<dataValidations count="0"/>`,
    ],
  ])("%s", (_, middle, expected) => {
    const { xml, cellsKept } = userSheetXml(sheet(middle), "sheet", { rules: [added], fills: [], legacyDrawing: null });
    expect(xml).toBe(sheet(expected));
    expect(cellsKept).toBe(true);
  });

  test("IDs fill only blank cells: a styled blank cell, a missing cell in order, a missing row in order; a value stays", () => {
    const fills = [
      { cell: "A7", value: "W1" },
      { cell: "B7", value: "W2" },
      { cell: "C7", value: "W3" },
      { cell: "A5", value: "W0" },
    ];
    const { xml, cellsKept } = userSheetXml(sheet(""), "sheet", { rules: [], fills, legacyDrawing: null });
    const text = (cell: string, value: string, s = "") =>
      `<c r="${cell}"${s} t="inlineStr"><is><t xml:space="preserve">${value}</t></is></c>`;
    expect(xml).toBe(
      sheet(
        "",
        `<row r="5">${text("A5", "W0")}</row><row r="7">${text("A7", "W1", ' s="3"')}${text("B7", "W2")}<c r="C7"><v>5</v></c></row>`,
      ),
    );
    expect(cellsKept).toBe(false);
  });

  test("the notes' drawing is linked before the table parts, and unlinked again", () => {
    const data = '<sheetData><row r="7"><c r="A7" s="3"/></row></sheetData>';
    const unlinked = `<worksheet ${NS}>${data}<pageMargins left="0.7"/><tableParts count="0"/></worksheet>`;
    const linked = userSheetXml(unlinked, "sheet", { rules: [], fills: [], legacyDrawing: { add: "rId4" } }).xml;
    const link =
      '<legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId4"/>';
    expect(linked).toBe(`<worksheet ${NS}>${data}<pageMargins left="0.7"/>${link}<tableParts count="0"/></worksheet>`);
    expect(userSheetXml(linked, "sheet", { rules: [], fills: [], legacyDrawing: { remove: true } }).xml).toBe(unlinked);
  });
});

describe("notes merged with the user's", () => {
  const users = commentsXml([]).replace("Implementation Planner", "Tom");
  const withNotes = (notes: string) =>
    users.replace("<commentList></commentList>", `<commentList>${notes}</commentList>`);
  const note = (ref: string, text: string) =>
    `<comment ref="${ref}" authorId="0"><text><t>${text}</t></text></comment>`;
  const drawing = vmlXml([
    { cell: "B2", text: "" },
    { cell: "F5", text: "" },
    { cell: "F6", text: "" },
  ]);

  test("the user's notes stay as written; the planner's old one goes with its shape; a shared one gives back the user's part", () => {
    const existing = withNotes(
      note("B2", "Check with Tom") +
        note("F5", "[Implementation Planner]\nold") +
        note("F6", "Ask Ann\n\n[Implementation Planner]\nold"),
    );
    const merged = mergeNotes(existing, drawing, "", "", "xl/comments1.xml");
    expect(merged.comments).toBe(
      withNotes(
        note("B2", "Check with Tom") +
          '<comment ref="F6" authorId="0"><text><r><t xml:space="preserve">Ask Ann</t></r></text></comment>',
      ),
    );
    expect(merged.drawing).not.toContain("<x:Row>4</x:Row><x:Column>5</x:Column>");
    expect(merged.drawing).toContain("<x:Row>1</x:Row><x:Column>1</x:Column>");
    expect(merged.empty).toBe(false);
  });

  test("a new flag's note is filed under the planner as a second author, with its shape", () => {
    const existing = withNotes(note("B2", "Check with Tom"));
    const fresh = [{ cell: "F5", text: "[Implementation Planner]\nJane is overloaded" }];
    const merged = mergeNotes(
      existing,
      vmlXml([{ cell: "B2", text: "" }]),
      commentsXml(fresh),
      vmlXml(fresh),
      "xl/comments1.xml",
    );
    expect(merged.comments).toContain("<author>Tom</author><author>Implementation Planner</author>");
    expect(merged.comments).toContain(`${note("B2", "Check with Tom")}<comment ref="F5" authorId="1">`);
    expect(merged.drawing).toContain("<x:Row>4</x:Row><x:Column>5</x:Column>");
  });

  test("when only the planner's notes were there and no flag is left, nothing is left", () => {
    const merged = mergeNotes(
      withNotes(note("F5", "[Implementation Planner]\nold")),
      drawing,
      "",
      "",
      "xl/comments1.xml",
    );
    expect(merged.empty).toBe(true);
  });
});
