/** Helpers for reading rendered workbooks back. */
import ExcelJS from "exceljs";
import { formattingsOf } from "../../src/xlsx/conditionalFormats";
import { noteText } from "../../src/xlsx/notes";
import { validationsOf } from "../../src/xlsx/exceljsInternals";

/** Write a workbook to bytes and read it back, as another program would. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
}

export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}; have ${workbook.worksheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

/** Every rule's formula (or kind) with its range, in priority order. */
export function rulesOf(sheet: ExcelJS.Worksheet): { ref: string; formula: string; priority: number }[] {
  return formattingsOf(sheet)
    .flatMap((f) =>
      f.rules.map((r) => ({
        ref: f.ref,
        formula: String((r.formulae ?? [(r as { type?: string }).type])[0]),
        priority: r.priority ?? 0,
      })),
    )
    .sort((a, b) => a.priority - b.priority);
}

export function validationAt(sheet: ExcelJS.Worksheet, address: string) {
  return validationsOf(sheet).model[address];
}

/** Every non-empty cell as "A1=value" text, for comparing whole sheets. */
export function cellDump(sheet: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      out.push(`${cell.address}=${JSON.stringify(cell.value)}|${cell.numFmt ?? ""}|${noteText(cell) ?? ""}`);
    }),
  );
  return out;
}
