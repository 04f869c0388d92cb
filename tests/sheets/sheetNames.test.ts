import { safeSheetName, safeTableName } from "../../src/sheets/sheetNames";

describe("safeSheetName", () => {
  test.each([
    ["Transport", [], "Transport"],
    ["Info/advice: IAG?", [], "Info advice IAG"],
    ["[Draft] *plan*", [], "Draft plan"],
    ["'Quoted'", [], "Quoted"],
    ["Strategic planning, leadership and management", [], "Strategic planning, leadership"],
    ["Transport", ["transport"], "Transport (2)"],
    ["Transport", ["Transport", "TRANSPORT (2)"], "Transport (3)"],
    [
      "Strategic planning, leadership and management",
      ["Strategic planning, leadership"],
      "Strategic planning, leaders (2)",
    ],
    ["", [], "Sheet"],
    [":::", [], "Sheet"],
  ])("%p with %p → %p", (wanted, existing, expected) => {
    const name = safeSheetName(wanted, existing);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[:\\/?*[\]]|^'|'$/);
  });
});

describe("safeTableName", () => {
  test.each([
    ["Actions Workforce planning", [], "Actions_Workforce_planning"],
    ["1st area", [], "T_1st_area"],
    ["AB12", [], "AB12_"],
    ["People", ["people"], "People_2"],
  ])("%p → %p", (wanted, existing, expected) => {
    expect(safeTableName(wanted, existing)).toBe(expected);
  });
});
