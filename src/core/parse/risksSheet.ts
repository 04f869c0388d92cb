/** The Risks sheet: each area's risk assessment. */
import { parseRag } from "../rag";
import type { Risk } from "../types";
import { isErrorValue, shown, textOf } from "./cells";
import { findColumns } from "./columns";
import { readDateCell } from "./dates";
import type { Problems } from "./problems";
import type { SheetGrid } from "./sheetGrid";

const WORDS = {
  area: ["area", "development area", "section", "workstream", "theme"],
  risk: ["risk", "risks", "risk description", "description"],
  likelihood: ["likelihood", "probability"],
  impact: ["impact", "severity"],
  rag: ["rag", "rag rating", "rating"],
  mitigation: ["mitigation", "mitigating action", "mitigating actions", "controls", "action to reduce"],
  owner: ["owner", "risk owner", "lead", "responsible"],
  reviewDate: ["review date", "review", "next review"],
  status: ["status"],
};
type Key = keyof typeof WORDS;

/**
 * Risks listed on the sheet; unknown RAGs and unreadable review dates are warnings.
 * @example readRisks(grid, false, problems)[0].rag // "Amber"
 */
export function readRisks(grid: SheetGrid, date1904: boolean, problems: Problems): Risk[] {
  const found = findColumns<Key>(grid.values, WORDS, ["risk"]);
  if (found === null) return [];
  const { col } = found;
  const risks: Risk[] = [];
  let area = "";
  for (const r of grid.rowIndexesFrom(found.rowIndex + 1)) {
    const at = (key: Key) => (col[key] === undefined ? null : grid.cell(r, col[key] as number));
    const address = (key: Key) => (col[key] === undefined ? undefined : grid.address(r, col[key] as number));
    const text = (key: Key) => {
      const value = at(key);
      return isErrorValue(value) ? "" : textOf(value);
    };
    area = text("area") || area;
    const risk = text("risk");
    if (risk === "") continue;
    let rag = parseRag(text("rag"));
    if (rag === null) {
      problems.add(
        grid.sheet,
        address("rag") as string,
        "warning",
        `RAG ${shown(at("rag"))} of risk '${risk}' is not a RAG rating; use Red, Amber or Green (or R, A, G).`,
      );
      rag = "Not rated";
    }
    const review = readDateCell(at("reviewDate"), date1904);
    if (review.kind === "bad") {
      problems.add(
        grid.sheet,
        address("reviewDate") as string,
        "warning",
        `Review date ${shown(at("reviewDate"))} of risk '${risk}' cannot be read: ${review.reason}. Type a date such as 27/11/2009.`,
      );
    }
    const cells: Risk["cells"] = {};
    for (const key of ["area", "risk", "rag", "mitigation", "owner", "reviewDate", "status"] as const) {
      const a = address(key);
      if (a !== undefined) cells[key] = a;
    }
    risks.push({
      area,
      risk,
      likelihood: text("likelihood"),
      impact: text("impact"),
      rag,
      mitigation: text("mitigation"),
      owner: text("owner"),
      reviewDate: review.kind === "day" ? review.day : null,
      status: text("status"),
      sheet: grid.sheet,
      row: grid.worksheetRow(r),
      cells,
    });
  }
  return risks;
}
