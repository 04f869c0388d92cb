import { deriveRag } from "../../../src/core/compute";
import type { RagValue, Status } from "../../../src/core/types";
import { d } from "./factory";

const start = d("2009-03-02");
const due = d("2009-03-12"); // ten days: each day is 10 points of elapsed share

describe("deriveRag", () => {
  test.each<[string, number | null, number | null, number | null, Status, string, RagValue]>([
    ["complete, even when late", start, due, 10, "Complete", "2009-05-01", "Complete"],
    ["no due date", start, null, 0, "In progress", "2009-03-05", "Not rated"],
    ["past due", start, due, 90, "In progress", "2009-03-13", "Red"],
    ["on its due date, nearly done", start, due, 80, "In progress", "2009-03-12", "Green"],
    ["on its due date, 74% done", start, due, 74, "In progress", "2009-03-12", "Amber"],
    ["before it starts", start, due, null, "Not started", "2009-02-01", "Green"],
    ["on its start day", start, due, null, "Not started", "2009-03-02", "Green"],
    ["lag of exactly 25 points is still Green", start, due, 25, "In progress", "2009-03-07", "Green"],
    ["lag of 26 points is Amber", start, due, 24, "In progress", "2009-03-07", "Amber"],
    ["blank % complete counts as 0", start, due, null, "In progress", "2009-03-05", "Amber"],
    ["% complete above 100 counts as 100", start, due, 150, "In progress", "2009-03-11", "Green"],
    ["blocked but on track", start, due, 50, "Blocked", "2009-03-07", "Green"],
    ["no start, before its due date", null, due, 0, "Not started", "2009-03-11", "Green"],
    ["no start, on its due date, not done", null, due, 0, "Not started", "2009-03-12", "Amber"],
    ["start after due: measured on the due date", d("2009-04-01"), due, 0, "In progress", "2009-03-05", "Green"],
  ])("%s", (_name, s, dd, percent, status, asOf, expected) => {
    expect(deriveRag({ start: s, due: dd, percentComplete: percent, status }, d(asOf))).toBe(expected);
  });

  test.each([
    [10, "Amber"],
    [40, "Green"],
  ])("amber lag of %p points", (lag, expected) => {
    expect(deriveRag({ start, due, percentComplete: 30, status: "In progress" }, d("2009-03-08"), lag)).toBe(expected);
  });
});
