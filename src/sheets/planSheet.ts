/** The Plan sheet of a new workbook: settings rows, then the list of development areas. */
import { CAPACITY_EXPECTED, CAPACITY_MAX, CAPACITY_MIN } from "../core/parse";
import type { RagScale } from "../core/types";
import { serialOf } from "../core/days";
import type { NewPlanOptions } from "../contract/operations";
import { COLOURS } from "./palette";
import { ragRules } from "./ragRules";
import { onePageWide } from "./printSetup";
import { PEOPLE_NAMES_SOURCE, PLAN_AREA_HEADER_ROW, PLAN_MAX_AREAS, PLAN_SHEET } from "./templateLayout";
import { DATE_FORMAT, emptySheet, type SheetSpec, type SpecValue, type ValidationSpec } from "./types";

/** Defined names the Dashboard writes, read by the Plan sheet's Actions and Overall RAG columns. */
export const AREA_SHEETS_NAME = "Planner_AreaSheets";
export const AREA_ACTIONS_NAME = "Planner_AreaActions";
export const AREA_OVERALL_NAME = "Planner_AreaOverall";

export interface PlanArea {
  name: string;
  sheet: string;
  priority?: string;
  lead?: string;
  group?: string;
}

const prompt = (title: string, message: string) => ({ title, message });

/**
 * One row of the Plan sheet's list of areas, on worksheet row `row`: the action
 * count and overall RAG are looked up from the last consolidation.
 * @example planAreaRow({ name: "Transport", sheet: "Transport" }, 11)[2] // "High"
 */
export function planAreaRow(a: PlanArea, row: number): SpecValue[] {
  const lookup = (name: string) => ({ formula: `=IFERROR(INDEX(${name},MATCH($B${row},${AREA_SHEETS_NAME},0)),"")` });
  return [
    a.name,
    a.sheet,
    a.priority ?? "High",
    a.lead ?? null,
    a.group ?? null,
    lookup(AREA_ACTIONS_NAME),
    lookup(AREA_OVERALL_NAME),
  ];
}

/**
 * The Plan sheet: name, start, as-of, capacity, clash threshold, RAG scale and
 * roll-up rule; then one row per area with formulas that show its action count
 * and overall RAG from the last consolidation.
 * @example planSheet({ name: "Northside", start: 14488, areas: [], ragScale: 3 }, []).rows[0] // ["Plan name", "Northside"]
 */
export function planSheet(options: NewPlanOptions, areas: PlanArea[], asOf: number | null = null): SheetSpec {
  const sheet = emptySheet(PLAN_SHEET, false);
  sheet.tabColor = "#1F4E78";
  const settings: SpecValue[][] = [
    ["Plan name", options.name],
    ["Plan start", serialOf(options.start)],
    ["As of", asOf === null ? null : serialOf(asOf)],
    ["Default capacity", 3],
    ["Clash threshold", 3],
    ["RAG scale", scaleText(options.ragScale)],
    ["Roll-up rule", "worst"],
  ];
  const header = ["Development area", "Sheet", "Priority", "Lead", "Group", "Actions", "Overall RAG"];
  const first = PLAN_AREA_HEADER_ROW + 1;
  const areaRows = areas.map((a, i) => planAreaRow(a, first + i));
  sheet.rows = [...settings, [], ["Development areas"], header, ...areaRows];
  sheet.columns = [
    { width: 34 },
    { width: 30 },
    { width: 10 },
    { width: 18 },
    { width: 22 },
    { width: 9 },
    { width: 13 },
  ];
  const end = PLAN_AREA_HEADER_ROW + PLAN_MAX_AREAS;
  sheet.formats.push(
    { range: "A1:A7", bold: true },
    { range: "B1", numberFormat: "@", bold: true },
    { range: "B2:B3", numberFormat: DATE_FORMAT, horizontal: "left" },
    { range: `A${PLAN_AREA_HEADER_ROW - 1}`, bold: true, fontSize: 13, fontColor: COLOURS.titleFont },
    {
      range: `A${PLAN_AREA_HEADER_ROW}:G${PLAN_AREA_HEADER_ROW}`,
      bold: true,
      fill: COLOURS.headerFill,
      fontColor: COLOURS.headerFont,
    },
    { range: `A${first}:E${end}`, numberFormat: "@" },
  );
  sheet.validations = settingValidations(end);
  sheet.conditionalFormats = ragRules(`G${first}:G${end}`);
  sheet.freeze = { rows: 0, columns: 1 };
  sheet.print = onePageWide("portrait");
  return sheet;
}

function scaleText(scale: RagScale): string {
  return scale === 5 ? "5-point" : "3-point";
}

function settingValidations(end: number): ValidationSpec[] {
  const first = PLAN_AREA_HEADER_ROW + 1;
  return [
    { range: "B1", prompt: prompt("Plan name", "The partnership's name for this plan, shown on every summary.") },
    {
      range: "B2",
      date: true,
      errorStyle: "warning",
      errorMessage: "Type a date as dd/mm/yyyy.",
      prompt: prompt("Plan start", "dd/mm/yyyy. Horizons such as 'In 6 months' count from here."),
    },
    {
      range: "B3",
      date: true,
      errorStyle: "warning",
      errorMessage: "Type a date as dd/mm/yyyy.",
      prompt: prompt("As of", "The date status is judged on (overdue, reviews). Leave blank to use today."),
    },
    {
      range: "B4",
      number: { kind: "whole", min: CAPACITY_MIN, max: CAPACITY_MAX },
      errorStyle: "stop",
      errorMessage: `${CAPACITY_EXPECTED[0].toUpperCase()}${CAPACITY_EXPECTED.slice(1)}.`,
      prompt: prompt("Default capacity", "Actions one person can carry in a week when People gives no capacity."),
    },
    {
      range: "B5",
      number: { kind: "whole", min: 1, max: 100 },
      errorStyle: "stop",
      errorMessage: "A whole number, 1 or more.",
      prompt: prompt("Clash threshold", "Deadlines in one week for one owner that count as a clash."),
    },
    {
      range: "B6",
      list: ["3-point", "5-point"],
      errorStyle: "stop",
      errorMessage: "3-point or 5-point.",
      prompt: prompt("RAG scale", "3-point: Red, Amber, Green. 5-point adds Amber/Red and Amber/Green."),
    },
    {
      range: "B7",
      list: ["worst", "majority", "score"],
      errorStyle: "stop",
      errorMessage: "worst, majority or score.",
      prompt: prompt("Roll-up rule", "How action RAGs roll up to areas: worst-of, majority or weighted score."),
    },
    {
      range: `C${first}:C${end}`,
      list: ["High", "Medium", "Low"],
      errorStyle: "warning",
      prompt: prompt("Priority", "High, Medium or Low."),
    },
    {
      range: `D${first}:D${end}`,
      listSource: PEOPLE_NAMES_SOURCE,
      errorStyle: "warning",
      prompt: prompt("Lead", "Who leads this area, from the People sheet."),
    },
    {
      range: `F${first}:G${end}`,
      prompt: prompt("From the last consolidation", "Filled in by Consolidate from the Dashboard; do not type here."),
    },
  ];
}
