/**
 * What "Structure this sheet" finds on the walkthrough's old plan: a working
 * group's list with a title, a second owner column and a budget code, so the
 * mapping needs correcting before it can be written.
 */
import type { StructureProposal } from "../../contract/operations";

export const DEMO_PROPOSAL: StructureProposal = {
  sheet: "Old IAG plan",
  headerRow: 3,
  columns: [
    { column: "A", header: "Ref", field: "id" },
    { column: "B", header: "What", field: "action" },
    { column: "C", header: "Who", field: "owner" },
    { column: "D", header: "By when", field: "due" },
    { column: "E", header: "Lead school", field: "owner" },
    { column: "F", header: "Progress", field: "status" },
    { column: "G", header: "Budget code", field: null },
  ],
  preview: [
    ["IAG1", "Train tutors in Diploma IAG", "Priya Shah", "06/11/2009", "Northside High", "Done", "IAG-01"],
    [
      "IAG2",
      "Publish the 14-19 prospectus online",
      "Priya Shah",
      "15/01/2010",
      "Northside College",
      "In progress",
      "IAG-02",
    ],
    ["IAG3", "One-to-one guidance for Year 9", "Sarah Hughes", "26/03/2010", "Northside High", "Not started", "IAG-03"],
  ],
  rowCount: 12,
};
