/**
 * `implan check` on the fixture workbooks: the JSON must equal the expected
 * file checked in beside each fixture (regenerate with UPDATE_FIXTURES=1 and
 * review the diff), and bad input gives exit 2 with one line, never a trace.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { implan } from "./runCli";

const FIXTURES = path.resolve(__dirname, "../fixtures");

describe.each(["template-plan", "existing-plan", "messy-plan"])("check %s.xlsx", (name) => {
  test("--json equals the expected report", async () => {
    const run = await implan("check", path.join(FIXTURES, `${name}.xlsx`), "--as-of", "2009-11-16", "--json");
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    const actual = JSON.parse(run.out) as unknown;
    const expectedFile = path.join(FIXTURES, `${name}.expected.json`);
    if (process.env.UPDATE_FIXTURES) fs.writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(fs.readFileSync(expectedFile, "utf8")));
  });

  test("the readable summary names the plan and counts", async () => {
    const run = await implan("check", path.join(FIXTURES, `${name}.xlsx`), "--as-of", "2009-11-16");
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/actions in \d+ areas/);
    expect(run.out).toContain("Problems (");
  });
});

describe("bad input exits 2 with one line", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "implan-check-"));
  const notXlsx = path.join(tmp, "notes.xlsx");
  fs.writeFileSync(notXlsx, "this is not a workbook");
  const csv = path.join(tmp, "plan.csv");
  fs.writeFileSync(csv, "a,b\n");

  test.each([
    [["check", path.join(tmp, "missing.xlsx")], /no such file/],
    [["check", notXlsx], /is not an Excel workbook/],
    [["check", csv], /expected an \.xlsx workbook/],
    [
      ["check", path.join(FIXTURES, "template-plan.xlsx"), "--as-of", "16/11/2009"],
      /--as-of '16\/11\/2009' is not a date/,
    ],
    [
      ["check", path.join(FIXTURES, "template-plan.xlsx"), "--as-of", "0009-11-16"],
      /--as-of '0009-11-16' is outside the dates Excel holds \(1900 to 9999\)/,
    ],
    [
      ["check", path.join(FIXTURES, "template-plan.xlsx"), "--as-of", "2009-02-30"],
      /--as-of '2009-02-30' is not a date/,
    ],
    [
      ["check", path.join(FIXTURES, "template-plan.xlsx"), "--capacity", "two"],
      /--capacity 'two' must be a whole number/,
    ],
    [["check"], /missing required argument/],
    [["frobnicate"], /unknown command/],
  ])("%p", async (argv, message) => {
    const run = await implan(...argv);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.err).not.toMatch(/\n\s+at /);
  });
});

test("--help lists check and --version prints the package version", async () => {
  const help = await implan("--help");
  expect(help.code).toBe(0);
  expect(help.out).toContain("check");
  const version = await implan("--version");
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as { version: string };
  expect(version.out.trim()).toBe(pkg.version);
});
