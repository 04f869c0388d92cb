import {
  addMonths,
  dayFromDate,
  dayFromIso,
  dayFromSerial,
  dayFromYmd,
  isoOf,
  mondayOf,
  serialOf,
  ukOf,
  LAST_EXCEL_DAY,
} from "../../src/core/days";

describe("dayFromSerial", () => {
  test.each([
    [1, false, "1900-01-01"],
    [59, false, "1900-02-28"],
    [61, false, "1900-03-01"],
    [39873, false, "2009-03-01"],
    [39873.75, false, "2009-03-01"],
    [0, true, "1904-01-01"],
    [38411, true, "2009-03-01"],
  ])("serial %p (1904: %p) is %s", (serial, date1904, iso) => {
    expect(isoOf(dayFromSerial(serial, date1904)!)).toBe(iso);
  });

  test("serial 60 is Excel's fictitious 29/02/1900", () => {
    expect(dayFromSerial(60)).toBeNull();
  });

  test.each([0, -5, Number.NaN])("serial %p is no date", (serial) => {
    expect(dayFromSerial(serial)).toBeNull();
  });

  test("serialOf inverts dayFromSerial", () => {
    for (const serial of [1, 59, 61, 39873, 45000]) expect(serialOf(dayFromSerial(serial)!)).toBe(serial);
  });
});

describe("calendar", () => {
  test.each([
    [2009, 9, 31, null],
    [2008, 2, 29, "2008-02-29"],
    [2009, 2, 29, null],
    [2000, 2, 29, "2000-02-29"],
    [1900, 2, 29, null],
  ])("%p-%p-%p", (y, m, d, iso) => {
    const day = dayFromYmd(y, m, d);
    expect(day === null ? null : isoOf(day)).toBe(iso);
  });

  test.each([
    ["2009-03-01", "2009-02-23"],
    ["2009-02-23", "2009-02-23"],
    ["1969-12-31", "1969-12-29"],
  ])("Monday of %s is %s", (iso, monday) => {
    expect(isoOf(mondayOf(dayFromIso(iso)!))).toBe(monday);
  });

  test.each([
    ["2009-08-31", 6, "2010-02-28"],
    ["2011-08-31", 6, "2012-02-29"],
    ["2009-01-15", 12, "2010-01-15"],
    ["2009-03-31", -1, "2009-02-28"],
  ])("%s plus %p months is %s", (iso, n, out) => {
    expect(isoOf(addMonths(dayFromIso(iso)!, n))).toBe(out);
  });

  test("UK format and JS dates at UTC midnight", () => {
    expect(ukOf(dayFromIso("2009-03-01")!)).toBe("01/03/2009");
    expect(isoOf(dayFromDate(new Date(Date.UTC(2009, 2, 1)))!)).toBe("2009-03-01");
  });
});

describe("years below 100 and Excel's last day", () => {
  // Date.UTC reads years 0–99 as 1900–1999; a date flag of 0009-11-16 was read as 1909.
  test.each([
    [9, 11, 16, "0009-11-16"],
    [99, 1, 1, "0099-01-01"],
    [100, 3, 1, "0100-03-01"],
    [9999, 12, 31, "9999-12-31"],
  ])("%i-%i-%i", (y, m, day, iso) => {
    expect(isoOf(dayFromYmd(y, m, day)!)).toBe(iso);
  });

  test("year 4 is a leap year in the proleptic calendar, year 100 is not", () => {
    expect(dayFromYmd(4, 2, 29)).not.toBeNull();
    expect(dayFromYmd(100, 2, 29)).toBeNull();
  });

  test("LAST_EXCEL_DAY is 31/12/9999", () => {
    expect(ukOf(LAST_EXCEL_DAY)).toBe("31/12/9999");
  });
});
