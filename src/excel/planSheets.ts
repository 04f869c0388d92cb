/**
 * New plan and new area: template sheets written into the open workbook under
 * free names, never over a sheet that exists, and registered on the Plan sheet.
 */
import { parseWorkbook } from "../core/parse";
import type { CellValue, RagScale } from "../core/types";
import { areaSheet } from "../sheets/areaSheet";
import type { NewPlanOptions, WriteResult } from "../contract/operations";
import { planAreaRow } from "../sheets/planSheet";
import { PEOPLE_SHEET, PLAN_AREA_HEADER_ROW, PLAN_SHEET, RISKS_SHEET } from "../sheets/templateLayout";
import { templateWorkbook } from "../sheets/templateWorkbook";
import type { SheetSpec } from "../sheets/types";
import { friendlyError } from "./errors";
import { addFunctionNames, NAME_FIELDS, queueFunctionNameRemovals } from "./functionNames";
import { excelApiSupported, NOTES_API } from "./requirements";
import { ExcelHostError, Session, excelRun, type ExcelRunner } from "./session";
import { prepareBlock } from "./writeBlock";
import { lockedWrite } from "./writeLock";
import { writeSheet } from "./writeSheet";

/** What a write needs to know of the workbook first: sheet and table names, and the Plan sheet. */
export interface WorkbookNames {
  sheets: string[];
  tables: string[];
  plan: { values: CellValue[][]; ragScale: RagScale } | null;
}

/**
 * Sheet names, table names and the Plan sheet's values, in one round trip.
 * @example const names = await readNames(session);
 */
export async function readNames(session: Session): Promise<WorkbookNames> {
  const { workbook } = session.context;
  workbook.worksheets.load("items/name");
  workbook.tables.load("items/name");
  const plan = workbook.worksheets.getItemOrNullObject(PLAN_SHEET).getUsedRangeOrNullObject(true);
  plan.load("values,address");
  await session.sync();
  const values = plan.isNullObject ? null : (plan.values as CellValue[][]);
  const ragScale = values
    ? parseWorkbook({ grids: [{ sheet: PLAN_SHEET, topLeft: "A1", values }] }).plan.settings.ragScale
    : 3;
  return {
    sheets: workbook.worksheets.items.map((s) => s.name),
    tables: workbook.tables.items.map((t) => t.name),
    plan: values ? { values, ragScale } : null,
  };
}

/**
 * Write new template sheets (nothing syncs until the caller does).
 * @example await addSheets(session, specs)
 */
export async function addSheets(session: Session, specs: SheetSpec[]): Promise<void> {
  const notes = excelApiSupported(NOTES_API);
  session.context.application.suspendApiCalculationUntilNextSync();
  for (const spec of specs) {
    const sheet = session.context.workbook.worksheets.add(spec.name);
    await writeSheet(sheet, spec, async () => undefined, { notes });
  }
}

/**
 * Queue new rows on the Plan sheet's list of development areas, below the last one.
 * @example registerAreas(session, names.plan, [{ name: "Transport", sheet: "Transport" }])
 */
export function registerAreas(
  session: Session,
  plan: WorkbookNames["plan"],
  areas: { name: string; sheet: string }[],
): void {
  if (!plan || areas.length === 0) return;
  let row = PLAN_AREA_HEADER_ROW + 1;
  while (String(plan.values[row - 1]?.[0] ?? "").trim() !== "") row++;
  const sheet = session.context.workbook.worksheets.getItem(PLAN_SHEET);
  prepareBlock(areas.map((a, i) => planAreaRow(a, row + i))).queue(sheet, row - 1, 0);
}

/**
 * Add Plan, People, the chosen area sheets and Risks to the open workbook.
 * @example await newPlan({ name: "Northside", start, areas: ["Transport"], ragScale: 3 })
 */
export async function newPlan(options: NewPlanOptions, run: ExcelRunner = excelRun): Promise<WriteResult> {
  try {
    return await lockedWrite(run, async (context) => {
      const session = new Session(context);
      const names = await readNames(session);
      const taken = names.sheets.find((s) => [PLAN_SHEET, PEOPLE_SHEET, RISKS_SHEET].includes(s));
      if (taken) {
        throw new ExcelHostError(
          `This workbook already has a ‘${taken}’ sheet, so it already holds a plan. Add areas to it, or start the new plan in a new workbook (File › New).`,
          "PlanExists",
        );
      }
      const spec = templateWorkbook(options, { existingSheets: names.sheets });
      await addSheets(session, spec.sheets);
      const existingNames = session.context.workbook.names.load(NAME_FIELDS);
      await session.sync();
      const functionNames = queueFunctionNameRemovals(existingNames, spec.functionNames);
      const named = await addFunctionNames(session, functionNames);
      const sheets = spec.sheets.map((s) => s.name);
      return { sheets, messages: [...renamedAreas(options.areas, sheets.slice(2, -1)), ...named] };
    });
  } catch (error) {
    throw friendlyError(error, "New plan");
  }
}

/**
 * Add one development area sheet and list it on the Plan sheet.
 * @example await addArea("Transport")
 */
export async function addArea(area: string, run: ExcelRunner = excelRun): Promise<WriteResult> {
  try {
    return await lockedWrite(run, async (context) => {
      const session = new Session(context);
      const names = await readNames(session);
      const spec = areaSheet(area, {
        ragScale: names.plan?.ragScale ?? 3,
        existingSheets: names.sheets,
        existingTables: names.tables,
      });
      await addSheets(session, [spec]);
      registerAreas(session, names.plan, [{ name: area, sheet: spec.name }]);
      await session.sync();
      const messages = renamedAreas([area], [spec.name]);
      if (!names.plan) messages.push("There is no Plan sheet to list the area on; the area sheet works without it.");
      return { sheets: [spec.name], messages };
    });
  } catch (error) {
    throw friendlyError(error, "Add area");
  }
}

function renamedAreas(areas: string[], sheets: string[]): string[] {
  return areas.flatMap((area, i) =>
    sheets[i] && sheets[i] !== area
      ? [
          `The area ‘${area}’ is on the sheet ‘${sheets[i]}’ (sheet names are limited to 31 characters and must be unique).`,
        ]
      : [],
  );
}
