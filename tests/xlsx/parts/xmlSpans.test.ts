/**
 * The planner's XML given the prefix of a part written as the Open XML SDK
 * writes (`<x:worksheet xmlns:x="…main">`): its elements take the prefix, and
 * nothing else changes. Expected text is written out by hand.
 */
import { applyEdits, inPrefix, prefixOf } from "../../../src/xlsx/parts/xmlSpans";
import { GraftUnsupported } from "../../../src/xlsx/parts/storedParts";

describe("inPrefix", () => {
  test.each([
    ["no prefix: as it was", '<row r="2"><c r="A2"/></row>', "", '<row r="2"><c r="A2"/></row>'],
    ["start, end and empty tags", '<row r="2"><c r="A2"/></row>', "x", '<x:row r="2"><x:c r="A2"/></x:row>'],
    [
      "text and attribute values untouched, escaped < and all",
      '<cfRule type="expression" priority="1"><formula>$A4&lt;2</formula></cfRule>',
      "x",
      '<x:cfRule type="expression" priority="1"><x:formula>$A4&lt;2</x:formula></x:cfRule>',
    ],
    [
      "elements of other namespaces keep their prefix",
      '<ext uri="{B025F937}" xmlns:x14="urn:x14"><x14:dataBar minLength="0"/></ext>',
      "x",
      '<x:ext uri="{B025F937}" xmlns:x14="urn:x14"><x14:dataBar minLength="0"/></x:ext>',
    ],
    [
      "a tag already prefixed (a user's, rewritten)",
      '<x:calcPr fullCalcOnLoad="1"/>',
      "x",
      '<x:calcPr fullCalcOnLoad="1"/>',
    ],
  ])("%s", (_, xml, prefix, expected) => {
    expect(inPrefix(xml, prefix)).toBe(expected);
  });

  test("an element declaring its own default namespace is refused, not moved into the prefix", () => {
    expect(() => inPrefix('<shape xmlns="urn:vml"/>', "x")).toThrow(GraftUnsupported);
  });

  test("applyEdits gives the edits the prefix and leaves the user's text as it is", () => {
    const xml = '<x:worksheet xmlns:x="main"><x:sheetData/></x:worksheet>';
    const at = xml.indexOf("</x:worksheet>");
    expect(
      applyEdits(xml, [{ start: at, end: at, text: '<legacyDrawing r:id="rId1"/>' }], prefixOf("x:worksheet")),
    ).toBe('<x:worksheet xmlns:x="main"><x:sheetData/><x:legacyDrawing r:id="rId1"/></x:worksheet>');
  });
});
