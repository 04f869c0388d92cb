/** A new plan workbook: Plan, People, one sheet per development area, Risks. */
import { areaSheet } from "./areaSheet";
import { ukOf } from "../core/days";
import { planFooter, withFooter } from "./printSetup";
import type { NewPlanOptions } from "../contract/operations";
import { peopleSheet } from "./peopleSheet";
import { planSheet, type PlanArea } from "./planSheet";
import { risksSheet } from "./risksSheet";
import { PEOPLE_SHEET, PLAN_SHEET, RISKS_SHEET } from "./templateLayout";
import type { SheetSpec, SpecValue, WorkbookSpec } from "./types";

/** Names the add-in uses itself, kept free of area sheets. */
export const RESERVED_SHEET_NAMES = [PLAN_SHEET, PEOPLE_SHEET, RISKS_SHEET, "Timeline", "Load", "Dashboard"];

/** Rows to start a template with (the demo and benchmarks fill it; a new plan leaves it empty). */
export interface TemplateContent {
  people?: SpecValue[][];
  /** Action rows per area name, in TEMPLATE_COLUMNS order. */
  actions?: Record<string, SpecValue[][]>;
  risks?: SpecValue[][];
  /** Plan "As of" date (a Day); blank otherwise, meaning today. */
  asOf?: number;
  /** Sheets already in the workbook, which area sheets must not take. */
  existingSheets?: string[];
  /** Lead, group and priority per area name. */
  areaDetails?: Record<string, Omit<PlanArea, "name" | "sheet">>;
}

/**
 * The whole template as data. Area names are made safe and unique as sheet names.
 * @example templateWorkbook({ name: "Northside", start: 14488, areas: ["Transport"], ragScale: 3 }).sheets.map((s) => s.name)
 * // ["Plan", "People", "Transport", "Risks"]
 */
export function templateWorkbook(options: NewPlanOptions, content: TemplateContent = {}): WorkbookSpec {
  const taken = [...RESERVED_SHEET_NAMES, ...(content.existingSheets ?? [])];
  const tables = ["People", "Risks"];
  const areas: SheetSpec[] = [];
  const planAreas: PlanArea[] = [];
  for (const area of options.areas) {
    const sheet = areaSheet(area, {
      ragScale: options.ragScale,
      existingSheets: taken,
      existingTables: tables,
      rows: content.actions?.[area],
    });
    taken.push(sheet.name);
    tables.push(...sheet.tables.map((t) => t.name));
    areas.push(sheet);
    planAreas.push({ name: area, sheet: sheet.name, ...content.areaDetails?.[area] });
  }
  const sheets = [
    planSheet(options, planAreas, content.asOf ?? null),
    peopleSheet(content.people),
    ...areas,
    risksSheet(options.ragScale, content.risks),
  ];
  withFooter(sheets, planFooter(options.name, `Plan start ${ukOf(options.start)}`));
  return {
    sheets,
    patches: [],
    functionNames: {},
    names: [],
  };
}
