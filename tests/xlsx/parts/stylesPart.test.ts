/**
 * The planner's formats given their final indexes in the user's styles part:
 * the user's entries keep their places, an entry the user already has is
 * reused, new ones go after theirs, and the part is left alone when nothing
 * is new. Expected text is written out by hand here.
 */
import { StylesPart } from "../../../src/xlsx/parts/stylesPart";
import { StyleTable } from "../../../src/xlsx/parts/styleTable";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const BOLD_FONT =
  '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
const PLAIN_FONT =
  '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';

/** A user's part: a custom date format 170, two fonts (the second bold Calibri), three cell formats, no dxfs. */
const USER =
  `<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet ${NS}>` +
  '<numFmts count="1"><numFmt numFmtId="170" formatCode="d mmm yy"/></numFmts>' +
  `<fonts count="2">${PLAIN_FONT}${BOLD_FONT}</fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<tableStyles count="0"/></styleSheet>';

describe("StylesPart", () => {
  test.each([
    ["the user's identical font is reused", "fonts", BOLD_FONT, 1],
    ["the user's first plain font is reused", "fonts", PLAIN_FONT, 0],
    ["a new fill goes after the user's two", "fills", '<fill><patternFill patternType="solid"/></fill>', 2],
    [
      "the user's identical cell format is reused",
      "cellXfs",
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
      2,
    ],
    ["a first dxf is number 0", "dxfs", "<dxf><font><b/></font></dxf>", 0],
  ] as const)("%s", (_, collection, entry, index) => {
    expect(new StylesPart(USER).indexOf(collection, entry)).toBe(index);
  });

  test("number formats: the user's code keeps its id; a new code goes above the user's highest, 170", () => {
    const part = new StylesPart(USER);
    expect([part.formatId("d mmm yy"), part.formatId("dd/mm/yyyy"), part.formatId("dd/mm/yyyy")]).toEqual([
      170, 171, 171,
    ]);
  });

  test("nothing new: the user's part is left as it is (no text to write)", () => {
    const part = new StylesPart(USER);
    part.indexOf("fonts", BOLD_FONT);
    part.formatId("d mmm yy");
    expect(part.xml()).toBeNull();
  });

  test("new entries appended with their counts; a missing dxfs goes before tableStyles, where the schema puts it", () => {
    const part = new StylesPart(USER);
    part.formatId("dd/mm/yyyy");
    part.indexOf("fills", '<fill><patternFill patternType="solid"/></fill>');
    part.indexOf("dxfs", "<dxf><font><b/></font></dxf>");
    expect(part.xml()).toBe(
      USER.replace(
        '<numFmts count="1"><numFmt numFmtId="170" formatCode="d mmm yy"/></numFmts>',
        '<numFmts count="2"><numFmt numFmtId="170" formatCode="d mmm yy"/><numFmt numFmtId="171" formatCode="dd/mm/yyyy"/></numFmts>',
      )
        .replace('<fills count="2">', '<fills count="3">')
        .replace(
          '<fill><patternFill patternType="gray125"/></fill></fills>',
          '<fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"/></fill></fills>',
        )
        .replace(
          '<tableStyles count="0"/>',
          '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs><tableStyles count="0"/>',
        ),
    );
  });

  test("no styles part: Excel's defaults, with the planner's formats after them", () => {
    const table = new StyleTable(new StylesPart(null));
    expect(table.cell({ bold: true })).toBe(1);
    expect(table.cell({})).toBe(0);
    const xml = table.xml() ?? "";
    expect(xml).toContain(`<fonts count="2">${PLAIN_FONT}${BOLD_FONT}</fonts>`);
    expect(xml).toContain(
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>',
    );
  });
});

describe("a styles part without the entries Excel requires first", () => {
  const BARE =
    `<styleSheet ${NS}><fonts count="1">${PLAIN_FONT}</fonts>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs></styleSheet>';

  test("gets them before the planner's, so a blank index still means none and the default format", () => {
    const table = new StyleTable(new StylesPart(BARE));
    expect(table.cell({ fill: "#FFC7CE" })).toBe(1);
    expect(table.cell({})).toBe(0);
    const xml = table.xml() ?? "";
    expect(xml).toContain(
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor rgb="FFFFC7CE"/></patternFill></fill></fills>',
    );
    expect(xml).toContain(
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/></cellXfs>',
    );
    expect(xml).toContain('<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>');
  });
});

describe("StyleTable on the user's part", () => {
  test("a bold cell is the user's third format; a date cell a new one, with a new number format", () => {
    const table = new StyleTable(new StylesPart(USER));
    expect(table.cell({ bold: true })).toBe(2);
    expect(table.cell({ numFmt: "dd/mm/yyyy" })).toBe(3);
    expect(table.cell({ numFmt: "d mmm yy" })).toBe(1);
    const xml = table.xml() ?? "";
    expect(xml).toContain(
      '<xf numFmtId="171" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
    );
    expect(xml).toContain('<cellXfs count="4">');
  });

  test("the same formats asked for on the merged part change nothing (consolidating again)", () => {
    const first = new StyleTable(new StylesPart(USER));
    first.cell({ numFmt: "dd/mm/yyyy", fill: "#FFC7CE" });
    first.dxf({ kind: "expression", range: "A1", formula: "=TRUE", fill: "#FFC7CE" });
    const merged = first.xml() ?? "";
    const again = new StyleTable(new StylesPart(merged));
    again.cell({ numFmt: "dd/mm/yyyy", fill: "#FFC7CE" });
    again.dxf({ kind: "expression", range: "A1", formula: "=TRUE", fill: "#FFC7CE" });
    expect(again.xml()).toBeNull();
  });
});
