/** Header rows found by meaning, in the first 20 rows. */
import { detectHeader, fieldForHeader } from "../../../src/core/parse";

const SYNONYMS: [string, string[]][] = [
  ["owner", ["Owner", "Lead", "Leading", "Responsible", "Responsibility", "Who", "Accountable"]],
  ["action", ["Action", "Actions", "What", "Task", "Activity"]],
  ["due", ["Due", "Deadline", "By when", "Completion date", "End", "End date", "When"]],
  ["start", ["Start", "Start date", "From"]],
  ["horizon", ["Horizon", "Milestone", "Timescale"]],
  ["area", ["Area", "Development area", "Section", "Workstream", "Theme"]],
  ["rag", ["RAG", "RAG rating", "Rating", "Status colour"]],
  ["status", ["Status", "Progress"]],
  ["outcomeMeasure", ["Outcome", "Outcomes", "Success criteria", "Impact", "Measure"]],
  ["resources", ["Resources", "Budget"]],
  ["reviewer", ["Monitoring", "Review"]],
  ["reviewDate", ["Review date"]],
  ["cost", ["Cost (£)"]],
  ["percentComplete", ["% complete"]],
];

describe.each(SYNONYMS)("%s", (field, headers) => {
  test.each(headers)("%p", (header) => {
    expect(fieldForHeader(header)).toBe(field);
    expect(fieldForHeader(`  ${header.toUpperCase()}? `)).toBe(field);
  });
});

test.each([
  ["Lead(s)", "owner"],
  ["By when?", "due"],
  ["Responsibility (who)", "owner"],
  ["Notes", "notes"],
  ["Budget code", null],
  ["", null],
])("%p → %p", (header, field) => {
  expect(fieldForHeader(header)).toBe(field);
});

test("a title above the header is skipped; the header row is the one naming the action and an owner or date", () => {
  const header = detectHeader([
    ["Curriculum working group"],
    ["Updated weekly"],
    ["Task", "Responsible", "Deadline"],
    ["x", "y", "z"],
  ]);
  expect(header?.rowIndex).toBe(2);
  expect(header?.columns.map((c) => c.field)).toEqual(["action", "owner", "due"]);
});

test("'Cost' is the resources column unless a Resources column stands beside it", () => {
  expect(detectHeader([["Action", "Owner", "Cost"]])?.columns[2].field).toBe("resources");
  expect(detectHeader([["Action", "Owner", "Resources", "Cost"]])?.columns[3].field).toBe("cost");
});

test("a field named twice keeps its first column", () => {
  expect(detectHeader([["Action", "Owner", "Lead"]])?.columns.map((c) => c.field)).toEqual(["action", "owner", null]);
});

test.each([
  ["no action column", [["Owner", "Due"]]],
  ["an action but no owner or date", [["Action", "Notes"]]],
  ["the header below row 20", [...Array.from({ length: 20 }, () => ["title"]), ["Action", "Owner"]]],
  ["an empty sheet", []],
])("no header: %s", (_, rows) => {
  expect(detectHeader(rows)).toBeNull();
});

describe("two-row headers", () => {
  const data = ["Q1", "Audit", "Jane Smith", 40119, 40144];
  test.each([
    [
      "a group heading over its columns",
      [["ID", "Action", "Owner", "Timescales", null], [null, null, null, "Start", "End date"], data],
    ],
    [
      "a group heading, merged (Excel keeps the text in the first cell only)",
      [["ID", "Action", "Owner", "Timescales"], [null, null, null, "Start", "End date"], data],
    ],
    [
      "every name below, a title above",
      [["Implementation plan", null, null, "Timescales"], ["ID", "Action", "Owner", "Start", "End date"], data],
    ],
  ])("%s: Start and End date are read from the second row", (_, rows) => {
    const header = detectHeader(rows);
    expect(header?.rowIndex).toBe(1);
    const fields = Object.fromEntries(header!.columns.filter((c) => c.field).map((c) => [c.field, c.index]));
    expect(fields).toMatchObject({ id: 0, action: 1, owner: 2, start: 3, due: 4 });
  });

  test("a first data row that happens to hold words is not a second header row", () => {
    const rows = [
      ["Action", "Owner", "Due", "Notes"],
      ["Review the handbook", "Jane Smith", 40144, "Start date to be agreed"],
    ];
    expect(detectHeader(rows)?.rowIndex).toBe(0);
  });
});
