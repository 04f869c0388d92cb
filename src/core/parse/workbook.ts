/** The whole workbook: settings, people, every plan sheet's actions, and risks. */
import {
  DEFAULT_SETTINGS,
  type Action,
  type Area,
  type Grid,
  type ParseResult,
  type PlanCopy,
  type Settings,
  type WorkbookInput,
} from "../types";
import { parseA1 } from "./a1";
import { readActionSheet } from "./actionSheet";
import type { RowAction } from "./actionRow";
import { textOf } from "./cells";
import { detectHeader } from "./headers";
import { resolveHorizons } from "./horizons";
import { OwnerDirectory } from "./owners";
import { readPeople } from "./peopleSheet";
import { readPlanSheet } from "./planSheet";
import { BASELINE_KIND, isOwnedSheetTitle, isOwnedTitle } from "../rules/ownedMark";
import { readBaselines } from "./baselineSheet";
import { readPlanCopy } from "./planCopies";
import { Problems } from "./problems";
import { readRisks } from "./risksSheet";
import { SheetGrid } from "./sheetGrid";
import { checkDuplicateIds, checkUnknownOwners, sortProblems } from "./checks";

const RISKS_NAME = /^risks?( register| assessment| log)?$/i;

type Kind = "owned" | "baseline" | "plan" | "people" | "risks" | "other";

/**
 * Read a workbook's grids into a plan and the problems found. Never throws on
 * cell content: what cannot be read is a problem at its cell.
 * @example const { plan, problems } = parseWorkbook({ grids }, { asOf: dayFromIso("2009-11-16")! });
 */
export function parseWorkbook(input: WorkbookInput, overrides: Partial<Settings> = {}): ParseResult {
  const problems = new Problems();
  const date1904 = input.date1904 === true;
  const grids = (Array.isArray(input.grids) ? input.grids : []).map((g) => new SheetGrid(g));
  const owned = Array.isArray(input.ownedSheets) ? new Set(input.ownedSheets.map((n) => n.toLowerCase())) : null;
  const kinds = grids.map((grid) => kindOf(grid, owned));
  const planGrid = grids.find((_, i) => kinds[i] === "plan");
  const planSheet = planGrid
    ? readPlanSheet(planGrid, date1904, problems)
    : { settings: {}, areaOfSheet: new Map<string, string>() };
  const settings: Settings = { ...DEFAULT_SETTINGS, ...planSheet.settings, ...overrides };
  const people = grids.filter((_, i) => kinds[i] === "people").flatMap((g) => readPeople(g, problems));
  const owners = new OwnerDirectory(people.map((p) => p.name));

  const rows: RowAction[] = [];
  const areas: Area[] = [];
  const copies: PlanCopy[] = [];
  grids.forEach((grid, i) => {
    // A sheet named Plan may hold the actions themselves, below or beside its settings.
    if (kinds[i] !== "other" && kinds[i] !== "plan") return;
    const header = detectHeader(grid.values);
    if (header === null) return;
    const areaName = planSheet.areaOfSheet.get(grid.sheet.toLowerCase()) ?? grid.sheet;
    const copy = readPlanCopy(grid, header.rowIndex, date1904);
    if (copy) copies.push(copy);
    const found = readActionSheet(grid, header, { areaName, owners, problems, date1904 });
    rows.push(...found);
    const named = new Set(found.map((r) => r.action.area));
    if (!header.columns.some((c) => c.field === "area")) named.add(areaName);
    for (const name of named) if (!areas.some((a) => a.name === name)) areas.push({ name, sheet: grid.sheet });
  });
  placeHorizons(rows, settings, problems);
  const actions: Action[] = rows.map((r) => r.action);
  const risks = grids.filter((_, i) => kinds[i] === "risks").flatMap((g) => readRisks(g, date1904, problems));
  for (const risk of risks) {
    const area = areas.find((a) => a.name.toLowerCase() === risk.area.toLowerCase());
    if (area) risk.area = area.name;
  }
  const baselines = grids
    .filter((_, i) => kinds[i] === "baseline")
    .flatMap((g) => readBaselines(g, date1904, problems));
  checkDuplicateIds(actions, problems);
  if (people.length > 0) checkUnknownOwners(actions, owners, problems);
  return {
    date1904,
    baselines,
    plan: { settings, people, areas, actions, risks, ...(copies.length > 0 && { copies }) },
    problems: sortProblems(
      problems.list,
      grids.map((g) => g.sheet),
    ),
  };
}

function kindOf(grid: SheetGrid, owned: Set<string> | null): Kind {
  const a1 = parseA1(gridTopLeft(grid)).row === 1 ? textOf(grid.cell(0, 0)) : "";
  const marked = owned === null || owned.has(grid.sheet.toLowerCase());
  if (marked && isOwnedSheetTitle(a1)) return "owned";
  // The Baseline sheet is the planner's record, never a plan: its title says so, whatever the marks.
  if (isOwnedTitle(a1, BASELINE_KIND)) return "baseline";
  const name = grid.sheet.trim().toLowerCase();
  if (name === "plan" || a1.toLowerCase() === "plan name") return "plan";
  if (name === "people") return "people";
  if (RISKS_NAME.test(grid.sheet.trim())) return "risks";
  return "other";
}

function gridTopLeft(grid: SheetGrid): string {
  return grid.address(0, 0);
}

/** Horizon rows get dates from the plan start, area by area. */
function placeHorizons(rows: RowAction[], settings: Settings, problems: Problems): void {
  const byArea = new Map<string, RowAction[]>();
  for (const r of rows) {
    if (r.horizonMonths === null) continue;
    const list = byArea.get(r.action.area) ?? [];
    list.push(r);
    byArea.set(r.action.area, list);
  }
  for (const list of byArea.values()) {
    if (settings.start === null) {
      for (const r of list) {
        problems.add(
          r.action.sheet,
          r.action.cells.horizon ?? "A1",
          "error",
          `Horizon '${r.action.horizon}' counts from the plan start, which is not set: type the Plan start on the Plan sheet (a date such as 01/09/2009).`,
        );
      }
      continue;
    }
    const dates = resolveHorizons(
      settings.start,
      list.map((r) => r.horizonMonths as number),
    );
    list.forEach((r, i) => {
      r.action.due = dates[i].due;
      if (r.action.start === null) r.action.start = dates[i].start;
    });
  }
}

export type { Grid };
