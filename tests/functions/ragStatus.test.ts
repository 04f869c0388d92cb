import { ragstatus, week } from "../../src/functions/functions";
import { ragStatus } from "../../src/functions/ragStatus";
import { dayFromIso } from "../../src/core/days";
import { col, excelError, serial, thrown } from "./support";

// Judged on Monday 16/11/2009: an action from 02/11 to 27/11 has had 14 of its 25 days (56%).
const asOf = serial("2009-11-16");
const start = serial("2009-11-02");
const due = serial("2009-11-27");

describe("PLAN.RAGSTATUS", () => {
  test.each([
    ["on track", start, due, 0.4, "In progress", "Green"],
    ["more than 25 points behind", start, due, 0.2, "In progress", "Amber"],
    ["percent typed as 20", start, due, 20, "In progress", "Amber"],
    ["percent typed as text", start, due, "20%", null, "Amber"],
    ["past due and not complete", start, serial("2009-11-13"), 0.5, "In progress", "Red"],
    ["complete", start, serial("2009-11-13"), 1, "Complete", "Complete"],
    ["not yet started", serial("2009-12-01"), serial("2009-12-18"), null, "Not started", "Green"],
  ])("%s is %s", (_, s, d, pct, status, rag) => {
    expect(ragstatus([[s]], [[d]], [[pct]], [[status]], asOf)).toEqual([[rag]]);
  });

  test("given ranges it spills one status per row; an empty row gives an empty cell", () => {
    expect(
      ragstatus(col(start, null, start), col(due, "", serial("2009-11-13")), col(0.4, null, 0.5), undefined, asOf),
    ).toEqual([["Green"], [""], ["Red"]]);
  });

  test("without as_of it judges by today", () => {
    const today = dayFromIso("2009-11-30") as number;
    expect(ragStatus([[start]], [[due]], [[0.4]], null, null, today)).toEqual([["Red"]]);
  });

  test.each([
    [[[start]], [["TBC"]], [[0.4]], "due: row 1 is text 'TBC', expected a date"],
    [
      [[start]],
      [[due]],
      [[1.5 * 100]],
      "percent_complete: row 1 is the number 150, expected a percentage from 0% to 100%",
    ],
    [[[excelError("#N/A")]], [[due]], [[0.4]], "start: row 1 is the error #N/A, expected a date"],
    [
      col(start, start),
      col(due),
      col(0.4, 0.4),
      "due has 1 row but start has 2 rows; give start, due, percent_complete ranges of the same height",
    ],
  ])("bad input is #VALUE! (%#)", (s, d, p, message) => {
    const error = thrown(() => ragstatus(s, d, p, undefined, asOf));
    expect([error.code, error.message]).toEqual(["#VALUE!", message]);
  });
});

describe("PLAN.WEEK", () => {
  test.each([
    ["2009-03-01", "2009-02-23"],
    ["2009-11-16", "2009-11-16"],
    ["2009-11-22", "2009-11-16"],
  ])("%s is in the week of %s", (date, monday) => expect(week(serial(date))).toBe(serial(monday)));

  test("a blank is #VALUE!", () => {
    expect(thrown(() => week(0)).message).toBe("date: found a blank, expected a date");
  });
});
