/**
 * Canaries: each reach into ExcelJS beyond its typed API, checked on a real
 * workbook round trip. An ExcelJS upgrade that moves one fails here, by name.
 */
import ExcelJS from "exceljs";
import { collectWhileSaving } from "../../src/xlsx/collectWhileSaving";
import {
  clearNote,
  formattingsOf,
  namesOf,
  setTabOrder,
  tabOrderOf,
  validationsOf,
  zipWriterPrototype,
} from "../../src/xlsx/exceljsInternals";

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  return back;
}

test("validationsOf: worksheet.dataValidations.model holds validations by address", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("S").getCell("B2").dataValidation = { type: "list", formulae: ['"a,b"'] };
  const back = await roundTrip(wb);
  expect(validationsOf(back.getWorksheet("S")!).model.B2?.type).toBe("list");
});

test("formattingsOf: worksheet.conditionalFormattings holds the rules read from a file", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("S").addConditionalFormatting({
    ref: "A1:A9",
    rules: [{ type: "expression", priority: 1, formulae: ["A1>1"], style: {} }],
  });
  const back = await roundTrip(wb);
  expect(formattingsOf(back.getWorksheet("S")!).map((f) => [f.ref, f.rules.length])).toEqual([["A1:A9", 1]]);
});

test("namesOf: workbook.definedNames.model lists the names", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("S");
  wb.definedNames.add("S!$A$1", "Planner_Probe");
  const back = await roundTrip(wb);
  expect(namesOf(back).model.map((n) => n.name)).toContain("Planner_Probe");
});

test("clearNote: a note, new or read from a file, is dropped from the file (no empty stub)", async () => {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("S");
  for (const address of ["C3", "C4"]) {
    sheet.getCell(address).value = "x";
    sheet.getCell(address).note = "remove me";
  }
  clearNote(sheet.getCell("C3"));
  const read = await roundTrip(wb);
  clearNote(read.getWorksheet("S")!.getCell("C4"));
  const back = await roundTrip(read);
  expect(["C3", "C4"].map((a) => back.getWorksheet("S")!.getCell(a).note)).toEqual([undefined, undefined]);
});

test("tabOrderOf / setTabOrder: orderNo decides where a sheet sits among the tabs", async () => {
  const wb = new ExcelJS.Workbook();
  const first = wb.addWorksheet("First");
  const second = wb.addWorksheet("Second");
  const order = tabOrderOf(first);
  setTabOrder(second, order - 1);
  const back = await roundTrip(wb);
  expect(back.worksheets.map((s) => s.name)).toEqual(["Second", "First"]);
});

test("zipWriterPrototype: ExcelJS's zip writer is where 4.x keeps it, and two saves at once leave it as it was", async () => {
  const writer = zipWriterPrototype();
  expect(typeof writer?.append).toBe("function");
  const before = writer!.append;
  const book = () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = "x";
    return wb;
  };
  await Promise.all([
    collectWhileSaving(() => book().xlsx.writeBuffer()),
    collectWhileSaving(() => book().xlsx.writeBuffer()),
  ]);
  expect(writer!.append).toBe(before);
});
