/**
 * The short function names through `implan consolidate` on files: written as
 * Excel stores a LAMBDA name, the user's own names never touched, and
 * `--no-names` / `--names` removing and restoring only the planner's.
 */
import JSZip from "jszip";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { rawXlsx } from "../../testkit/rawXlsx";
import { implan } from "./runCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "implan-function-names-"));
const at = (name: string) => path.join(tmp, name);
const PLANNERS = ["RAGROLLUP", "RAGSTATUS", "OWNERLOAD", "OVERLOADED", "CLASHES", "TIMELINE", "PLANWEEK"];

/** Each `<definedName>` element of a file, whole, by name (sheet-scoped ones as `name@sheetIndex`). */
async function definedNames(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const names = new Map<string, string>();
  for (const element of xml.match(/<definedName [^>]*>[^<]*<\/definedName>/g) ?? []) {
    const name = /name="([^"]*)"/.exec(element)?.[1] ?? "";
    const sheet = /localSheetId="(\d+)"/.exec(element)?.[1];
    names.set(sheet === undefined ? name : `${name}@${sheet}`, element);
  }
  return names;
}

const textOf = (element: string | undefined) => /<definedName [^>]*>([^<]*)</.exec(element ?? "")?.[1];

beforeAll(async () => {
  fs.writeFileSync(
    at("plan.xlsx"),
    await rawXlsx({
      sheets: [
        {
          name: "Quality",
          rows: [
            ["ID", "Action", "Owner", "Start", "Due", "Status"],
            ["Q1", "Audit the handbook", "Jane Smith", { date: "2009-09-07" }, { date: "2009-11-27" }, "In progress"],
          ],
        },
      ],
      names: [
        // The user's own RAGSUMMARY (a LAMBDA of their own), a sheet-scoped CLASHES, and a range.
        { name: "RAGSUMMARY", refersTo: "_xlfn.LAMBDA(_xlpm.r,COUNTA(_xlpm.r))", comment: "Counts my ratings" },
        { name: "CLASHES", refersTo: "Quality!$A$1", localSheetId: 0 },
        { name: "Planner_Budget", refersTo: "Quality!$F$2" },
      ],
    }),
  );
});

test("consolidate adds the planner's names as Excel stores them and leaves the user's own untouched", async () => {
  const run = await implan("consolidate", at("plan.xlsx"), "-o", at("one.xlsx"), "--as-of", "2009-11-16");
  expect(run.code).toBe(0);
  expect(run.out).toContain("Kept your own name RAGSUMMARY: the planner's function is there as =PLAN.RAGSUMMARY(…).");
  const before = await definedNames(at("plan.xlsx"));
  const after = await definedNames(at("one.xlsx"));
  for (const name of ["RAGSUMMARY", "CLASHES@0", "Planner_Budget"]) expect(after.get(name)).toBe(before.get(name));
  for (const name of PLANNERS) expect(after.get(name)).toMatch(/comment="Implementation Planner: wraps PLAN\./);
  // As Excel saves a LAMBDA name: no `=`, _xlfn./_xlpm./_xlop. prefixes, the add-in's function as _xldudf_.
  expect(textOf(after.get("RAGROLLUP"))).toBe(
    "_xlfn.LAMBDA(_xlpm.ratings,_xlop.rule,IF(_xlfn.ISOMITTED(_xlpm.rule),_xldudf_PLAN_RAGROLLUP(_xlpm.ratings),_xldudf_PLAN_RAGROLLUP(_xlpm.ratings,_xlpm.rule)))",
  );
  expect(textOf(after.get("PLANWEEK"))).toBe("_xlfn.LAMBDA(_xlpm.date,_xldudf_PLAN_WEEK(_xlpm.date))");
});

test("a second consolidate leaves the names as they were", async () => {
  expect((await implan("consolidate", at("one.xlsx"), "-o", at("two.xlsx"), "--as-of", "2009-11-16")).code).toBe(0);
  expect(await definedNames(at("two.xlsx"))).toEqual(await definedNames(at("one.xlsx")));
});

test("--no-names removes only the planner's and keeps them off; --names brings them back", async () => {
  const off = await implan("consolidate", at("one.xlsx"), "-o", at("off.xlsx"), "--no-names");
  expect(off.code).toBe(0);
  expect(off.out).toMatch(/Removed the short function names/);
  const offNames = await definedNames(at("off.xlsx"));
  for (const name of PLANNERS) expect(offNames.has(name)).toBe(false);
  for (const name of ["RAGSUMMARY", "CLASHES@0", "Planner_Budget", "Planner_Sheet_Load"])
    expect(offNames.has(name)).toBe(true);
  expect(textOf(offNames.get("Planner_FunctionNames"))).toBe("FALSE");

  expect((await implan("consolidate", at("off.xlsx"), "-o", at("still-off.xlsx"))).code).toBe(0);
  const stillOff = await definedNames(at("still-off.xlsx"));
  for (const name of PLANNERS) expect(stillOff.has(name)).toBe(false);

  const on = await implan("consolidate", at("still-off.xlsx"), "-o", at("on.xlsx"), "--names");
  expect(on.out).toMatch(/Added 7 short function names/);
  const onNames = await definedNames(at("on.xlsx"));
  for (const name of PLANNERS) expect(onNames.get(name)).toBe((await definedNames(at("one.xlsx"))).get(name));
  expect(onNames.has("Planner_FunctionNames")).toBe(false);
});

test("a new template carries all eight", async () => {
  expect((await implan("template", at("template.xlsx"))).code).toBe(0);
  const names = await definedNames(at("template.xlsx"));
  expect(["RAGSUMMARY", ...PLANNERS].filter((n) => names.has(n))).toHaveLength(8);
});
