/**
 * Add plans from files, in Excel: partners' plans (read in the pane by
 * src/reader) copied into the open consortium workbook, one sheet each. A
 * plan added again is rewritten in place on its earlier sheet — never
 * deleted and re-added, so links into it keep working — and the people the
 * People sheet lacks are appended below its last row. One round trip to
 * read, one (or more, for big plans) to write.
 */
import { parseWorkbook, peopleColumns, parseA1 } from "../core/parse";
import { serialOf as serialIn } from "../core/days";
import type { Day, Person } from "../core/types";
import type { AddPlansResult, PlanFile } from "../contract/operations";
import { addPlansSpec, PlanFileError } from "../sheets/addPlansSpec";
import { clockSerial } from "../sheets/ownedHeader";
import { PEOPLE_SHEET } from "../sheets/templateLayout";
import type { SpecValue } from "../sheets/types";
import { WRITE_BYTE_BUDGET } from "./budget";
import { friendlyError } from "./errors";
import { readWorkbook, type SheetRead } from "./readWorkbook";
import { excelApiSupported, NOTES_API } from "./requirements";
import { ExcelHostError, excelRun, Session, type ExcelRunner } from "./session";
import { prepareBlock } from "./writeBlock";
import { lockedWrite } from "./writeLock";
import { writeSheet } from "./writeSheet";

/**
 * Copy each partner's plan into the open workbook.
 * @example const result = await addPlans([{ file: "east.xlsx", input }]); result.plans[0].actions // 12
 */
export async function addPlans(
  files: readonly PlanFile[],
  options: { now?: Date; run?: ExcelRunner; byteBudget?: number } = {},
): Promise<AddPlansResult> {
  const now = options.now ?? new Date();
  try {
    return await lockedWrite(options.run ?? excelRun, async (context) => {
      const session = new Session(context);
      const notes = excelApiSupported(NOTES_API);
      const read = await readWorkbook(session, { notes });
      const consortium = parseWorkbook(read.input);
      const date1904 = consortium.date1904 === true;
      const partners = files.map((f) => ({ file: f.file, parsed: parseWorkbook(f.input) }));
      const spec = addPlansSpec(
        consortium,
        partners,
        read.sheets.map((s) => s.name),
        clockSerial(now, date1904),
        (day: Day) => serialIn(day, date1904),
      );
      let queued = 0;
      const reserve = async (bytes: number) => {
        if (queued > 0 && queued + bytes > (options.byteBudget ?? WRITE_BYTE_BUDGET)) {
          await session.sync();
          queued = 0;
        }
        queued += bytes;
      };
      for (const copy of spec.copies) {
        const earlier = copy.replaces ? read.sheets.find((s) => s.name === copy.replaces) : undefined;
        const sheet = earlier?.sheet ?? context.workbook.worksheets.add(copy.spec.name);
        if (earlier) clearCopy(earlier);
        await writeSheet(sheet, copy.spec, reserve, { notes });
      }
      const messages = [...spec.messages];
      if (spec.people.length > 0) messages.push(...appendPeople(read.sheets, spec.people));
      await session.sync();
      return { sheets: spec.copies.map((c) => c.spec.name), messages, plans: spec.copies.map((c) => c.added) };
    });
  } catch (error) {
    if (error instanceof PlanFileError) throw new ExcelHostError(error.message, "InvalidArgument");
    throw friendlyError(error, "Adding plans");
  }
}

/** An earlier copy emptied for its replacement: values, formats, rules and panes; the sheet itself stays. */
function clearCopy(earlier: SheetRead): void {
  const all = earlier.sheet.getRange();
  all.conditionalFormats.clearAll();
  earlier.sheet.getRange("A1:XFD1048576").clear();
  earlier.sheet.freezePanes.unfreeze();
}

/** Queue the new people below the People sheet's last row, in the columns the engine reads there. */
function appendPeople(sheets: readonly SheetRead[], people: readonly Person[]): string[] {
  const target = sheets.find((s) => s.name.toLowerCase() === PEOPLE_SHEET.toLowerCase());
  const grid = target?.grid;
  const columns = grid ? peopleColumns(grid.values) : null;
  if (!target || !grid || !columns || target.protected) {
    return [
      `There is no People sheet with a Name column here${target?.protected ? " that the planner may change (it is protected)" : ""}, so the partners' capacities were not brought in: the plan's default capacity applies to ${people.map((p) => p.name).join(", ")}.`,
    ];
  }
  const origin = parseA1(grid.topLeft);
  const width = Math.max(...Object.values(columns.col).map((c) => c as number)) + 1;
  const rows = people.map((p) => {
    const row: SpecValue[] = Array.from({ length: width }, () => null);
    const put = (key: keyof typeof columns.col, value: SpecValue) => {
      const c = columns.col[key];
      if (c !== undefined) row[c] = value;
    };
    put("name", p.name);
    put("role", p.role || null);
    put("group", p.group || null);
    put("capacity", p.capacity);
    put("daysPerWeek", p.daysPerWeek);
    return row;
  });
  prepareBlock(rows).queue(target.sheet, origin.row - 1 + grid.values.length, origin.col);
  return [];
}
