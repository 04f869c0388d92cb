import { ragrollup, ragsummary } from "../../src/functions/functions";
import { col, excelError, thrown } from "./support";

describe("PLAN.RAGSUMMARY", () => {
  // Blanks as each Excel build sends them, and the spellings people type.
  const threePoint = col("R", "red", null, "A", 0, "Amber ", "", "G", "green", "GREEN", "Green");

  test('text: the three-point scale, blanks (null, 0, "") skipped', () => {
    expect(ragsummary(threePoint)).toEqual([["R 2 · A 2 · G 4"]]);
    expect(ragsummary(threePoint, "text")).toEqual([["R 2 · A 2 · G 4"]]);
  });

  test("text: the five-point scale once A/R or A/G appears, zero classes kept", () => {
    const fivePoint = col("R", "R", "A/R", "Amber-Red", "AR", "A", ...Array(10).fill("G"));
    expect(ragsummary(fivePoint)).toEqual([["R 2 · A/R 3 · A 1 · A/G 0 · G 10"]]);
    expect(ragsummary(col("Amber / Green", "A/G", "G"))).toEqual([["R 0 · A/R 0 · A 0 · A/G 2 · G 1"]]);
  });

  test("text: Complete and Not rated are added only when present", () => {
    expect(ragsummary(col("G", "Complete", "complete"))).toEqual([["R 0 · A 0 · G 1 · Complete 2"]]);
  });

  test("a block of several columns counts every cell", () => {
    expect(
      ragsummary([
        ["R", "G"],
        ["G", null],
        [0, "A"],
      ]),
    ).toEqual([["R 1 · A 1 · G 2"]]);
  });

  test("row and column: headings over counts, spilled", () => {
    expect(ragsummary(threePoint, "row")).toEqual([
      ["Red", "Amber", "Green", "Complete", "Not rated"],
      [2, 2, 4, 0, 0],
    ]);
    expect(ragsummary(threePoint, "Column")).toEqual([
      ["Red", 2],
      ["Amber", 2],
      ["Green", 4],
      ["Complete", 0],
      ["Not rated", 0],
    ]);
  });

  test("percent: shares of the rated cells", () => {
    expect(ragsummary(col("R", "A", "A", "G", null, "G", "G", "G", "G", "G", "G"), "percent")).toEqual([
      ["R 10% · A 20% · G 70%"],
    ]);
  });

  test("all blank: zero counts, and #N/A for shares", () => {
    expect(ragsummary(col(null, 0, ""))).toEqual([["R 0 · A 0 · G 0"]]);
    const error = thrown(() => ragsummary(col(null, ""), "percent"));
    expect(error.code).toBe("#N/A");
  });

  test.each([
    [col("G", "Purple"), "ratings: row 2 is text 'Purple', expected a RAG rating"],
    [col("G", excelError("#N/A")), "ratings: row 2 is the error #N/A, expected a RAG rating"],
    [col("G", null, "#REF!"), "ratings: row 3 is the error #REF!, expected a RAG rating"],
    [col(3), "ratings: row 1 is the number 3, expected a RAG rating"],
    [
      [
        ["G", "G"],
        ["G", "?"],
      ],
      "ratings: row 2, column 2 is text '?', expected a RAG rating",
    ],
  ])("unreadable cells are #VALUE! naming the cell (%#)", (range, message) => {
    const error = thrown(() => ragsummary(range));
    expect(error.code).toBe("#VALUE!");
    expect(error.message.startsWith(message)).toBe(true);
  });

  test("an unknown format is #VALUE! listing the formats", () => {
    expect(thrown(() => ragsummary(threePoint, "pie")).message).toBe(
      "format: found text 'pie', expected one of text, row, column, percent",
    );
  });
});

describe("PLAN.RAGROLLUP", () => {
  test.each([
    [col("G", "A", "G", null), undefined, "Amber"],
    [col("G", "A", "G", null), "worst", "Amber"],
    [col("G", "A", "G", 0), "majority", "Green"],
    [col("G", "R", "R", ""), "majority", "Red"],
    [col("A/R", "G", "G", "A/G"), "worst", "Amber/Red"],
  ])("%j by %p is %p", (range, rule, rag) => expect(ragrollup(range, rule)).toBe(rag));

  test("score averages Red = 1 … Green = 5 on the five-point scale", () => {
    // (1 + 5 + 5 + 5) / 4 = 4: Amber/Green.
    expect(ragrollup(col("R", "G", "G", "G"), "score")).toBe("Amber/Green");
  });

  test("an error value in the range is #VALUE! naming its row", () => {
    expect(thrown(() => ragrollup(col("G", excelError("#DIV/0!")))).message).toMatch(
      /^ratings: row 2 is the error #DIV\/0!/,
    );
  });

  test("an unknown rule is #VALUE!", () => {
    expect(thrown(() => ragrollup(col("G"), "best")).message).toBe(
      "rule: found text 'best', expected one of worst, majority, score",
    );
  });
});
