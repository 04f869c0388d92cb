/**
 * "Structure this sheet" in Excel: read the active sheet, propose the mapping
 * (src/sheets/structureMapping.ts), and write the confirmed mapping as new
 * area sheets, leaving the original untouched.
 */
import { parseA1 } from "../core/parse";
import { areaSheet } from "../sheets/areaSheet";
import type { StructureProposal, WriteResult } from "../contract/operations";
import { mappedRows, proposalFor } from "../sheets/structureMapping";
import { friendlyError } from "./errors";
import { addSheets, readNames, registerAreas } from "./planSheets";
import { readOneSheet } from "./readSheet";
import { Session, excelRun, type ExcelRunner, retrying } from "./session";
import { lockedWrite } from "./writeLock";

/**
 * Detect the active sheet's header row and the field each column maps to.
 * @example const proposal = await proposeStructure(); proposal.columns[2].field // "owner"
 */
export async function proposeStructure(run: ExcelRunner = excelRun): Promise<StructureProposal> {
  try {
    return await retrying(run)(async (context) => {
      const session = new Session(context);
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const { name, topLeft, values } = await readOneSheet(session, sheet);
      return proposalFor(name, topLeft, values);
    });
  } catch (error) {
    throw friendlyError(error, "Structure this sheet");
  }
}

/**
 * Write the confirmed mapping as new area sheets (one per area when a column names areas).
 * @example await applyStructure(correctedProposal)
 */
export async function applyStructure(proposal: StructureProposal, run: ExcelRunner = excelRun): Promise<WriteResult> {
  try {
    return await lockedWrite(run, async (context) => {
      const session = new Session(context);
      const source = context.workbook.worksheets.getItem(proposal.sheet);
      const [{ topLeft, values, date1904 }, names] = [await readOneSheet(session, source), await readNames(session)];
      const origin = parseA1(topLeft);
      const unread: string[] = [];
      const groups = mappedRows(
        proposal,
        values.slice(proposal.headerRow - origin.row + 1),
        origin.col,
        date1904,
        unread,
      );
      const specs = [...groups].map(([area, rows]) => {
        const spec = areaSheet(area, {
          ragScale: names.plan?.ragScale ?? 3,
          existingSheets: names.sheets,
          existingTables: names.tables,
          rows,
        });
        names.sheets.push(spec.name);
        names.tables.push(...spec.tables.map((t) => t.name));
        spec.rows[0] = [
          area,
          `Moved from ‘${proposal.sheet}’ (header on row ${proposal.headerRow}); the original sheet is unchanged.`,
        ];
        return { area, spec };
      });
      await addSheets(
        session,
        specs.map((s) => s.spec),
      );
      registerAreas(
        session,
        names.plan,
        specs.map(({ area, spec }) => ({ name: area, sheet: spec.name })),
      );
      await session.sync();
      const moved = [...groups.values()].reduce((n, rows) => n + rows.length, 0);
      return {
        sheets: specs.map((s) => s.spec.name),
        messages: [`Moved ${moved} row${moved === 1 ? "" : "s"}; ‘${proposal.sheet}’ is kept as it was.`, ...unread],
      };
    });
  } catch (error) {
    throw friendlyError(error, "Structure this sheet");
  }
}

export { proposalFor };
