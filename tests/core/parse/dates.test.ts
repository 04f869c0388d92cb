/** Date cells: serials in both date systems, JS dates, and text typed the English way. */
import { dayFromYmd, isoOf } from "../../../src/core/days";
import { readDateCell } from "../../../src/core/parse";
import type { CellValue } from "../../../src/core/types";

const iso = (value: CellValue, date1904 = false): string => {
  const read = readDateCell(value, date1904);
  return read.kind === "day" ? isoOf(read.day) : read.kind;
};

test.each<[CellValue, string]>([
  [1, "1900-01-01"],
  [59, "1900-02-28"],
  [61, "1900-03-01"],
  [39873, "2009-03-01"],
  [39873.75, "2009-03-01"],
  [40117, "2009-10-31"],
  [new Date(Date.UTC(2009, 8, 1)), "2009-09-01"],
  ["01/09/2009", "2009-09-01"],
  ["1/9/09", "2009-09-01"],
  ["2/11/09", "2009-11-02"],
  ["2009-12-18", "2009-12-18"],
  ["1 March 2009", "2009-03-01"],
  ["1st March 2009", "2009-03-01"],
  ["March 1, 2009", "2009-03-01"],
  ["Mar 2009", "2009-03-31"],
  ["Nov 2009", "2009-11-30"],
  ["Feb 2008", "2008-02-29"],
  ["Feb 2009", "2009-02-28"],
  ["29/02/2008", "2008-02-29"],
  ["31.12.2009", "2009-12-31"],
  // Excel's two-digit pivot (Microsoft Learn, "How Excel works with two-digit year numbers"): 00–29 → 20xx, 30–99 → 19xx.
  ["1/9/29", "2029-09-01"],
  ["1/9/30", "1930-09-01"],
  ["1/9/69", "1969-09-01"],
  ["1/9/99", "1999-09-01"],
  ["2009-09-01T09:30", "2009-09-01"],
  ["2009-09-01 23:59:59", "2009-09-01"],
  [2958465, "9999-12-31"],
])("%p is %s (1900 system)", (value, expected) => {
  expect(iso(value)).toBe(expected);
});

test.each<[CellValue, string]>([
  [1, "1904-01-02"],
  [1462, "1908-01-02"],
  [38411, "2009-03-01"], // the same date as 1900-system 39873: the systems are 1,462 days apart
])("%p is %s in the 1904 system", (value, expected) => {
  expect(iso(value, true)).toBe(expected);
});

test.each<[CellValue]>([[null], [undefined], [""], ["   "], [0]])(
  "%p is blank (0 is what some Excel builds send for an empty cell)",
  (value) => {
    expect(iso(value)).toBe("blank");
  },
);

test.each<[CellValue, RegExp]>([
  [60, /29\/02\/1900 never existed/],
  ["31/09/2009", /September 2009 has 30 days/],
  ["29/02/2009", /February 2009 has 28 days/],
  ["13/13/2009", /no month 13/],
  ["TBC", /not a date/],
  ["Summer term 2009", /not a date/],
  ["next week", /not a date/],
  ["#N/A", /error #N\/A/],
  [true, /TRUE, not a date/],
  [-5, /not a date serial/],
  ["2009-09-01T25:99", /not a date/],
  ["2009-09-01 24:00", /not a date/],
  [2958466, /not a date serial/],
  [new Date(NaN), /not a valid date/],
])("%p is a problem: %s", (value, reason) => {
  const read = readDateCell(value);
  expect(read.kind).toBe("bad");
  if (read.kind === "bad") expect(read.reason).toMatch(reason);
});

test("the 1900 fiction: serials 59 and 61 are a day apart in the calendar", () => {
  const a = readDateCell(59);
  const b = readDateCell(61);
  expect(a.kind === "day" && b.kind === "day" && b.day - a.day).toBe(1);
  expect(a.kind === "day" && a.day).toBe(dayFromYmd(1900, 2, 28));
});
