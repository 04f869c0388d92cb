/**
 * `implan consolidate` on the fixture: the summary, nothing of the user's
 * lost, a second run on its own output changes nothing, bad input exits 2.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { consolidateFile } from "../../src/cli/consolidateFile";
import type { Io } from "../../src/cli/program";
import { noteText } from "../../src/xlsx/notes";
import { cellDump, rulesOf, sheetOf } from "../xlsx/support";
import { implan } from "./runCli";

const FIXTURE = path.resolve(__dirname, "../fixtures/consolidate-plan.xlsx");
const NOW = new Date(2009, 10, 16, 9, 30);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "implan-consolidate-"));
const OWNED = ["Dashboard", "Timeline (plan)", "Load"];

function quietIo(): Io & { text: () => string } {
  let out = "";
  return { out: (t) => (out += t), err: () => undefined, progress: false, text: () => out };
}

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A user's sheet cell by cell, notes reduced to the user's own part. */
function userCells(sheet: ExcelJS.Worksheet): string[] {
  return cellDump(sheet).map((line) =>
    line.replace(/\n\n\[Implementation Planner\][\s\S]*$|\|\[Implementation Planner\][\s\S]*$/, (m) =>
      m.startsWith("|") ? "|" : "",
    ),
  );
}

describe("consolidate the fixture", () => {
  const out1 = path.join(tmp, "once.xlsx");
  const out2 = path.join(tmp, "twice.xlsx");
  let summary = "";
  let input: ExcelJS.Workbook;
  let once: ExcelJS.Workbook;

  beforeAll(async () => {
    const io = quietIo();
    await consolidateFile(FIXTURE, { output: out1 }, io, NOW);
    summary = io.text();
    await consolidateFile(out1, { output: out2 }, quietIo(), NOW);
    [input, once] = await Promise.all([read(FIXTURE), read(out1)]);
  });

  test("prints actions, span, overloaded owners, clashes and problems, and what it did", () => {
    expect(summary).toMatch(/^Northside 14-19 Consortium — as of 16\/11\/2009\n8 actions in 2 areas; /);
    expect(summary).toMatch(
      /Overloaded owners \(1\):\n  Jane Smith: worst week \d\d\/\d\d\/2009 — \d+ against capacity 2/,
    );
    expect(summary).toMatch(/Deadline clashes: \d+/);
    expect(summary).toMatch(/Problems: \d+/);
    expect(summary).toContain(
      'A sheet named Timeline is yours, so it was left alone; the add-in\'s Timeline is written as "Timeline (plan)".',
    );
    // Blank IDs are left blank unless asked for: said, never done silently.
    expect(summary).toContain(
      "2 actions have no ID and go by sheet and row (Transport!5); your ID cells were left blank. Ask the planner to fill in missing IDs (the pane's switch, or implan --fill-ids) to number them.",
    );
    expect(summary).not.toContain("Filled in");
  });

  test("nothing of the user's is lost: every user sheet's cells are unchanged", () => {
    for (const sheet of input.worksheets) {
      const after = userCells(sheetOf(once, sheet.name));
      const before = userCells(sheet);
      const changed = after.filter((line) => !before.includes(line));
      const lost = before.filter((line) => !after.includes(line));
      expect({ sheet: sheet.name, changed, lost }).toEqual({ sheet: sheet.name, changed: [], lost: [] });
    }
  });

  test("--fill-ids numbers the blank ID cells, and changes nothing else of the user's", async () => {
    const io = quietIo();
    const filledOut = path.join(path.dirname(out1), "filled.xlsx");
    await consolidateFile(FIXTURE, { output: filledOut, fillIds: true }, io, NOW);
    expect(io.text()).toContain("Filled in 2 missing action IDs.");
    const filled = await read(filledOut);
    for (const sheet of input.worksheets) {
      const after = userCells(sheetOf(filled, sheet.name));
      const before = userCells(sheet);
      const changed = after.filter((line) => !before.includes(line));
      const lost = before.filter((line) => !after.includes(line));
      expect({ sheet: sheet.name, changed, lost }).toEqual({
        sheet: sheet.name,
        changed: sheet.name === "Transport" ? ['A5="T2"|@|', 'A6="T3"|@|'] : [],
        lost: [],
      });
    }
  });

  test("the user's rule and note stay; the flag and its note are added beside them", () => {
    const wf = sheetOf(once, "Workforce planning");
    const rules = rulesOf(wf);
    expect(rules.filter((r) => r.formula.includes("Implementation Planner"))).toHaveLength(1);
    expect(rules.map((r) => r.formula)).toContain('NOT(ISERROR(SEARCH("CPD",D4)))');
    expect(rules).toHaveLength(rulesOf(sheetOf(input, "Workforce planning")).length + 1);
    expect(noteText(wf.getCell("F6"))).toMatch(
      /^Jane is also covering exams this term\n\n\[Implementation Planner\]\nJane Smith is overloaded/,
    );
  });

  test("consolidating its own output gives the same cells and the same rule count", async () => {
    const twice = await read(out2);
    expect(twice.worksheets.map((s) => s.name)).toEqual(once.worksheets.map((s) => s.name));
    for (const sheet of once.worksheets) {
      const again = sheetOf(twice, sheet.name);
      expect(cellDump(again)).toEqual(cellDump(sheet));
      expect(rulesOf(again)).toEqual(rulesOf(sheet));
    }
    for (const name of OWNED) expect(rulesOf(sheetOf(twice, name)).length).toBeLessThanOrEqual(12);
  });
});

describe("bad input exits 2 with one line", () => {
  const existing = path.join(tmp, "exists.xlsx");
  fs.writeFileSync(existing, "");
  test.each([
    [["consolidate", FIXTURE], /say where to write: -o <out\.xlsx>, or --in-place/],
    [["consolidate", FIXTURE, "-o", existing], /already exists; choose another name, or add --force/],
    [["consolidate", FIXTURE, "-o", FIXTURE], /is the input/],
    [["consolidate", FIXTURE, "-o", path.join(tmp, "out.csv")], /must be an \.xlsx file/],
    [["consolidate", path.join(tmp, "missing.xlsx"), "-o", path.join(tmp, "x.xlsx")], /no such file/],
    [["consolidate", FIXTURE, "-o", path.join(tmp, "y.xlsx"), "--as-of", "16/11/2009"], /is not a date/],
  ])("%p", async (argv, message) => {
    const run = await implan(...argv);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.err).not.toMatch(/\n\s+at /);
  });
});

test("the command line writes the file and exits 0", async () => {
  const out = path.join(tmp, "cli.xlsx");
  const run = await implan("consolidate", FIXTURE, "-o", out, "--capacity", "4");
  expect(run.err).toBe("");
  expect(run.code).toBe(0);
  expect(run.out).toContain(`Wrote ${out}: sheets Dashboard, Timeline (plan), Load`);
  expect(fs.existsSync(out)).toBe(true);
});

test("consolidating again with room for everyone leaves no empty note behind on the owner cells", async () => {
  const first = path.join(tmp, "stubs-first.xlsx");
  const second = path.join(tmp, "stubs-second.xlsx");
  await consolidateFile(FIXTURE, { output: first, force: true }, quietIo(), NOW);
  const flagged = (await read(first)).worksheets.flatMap((s) => {
    const cells: ExcelJS.Cell[] = [];
    s.eachRow((row) => row.eachCell((c) => void (c.note !== undefined && cells.push(c))));
    return cells;
  });
  expect(flagged.length).toBeGreaterThan(0);
  // Everyone can now carry 50 actions a week: nobody is overloaded, so every flag must go.
  const roomy = await read(first);
  const people = roomy.getWorksheet("People")!;
  const capacity = (people.getRow(1).values as unknown[]).findIndex((v) => String(v).toLowerCase() === "capacity");
  people.eachRow(
    (row, n) => void (n > 1 && row.getCell(capacity).value !== null && (row.getCell(capacity).value = 50)),
  );
  const relaxed = path.join(tmp, "stubs-relaxed.xlsx");
  await roomy.xlsx.writeFile(relaxed);
  await consolidateFile(relaxed, { output: second, force: true, capacity: "50" }, quietIo(), NOW);
  const back = await read(second);
  const leftovers = back.worksheets.flatMap((s) => {
    const notes: string[] = [];
    s.eachRow((row) =>
      row.eachCell((c) => {
        if (c.note !== undefined && noteText(c) === null) notes.push(`${s.name}!${c.address}`);
        if (c.note !== undefined && (noteText(c) ?? "").includes("[Implementation Planner]"))
          notes.push(`${s.name}!${c.address}`);
      }),
    );
    return notes;
  });
  expect(leftovers).toEqual([]);
});
