/**
 * A user's own page set-up survives `implan consolidate`: orientation, fit,
 * print area, print titles and footer on their plan sheets are as they were,
 * a sheet name with an apostrophe included (its print titles stay a
 * reference Excel can read); only the planner's own sheets get the planner's.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { keepNamesExcelJsCannotHold } from "../../src/xlsx/keptNames";
import { implan } from "./runCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "implan-page-setup-"));
const at = (name: string) => path.join(tmp, name);
const SHEETS = ["Transport", "Employers' forum"];

beforeAll(async () => {
  // ExcelJS alone would quote `Employers' forum` wrongly in the print names; written as Excel writes them.
  keepNamesExcelJsCannotHold();
  const workbook = new ExcelJS.Workbook();
  for (const name of SHEETS) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRows([
      ["ID", "Action", "Owner", "Start", "Due", "Status"],
      [
        "T1",
        "Agree a shared bus route",
        "Gareth Jones",
        new Date(Date.UTC(2009, 8, 7)),
        new Date(Date.UTC(2009, 10, 27)),
        "In progress",
      ],
    ]);
    sheet.pageSetup = {
      ...sheet.pageSetup,
      orientation: "portrait",
      paperSize: 8 as ExcelJS.PaperSize,
      fitToPage: true,
      fitToWidth: 2,
      fitToHeight: 3,
      printArea: "A1:F30",
      printTitlesRow: "1:1",
      printTitlesColumn: "A:B",
    };
    sheet.headerFooter = { ...sheet.headerFooter, oddFooter: "&LOur copy&RPrinted &D" };
  }
  await workbook.xlsx.writeFile(at("plan.xlsx"));
});

test("the user's page set-up on their sheets is kept exactly; the planner's sheets get the planner's", async () => {
  expect((await implan("consolidate", at("plan.xlsx"), "-o", at("out.xlsx"), "--as-of", "2009-11-16")).code).toBe(0);
  const before = new ExcelJS.Workbook();
  await before.xlsx.readFile(at("plan.xlsx"));
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(at("out.xlsx"));
  for (const name of SHEETS) {
    const [was, is] = [before.getWorksheet(name), after.getWorksheet(name)];
    expect([name, is?.pageSetup]).toEqual([name, was?.pageSetup]);
    expect(is?.headerFooter.oddFooter).toBe("&LOur copy&RPrinted &D");
  }
  expect(after.getWorksheet("Dashboard")?.pageSetup.orientation).toBe("landscape");
  // The elements themselves, attribute for attribute (no page numbering from 1 where the user had Auto);
  // ExcelJS spells out copies="1", the standard's default (ECMA-376 Part 1, 18.3.1.63).
  const pageSetupOf = async (file: string, part: string) =>
    /<pageSetup [^>]*>/.exec(
      (await (await JSZip.loadAsync(fs.readFileSync(file))).file(part)?.async("string")) ?? "",
    )?.[0];
  for (const part of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
    expect((await pageSetupOf(at("out.xlsx"), part))?.replace(' copies="1"', "")).toBe(
      await pageSetupOf(at("plan.xlsx"), part),
    );
  }
  // Quoted as Excel quotes a sheet name: the apostrophe inside written twice.
  const xml =
    (await (await JSZip.loadAsync(fs.readFileSync(at("out.xlsx")))).file("xl/workbook.xml")?.async("string")) ?? "";
  expect(xml).toContain("&apos;Employers&apos;&apos; forum&apos;!$A:$B,&apos;Employers&apos;&apos; forum&apos;!$1:$1");
});
