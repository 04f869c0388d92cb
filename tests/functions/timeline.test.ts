import { timeline } from "../../src/functions/functions";
import { col, serial, thrown } from "./support";

const header = ["Area", "Action", "Owner", "Start", "Due", "Status"];

describe("PLAN.TIMELINE", () => {
  // Sections named once (the government shape), a row with no start, an undated row and a blank row.
  const areas = col("IAG", null, "Transport", "", 0, null);
  const actions = col("Train tutors", "Publish prospectus", "Agree bus route", "Review travel times", null, "Handbook");
  const owners = col(
    "Head of IAG & Careers lead",
    "Careers lead",
    "LA transport officer",
    "LA transport officer",
    null,
    "Ops",
  );
  const starts = col(serial("2009-10-05"), serial("2009-09-07"), null, serial("2009-09-07"), null, null);
  const dues = col(serial("2010-03-01"), serial("2009-12-18"), serial("2009-09-30"), serial("2009-11-27"), 0, null);
  const statuses = col("In progress", "not started", "", "Complete", null, "");

  test("sorted by start then due; a missing start sorts by its due; undated last", () => {
    expect(timeline(areas, actions, owners, starts, dues, statuses)).toEqual([
      header,
      [
        "Transport",
        "Review travel times",
        "LA transport officer",
        serial("2009-09-07"),
        serial("2009-11-27"),
        "Complete",
      ],
      ["IAG", "Publish prospectus", "Careers lead", serial("2009-09-07"), serial("2009-12-18"), "Not started"],
      ["Transport", "Agree bus route", "LA transport officer", "", serial("2009-09-30"), ""],
      ["IAG", "Train tutors", "Head of IAG & Careers lead", serial("2009-10-05"), serial("2010-03-01"), "In progress"],
      ["Transport", "Handbook", "Ops", "", "", ""],
    ]);
  });

  test("every row blank is #N/A", () => {
    const blank = col(null, "");
    expect(thrown(() => timeline(blank, blank, blank, blank, blank)).code).toBe("#N/A");
  });

  test("mismatched heights are #VALUE!", () => {
    expect(thrown(() => timeline(areas, actions, owners, starts, dues.slice(0, 5))).message).toMatch(
      /^dues has 5 rows but areas has 6 rows/,
    );
  });
});
