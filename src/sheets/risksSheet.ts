/** The Risks sheet: the risk assessment of every area. */
import type { RagScale } from "../core/types";
import { onePageWide } from "./printSetup";
import { LAST_ROW } from "./a1";
import { columnValidation, ragChoices } from "./columnValidations";
import { ragRules } from "./ragRules";
import { PEOPLE_NAMES_SOURCE, PLAN_AREAS_SOURCE, RISKS_SHEET, validationEnd } from "./templateLayout";
import { DATE_FORMAT, emptySheet, TEXT_FORMAT, type SheetSpec, type SpecValue } from "./types";

export const RISK_HEADERS = [
  "Area",
  "Risk",
  "Likelihood",
  "Impact",
  "RAG",
  "Mitigation",
  "Owner",
  "Review date",
  "Status",
];

/**
 * Risks: each described, rated, mitigated, owned and reviewed.
 * @example risksSheet(3).rows[0][4] // "RAG"
 */
export function risksSheet(ragScale: RagScale, rows: SpecValue[][] = []): SheetSpec {
  const sheet = emptySheet(RISKS_SHEET, false);
  const data = rows.length > 0 ? rows : [RISK_HEADERS.map(() => null)];
  const end = validationEnd(1, data.length);
  sheet.tabColor = "#C55A11";
  sheet.rows = [RISK_HEADERS, ...data];
  const text = { numberFormat: TEXT_FORMAT };
  sheet.columns = [
    { width: 26, ...text },
    { width: 36, ...text },
    { width: 11, ...text },
    { width: 11, ...text },
    { width: 12, ...text },
    { width: 36, ...text },
    { width: 18, ...text },
    { width: 12, numberFormat: DATE_FORMAT },
    { width: 10, ...text },
  ];
  sheet.tables.push({ name: "Risks", range: `A1:I${data.length + 1}`, style: "TableStyleMedium3", bandedRows: true });
  const p = (title: string, message: string) => ({ title, message });
  const levels = ["Low", "Medium", "High"];
  sheet.validations = [
    {
      range: `A2:A${end}`,
      listSource: PLAN_AREAS_SOURCE,
      errorStyle: "warning",
      prompt: p("Area", "The development area, from the Plan sheet."),
    },
    { range: `B2:B${end}`, prompt: p("Risk", "What could go wrong.") },
    { range: `C2:C${end}`, list: levels, errorStyle: "warning", prompt: p("Likelihood", "Low, Medium or High.") },
    { range: `D2:D${end}`, list: levels, errorStyle: "warning", prompt: p("Impact", "Low, Medium or High.") },
    columnValidation(`E2:E${end}`, "rag", "RAG", `How serious now: ${ragChoices(ragScale).join(", ")}.`, ragScale),
    { range: `F2:F${end}`, prompt: p("Mitigation", "What will be done to reduce it.") },
    {
      range: `G2:G${end}`,
      listSource: PEOPLE_NAMES_SOURCE,
      errorStyle: "warning",
      prompt: p("Owner", "Who manages the risk, from the People sheet."),
    },
    columnValidation(`H2:H${end}`, "date", "Review date", "When it is next reviewed, dd/mm/yyyy.", ragScale),
    { range: `I2:I${end}`, list: ["Open", "Closed"], errorStyle: "warning", prompt: p("Status", "Open or Closed.") },
  ];
  sheet.conditionalFormats = ragRules(`E2:E${LAST_ROW}`, { activeColumn: "B" });
  sheet.freeze = { rows: 1, columns: 2 };
  sheet.print = onePageWide("landscape", "$1:$1");
  return sheet;
}
