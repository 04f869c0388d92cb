/** The People sheet: who can own actions, and how much they can carry. */
import { CAPACITY_EXPECTED, CAPACITY_MAX, CAPACITY_MIN } from "../core/parse";
import { onePageWide } from "./printSetup";
import { PEOPLE_MAX_ROWS, PEOPLE_SHEET } from "./templateLayout";
import { emptySheet, type SheetSpec, type SpecValue } from "./types";

export const PEOPLE_HEADERS = ["Name", "Role", "Group", "Capacity", "Days per week"];

/**
 * People: name, role, group, capacity (concurrent actions per week) and days
 * per week; its names feed every Owner drop-down.
 * @example peopleSheet().rows[0] // ["Name", "Role", "Group", "Capacity", "Days per week"]
 */
export function peopleSheet(rows: SpecValue[][] = []): SheetSpec {
  const sheet = emptySheet(PEOPLE_SHEET, false);
  const data = rows.length > 0 ? rows : [PEOPLE_HEADERS.map(() => null)];
  const end = PEOPLE_MAX_ROWS + 1;
  sheet.tabColor = "#548235";
  sheet.rows = [PEOPLE_HEADERS, ...data];
  sheet.columns = [
    { width: 24, numberFormat: "@" },
    { width: 28, numberFormat: "@" },
    { width: 26, numberFormat: "@" },
    { width: 10 },
    { width: 13 },
  ];
  sheet.tables.push({ name: "People", range: `A1:E${data.length + 1}`, style: "TableStyleMedium7", bandedRows: true });
  const p = (title: string, message: string) => ({ title, message });
  sheet.validations = [
    {
      range: `A2:A${end}`,
      prompt: p("Name", "A person or group who can own actions. Owner drop-downs list these names."),
    },
    { range: `B2:B${end}`, prompt: p("Role", "Their role, e.g. Consortium manager.") },
    { range: `C2:C${end}`, prompt: p("Group", "The group they belong to, e.g. Operations group.") },
    {
      range: `D2:D${end}`,
      number: { kind: "whole", min: CAPACITY_MIN, max: CAPACITY_MAX },
      errorStyle: "stop",
      errorMessage: `${CAPACITY_EXPECTED[0].toUpperCase()}${CAPACITY_EXPECTED.slice(1)}.`,
      prompt: p("Capacity", "How many actions they can carry in one week. Blank = the plan's default."),
    },
    {
      range: `E2:E${end}`,
      number: { kind: "decimal", min: 0, max: 7 },
      errorStyle: "stop",
      errorMessage: "Between 0 and 7.",
      prompt: p("Days per week", "Days a week they give the partnership, to check staff days needed."),
    },
  ];
  sheet.freeze = { rows: 1, columns: 1 };
  sheet.print = onePageWide("portrait", "$1:$1");
  return sheet;
}
