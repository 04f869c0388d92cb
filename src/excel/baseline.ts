/**
 * Set baseline, in Excel: every action as it stands today (the plan's As of,
 * else today) appended below the Baseline sheet's last row — or a new
 * Baseline sheet — with blank action IDs filled first so each action can be
 * matched at the next review. One round trip to read, one to write.
 */
import { baselineSnapshot, prepareConsolidation } from "../core/compute";
import { localDayOf, serialOf as serialIn, ukOf } from "../core/days";
import { colLetters, parseA1, parseWorkbook } from "../core/parse";
import { BASELINE_KIND, isOwnedTitle } from "../core/rules/ownedMark";
import type { Day } from "../core/types";
import type { WriteResult } from "../contract/operations";
import {
  BASELINE_DATE_COLUMNS,
  BASELINE_HEADER_ROW,
  baselineMessage,
  baselineRows,
  newBaselineSheet,
} from "../sheets/baselineSheet";
import { safeSheetName } from "../sheets/sheetNames";
import { DATE_FORMAT } from "../sheets/types";
import { friendlyError } from "./errors";
import { queueFills } from "./patchFills";
import { readWorkbook } from "./readWorkbook";
import { excelApiSupported, NOTES_API } from "./requirements";
import { ExcelHostError, excelRun, Session, type ExcelRunner } from "./session";
import { prepareBlock, setNumberFormat } from "./writeBlock";
import { lockedWrite } from "./writeLock";
import { writeSheet } from "./writeSheet";

/**
 * Record a baseline of the open plan.
 * @example const result = await setBaseline(); // { sheets: ["Baseline"], messages: ["Set the baseline of …"] }
 */
export async function setBaseline(options: { now?: Date; run?: ExcelRunner } = {}): Promise<WriteResult> {
  const now = options.now ?? new Date();
  try {
    return await lockedWrite(options.run ?? excelRun, async (context) => {
      const session = new Session(context);
      const notes = excelApiSupported(NOTES_API);
      const read = await readWorkbook(session, { notes });
      const parsed = parseWorkbook(read.input);
      const asOf = parsed.plan.settings.asOf ?? localDayOf(now);
      const earlier = parsed.baselines ?? [];
      if (earlier.some((b) => b.date === asOf)) {
        throw new ExcelHostError(
          `This plan already has a baseline of ${ukOf(asOf)}. Change the Plan sheet's As of to set another, or delete that baseline's rows on the Baseline sheet first.`,
          "BaselineExists",
        );
      }
      const prepared = prepareConsolidation(parsed, asOf);
      for (const [sheetName, fills] of prepared.fills.bySheet) {
        const target = read.sheets.find((s) => s.name === sheetName && !s.owned && !s.protected);
        if (target) queueFills(target, fills);
      }
      const serialOf = (day: Day) => serialIn(day, parsed.date1904 === true);
      const snapshot = baselineSnapshot(prepared.analysis, parsed.plan.settings.name);
      const rows = baselineRows(snapshot, asOf, serialOf);
      const existing = read.sheets.find((s) => isOwnedTitle(s.grid?.values[0]?.[0], BASELINE_KIND));
      let name: string;
      if (existing) {
        name = existing.name;
        const last = existing.grid ? parseA1(existing.grid.topLeft).row + existing.grid.values.length - 1 : 0;
        const first = Math.max(last, BASELINE_HEADER_ROW) + 1;
        prepareBlock(rows).queue(existing.sheet, first - 1, 0);
        for (const c of BASELINE_DATE_COLUMNS) {
          const letter = colLetters(c);
          setNumberFormat(
            existing.sheet.getRange(`${letter}${first}:${letter}${first + rows.length - 1}`),
            DATE_FORMAT,
          );
        }
      } else {
        name = safeSheetName(
          BASELINE_KIND,
          read.sheets.map((s) => s.name),
        );
        const sheet = context.workbook.worksheets.add(name);
        await writeSheet(sheet, newBaselineSheet(name, rows), async () => undefined, { notes });
      }
      await session.sync();
      const filled = [...prepared.fills.bySheet.values()].reduce((n, list) => n + list.length, 0);
      return {
        sheets: [name],
        messages: [
          baselineMessage(snapshot.length, asOf, earlier.length),
          ...(filled > 0
            ? [`Filled in ${filled} missing action ID${filled === 1 ? "" : "s"}, so each action can be matched.`]
            : []),
        ],
      };
    });
  } catch (error) {
    throw friendlyError(error, "Set baseline");
  }
}
