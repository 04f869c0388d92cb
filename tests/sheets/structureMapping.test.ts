/** "Structure this sheet" without Excel: the proposal, and the rows the confirmed mapping writes. */
import { mappedRows, proposalFor } from "../../src/sheets/structureMapping";
import { TEMPLATE_COLUMNS } from "../../src/sheets/templateColumns";

const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
const ROWS = [
  ["Our plan 2009"],
  ["Section", "Task", "Lead", "Deadline"],
  ["Transport", "Bus timetable", "Jo Bloggs", "01/03/2009"],
  [null, "Taster days", "Ann Lee", "31/09/2009"],
  ["IAG", "Careers fair", "Ann Lee", serial(2009, 10, 1)],
];

test("the header row, each column's field and a preview with dates shown dd/mm/yyyy", () => {
  const proposal = proposalFor("Old plan", "A1", ROWS);
  expect(proposal.headerRow).toBe(2);
  expect(proposal.columns.map((c) => [c.column, c.field])).toEqual([
    ["A", "area"],
    ["B", "action"],
    ["C", "owner"],
    ["D", "due"],
  ]);
  expect(proposal.preview[2][3]).toBe("01/10/2009");
});

test("no header row is a PlannerError naming the sheet", () => {
  expect(() => proposalFor("Notes", "A1", [["just"], ["some text"]])).toThrow(/first 20 rows of ‘Notes’/);
});

test("rows by area, text dates made serials, unreadable ones kept and reported at their cells", () => {
  const proposal = proposalFor("Old plan", "A1", ROWS);
  const unread: string[] = [];
  const groups = mappedRows(proposal, ROWS.slice(2), 0, false, unread);
  const due = TEMPLATE_COLUMNS.findIndex((c) => c.field === "due");
  expect([...groups.keys()]).toEqual(["Transport", "IAG"]);
  expect(groups.get("Transport")?.map((r) => r[due])).toEqual([serial(2009, 3, 1), "31/09/2009"]);
  expect(unread).toEqual([expect.stringMatching(/^'Old plan'!D4: '31\/09\/2009' is not a date/)]);
});
