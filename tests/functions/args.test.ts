import { dayFromIso, serialOf } from "../../src/core/days";
import {
  columnArg,
  dayAt,
  optionalChoiceArg,
  optionalColumnArg,
  optionalCountArg,
  optionalDayArg,
  sameHeight,
  textAt,
} from "../../src/functions/args";
import { describe as describeCell, errorTextOf, isBlank } from "../../src/functions/cells";
import { FunctionError } from "../../src/functions/errors";

const day = (iso: string) => dayFromIso(iso) as number;
const excelError = (code: string) => ({ code, message: "" });

/** The FunctionError thrown by `fn` (fails the test when none is). */
function thrown(fn: () => unknown): FunctionError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FunctionError) return error;
    throw error;
  }
  throw new Error("expected a FunctionError");
}

describe("cells", () => {
  test.each([null, undefined, "", "   ", 0])("%p is blank", (value) => expect(isBlank(value)).toBe(true));
  test.each(["x", 1, false, -1])("%p is not blank", (value) => expect(isBlank(value)).toBe(false));
  test("0 is a value where a blank is not meant", () => expect(isBlank(0, false)).toBe(false));

  test.each([
    ["#N/A", "#N/A"],
    [excelError("#REF!"), "#REF!"],
    [new Error("boom"), "#VALUE!"],
    ["#hashtag", null],
    ["N/A", null],
    [42, null],
  ])("errorTextOf(%p) is %p", (value, text) => expect(errorTextOf(value)).toBe(text));

  test.each([
    ["TBC", "text 'TBC'"],
    [0, "the number 0"],
    [null, "blank"],
    [excelError("#N/A"), "the error #N/A"],
    [true, "TRUE"],
    [7, "the number 7"],
  ])("describe(%p) is %p", (value, text) => expect(describeCell(value)).toBe(text));
});

describe("columnArg", () => {
  test.each([
    ["a column", [[1], [2], [3]], [1, 2, 3]],
    ["a row", [[1, 2, 3]], [1, 2, 3]],
    ["one cell", [[1]], [1]],
    ["a scalar", 1, [1]],
    ["nothing", [], []],
  ])("reads %s", (_, range, values) => expect(columnArg("x", range).values).toEqual(values));

  test("a block of several columns is #VALUE! naming the argument", () => {
    const error = thrown(() =>
      columnArg("owners", [
        [1, 2],
        [3, 4],
      ]),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("owners: expected a single column, found 2 rows by 2 columns");
  });

  test("an omitted optional column is undefined", () => {
    expect(optionalColumnArg("statuses", null)).toBeUndefined();
    expect(optionalColumnArg("statuses", [["x"]])?.values).toEqual(["x"]);
  });
});

describe("sameHeight", () => {
  const col = (name: string, n: number) =>
    columnArg(
      name,
      Array.from({ length: n }, () => [null]),
    );

  test("agrees on one height, skipping omitted columns", () => {
    expect(sameHeight([col("owners", 3), undefined, col("dues", 3)])).toBe(3);
  });

  test("mismatched heights are #VALUE! naming both ranges", () => {
    const error = thrown(() => sameHeight([col("owners", 39), col("starts", 39), col("dues", 40)]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      "dues has 40 rows but owners has 39 rows; give owners, starts, dues ranges of the same height",
    );
  });
});

describe("dayAt", () => {
  const dues = columnArg("dues", [[null], [0], [""], [serialOf(day("2009-03-01"))], ["01/03/2009"], [39873.75]]);

  test.each([0, 1, 2])('blank as null, 0 or "" (row %i) is no date, not 1900', (i) =>
    expect(dayAt(dues, i)).toBeNull(),
  );
  test("a serial is its day", () => expect(dayAt(dues, 3)).toBe(day("2009-03-01")));
  test("a UK text date is read", () => expect(dayAt(dues, 4)).toBe(day("2009-03-01")));
  test("a date-time is its day", () => expect(dayAt(dues, 5)).toBe(day("2009-03-01")));

  test.each([
    ["TBC", "dues: row 1 is text 'TBC', expected a date"],
    ["31/09/2009", "dues: row 1 is text '31/09/2009', expected a date"],
    [excelError("#N/A"), "dues: row 1 is the error #N/A, expected a date"],
    ["#DIV/0!", "dues: row 1 is the error #DIV/0!, expected a date"],
    [true, "dues: row 1 is TRUE, expected a date"],
    [-3, "dues: row 1 is the number -3, expected a date"],
  ])("%p is #VALUE!", (value, message) => {
    const error = thrown(() => dayAt(columnArg("dues", [[value]]), 0));
    expect([error.code, error.message]).toEqual(["#VALUE!", message]);
  });

  test("the row named is the row within the range", () => {
    const column = columnArg("dues", [[39873], [39874], [null], [null], [null], [null], ["TBC"]]);
    expect(thrown(() => dayAt(column, 6)).message).toBe("dues: row 7 is text 'TBC', expected a date");
  });
});

describe("textAt", () => {
  test.each([
    [" Jane Smith ", "Jane Smith"],
    [null, ""],
    [0, ""],
    [12, "12"],
  ])("%p reads as %p", (value, text) => expect(textAt(columnArg("owners", [[value]]), 0)).toBe(text));

  test("an error value is #VALUE!", () => {
    expect(thrown(() => textAt(columnArg("owners", [[excelError("#REF!")]]), 0, "a name")).message).toBe(
      "owners: row 1 is the error #REF!, expected a name",
    );
  });
});

describe("scalar arguments", () => {
  const today = day("2009-11-18");

  test.each([null, undefined, 0, "", [[null]]])("an omitted date (%p) falls back", (value) => {
    expect(optionalDayArg("week", value, today)).toBe(today);
  });
  test("a date serial, also as a 1×1 range", () => {
    expect(optionalDayArg("week", 40133, today)).toBe(day("2009-11-16"));
    expect(optionalDayArg("week", [[40133]], today)).toBe(day("2009-11-16"));
  });
  test("text that is not a date is #VALUE!", () => {
    expect(thrown(() => optionalDayArg("as_of", "soon", today)).message).toBe(
      "as_of: found text 'soon', expected a date",
    );
  });

  test.each([
    [null, 3],
    [5, 5],
  ])("count %p gives %p", (value, n) => expect(optionalCountArg("threshold", value, 3, 1)).toBe(n));
  test.each([0, "three", -1])("count %p is #VALUE!", (value) => {
    expect(thrown(() => optionalCountArg("threshold", value, 3, 1)).message).toMatch(
      /^threshold: found .*, expected a number of at least 1$/,
    );
  });

  test.each([
    [null, "worst"],
    [" Majority ", "majority"],
  ])("choice %p gives %p", (value, choice) => {
    expect(optionalChoiceArg("rule", value, ["worst", "majority", "score"])).toBe(choice);
  });
  test("an unknown choice lists the options", () => {
    expect(thrown(() => optionalChoiceArg("rule", "best", ["worst", "majority", "score"])).message).toBe(
      "rule: found text 'best', expected one of worst, majority, score",
    );
  });
});
