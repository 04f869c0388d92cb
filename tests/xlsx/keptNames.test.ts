/**
 * Defined names ExcelJS cannot hold pass through `implan consolidate`
 * exactly as the file had them: formula and constant names, sheet-scoped
 * names sharing a spelling, comments and hidden flags. The expected XML is
 * the input's own text, not the code's output.
 */
import JSZip from "jszip";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { rawXlsx } from "../../testkit/rawXlsx";
import { implan } from "../cli/runCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "implan-names-"));
const LAMBDA = "_xlfn.LAMBDA(_xlpm.ratings,_xlop.format,IF(_xlfn.ISOMITTED(_xlpm.format),1,2))";

async function definedNames(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<definedName [^>]*>[^<]*<\/definedName>/g)].map((m) => m[0].replace(/&amp;/g, "&"));
}

test.each(["openpyxl", "libreoffice"] as const)(
  "a user's names survive consolidate untouched (%s)",
  async (flavour) => {
    const input = path.join(tmp, `names-${flavour}.xlsx`);
    fs.writeFileSync(
      input,
      await rawXlsx({
        flavour,
        sheets: [
          {
            name: "Quality",
            rows: [
              ["ID", "Action", "Owner", "Due"],
              ["Q1", "Audit", "Jane Smith", { date: "2009-11-27" }],
            ],
          },
          { name: "Copy", rows: [["x"]] },
        ],
        names: [
          { name: "TaxRate", refersTo: "0.2" },
          { name: "RAGSUMMARY", refersTo: LAMBDA, comment: "my own" },
          { name: "Scoped", refersTo: "Quality!$A$1", localSheetId: 0 },
          { name: "Scoped", refersTo: "Copy!$A$1", localSheetId: 1 },
          { name: "Hidden", refersTo: "Quality!$B$2", hidden: true },
          { name: "Owners", refersTo: "Quality!$C$2:$C$2" },
          { name: "Planner_Budget", refersTo: "Quality!$D$2" },
        ],
      }),
    );
    const output = path.join(tmp, `names-${flavour}-out.xlsx`);
    const run = await implan("consolidate", input, "-o", output, "--as-of", "2009-11-16");
    expect(run.err).toBe("");
    const names = await definedNames(output);
    expect(names).toEqual(
      expect.arrayContaining([
        '<definedName name="TaxRate">0.2</definedName>',
        `<definedName name="RAGSUMMARY" comment="my own">${LAMBDA}</definedName>`,
        '<definedName name="Scoped" localSheetId="0">Quality!$A$1</definedName>',
        '<definedName name="Scoped" localSheetId="1">Copy!$A$1</definedName>',
        `<definedName name="Hidden" hidden="${flavour === "libreoffice" ? "true" : "1"}">Quality!$B$2</definedName>`,
      ]),
    );
    expect(names.filter((n) => n.includes('name="Owners"'))).toHaveLength(1);
    // A user's name that merely shares the planner's prefix is the user's.
    expect(names).toContain('<definedName name="Planner_Budget">Quality!$D$2</definedName>');
    // No name is written twice, the planner's own included.
    const spellings = names.map((n) => /name="([^"]+)"(?: [^>]*localSheetId="(\d+)")?/.exec(n)!.slice(1).join("@"));
    expect(new Set(spellings).size).toBe(spellings.length);
  },
);
