/**
 * Hostile but ordinary workbooks, built part by part as openpyxl and
 * LibreOffice write them: each case asserts what the user sees — the summary,
 * `check --json`, the sheets written — against counts made by hand.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { rawXlsx, type RawSheet, type RawValue, type RawWorkbook } from "../../testkit/rawXlsx";
import { implan } from "./runCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "implan-hostile-"));
const AS_OF = ["--as-of", "2009-11-16"];
const HEADER: RawValue[] = ["ID", "Action", "Owner", "Start", "Due", "Status", "RAG"];
const FLAVOURS = ["openpyxl", "libreoffice"] as const;

function actions(n: number, owner = "Jane Smith"): RawValue[][] {
  return Array.from({ length: n }, (_, i) => [
    `Q${i + 1}`,
    `Action ${i + 1}`,
    owner,
    { date: "2009-11-02" },
    { date: "2009-11-27" },
    "In progress",
    "Green",
  ]);
}

async function write(name: string, book: RawWorkbook): Promise<string> {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, await rawXlsx(book));
  return file;
}

interface Checked {
  actions: { id: string; owners: string[]; start: string | null; due: string | null }[];
  problems: { sheet: string; cell: string; severity: string; message: string }[];
  overloads: { owner: string }[];
}

async function check(file: string): Promise<Checked> {
  const run = await implan("check", file, "--json", ...AS_OF);
  expect(run.err).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.out) as Checked;
}

/** Consolidate `file`; the output is read back with ExcelJS unless `read` is false (it expands whole-sheet drop-downs cell by cell). */
async function consolidate(
  file: string,
  read = true,
): Promise<{ out: string; book: ExcelJS.Workbook; output: string }> {
  const output = file.replace(/\.xlsx$/, "-out.xlsx");
  const run = await implan("consolidate", file, "-o", output, "--force", ...AS_OF);
  expect(run.err).toBe("");
  expect(run.code).toBe(0);
  const book = new ExcelJS.Workbook();
  if (read) await book.xlsx.readFile(output);
  return { out: run.out, book, output };
}

async function partOf(file: string, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return (await zip.file(part)?.async("string")) ?? "";
}

describe.each(FLAVOURS)("as %s writes them", (flavour) => {
  test("one stray cell at XFD1048576 costs one cell, and is kept", async () => {
    const file = await write(`stray-${flavour}.xlsx`, {
      flavour,
      sheets: [
        { name: "Quality", rows: [HEADER, ...actions(6)], cells: { XFD1048576: "stray on the plan sheet" } },
        { name: "Notes", cells: { A1: "x", XFD1048576: "far" } },
      ],
    });
    expect((await check(file)).actions).toHaveLength(6);
    const { book } = await consolidate(file);
    expect(book.getWorksheet("Notes")?.getCell("XFD1048576").value).toBe("far");
    expect(book.getWorksheet("Quality")?.getCell("XFD1048576").value).toBe("stray on the plan sheet");
  });

  test("drop-downs on whole columns stay one range each, in and out", async () => {
    const lists = ["C", "D", "E", "F", "G"].map((c) => ({ sqref: `${c}2:${c}1048576`, list: '"Red,Amber,Green"' }));
    const file = await write(`whole-columns-${flavour}.xlsx`, {
      flavour,
      sheets: [
        { name: "Quality", rows: [HEADER, ...actions(6)], listValidations: lists },
        { name: "Everything", rows: [["x"]], listValidations: [{ sqref: "A1:XFD1048576", list: '"a,b"' }] },
      ],
    });
    const { output } = await consolidate(file, false);
    const quality = await partOf(output, "xl/worksheets/sheet1.xml");
    for (const c of ["C", "D", "E", "F", "G"]) expect(quality).toContain(`sqref="${c}2:${c}1048576"`);
    expect((quality.match(/<dataValidation /g) ?? []).length).toBe(5);
    expect(await partOf(output, "xl/worksheets/sheet2.xml")).toContain('sqref="A1:XFD1048576"');
  });

  test("a table without a style element is written back, with nothing left behind", async () => {
    const file = await write(`unstyled-table-${flavour}.xlsx`, {
      flavour,
      sheets: [
        {
          name: "Quality",
          rows: [HEADER, ...actions(3)],
          tables: [{ ref: "A1:G4", columns: HEADER as string[], styled: false }],
        },
      ],
    });
    const { output } = await consolidate(file, false);
    expect(await partOf(output, "xl/tables/table1.xml")).toBe(await partOf(file, "xl/tables/table1.xml"));
    expect(await partOf(output, "xl/tables/table1.xml")).toContain('ref="A1:G4"');
    expect(fs.readdirSync(tmp).filter((n) => n.includes(".partial-"))).toEqual([]);
  });
});

describe.each(FLAVOURS)("dates far from the plan (%s)", (flavour) => {
  test.each([
    ["9999-12-31", "31/12/9999"],
    ["2059-12-31", "31/12/2059"],
  ])("a due date of %s: five years of weeks at most, and a warning at its cell", async (iso, uk) => {
    const far: RawValue[] = ["Q9", "Open ended", "Jane Smith", { date: "2009-11-02" }, { date: iso }, "", ""];
    const file = await write(`far-${iso}-${flavour}.xlsx`, {
      flavour,
      sheets: [{ name: "Quality", rows: [HEADER, ...actions(3), far] }],
    });
    const checked = await check(file);
    const warning = checked.problems.find((p) => p.cell === "E5" && /far from the rest of the plan/.test(p.message));
    expect(warning?.message).toContain(`Due date ${uk} of action Q9`);
    const { book, out } = await consolidate(file);
    expect(out).toMatch(/\(260 weeks\)/);
    // 260 week columns and the fixed ones: never thousands, never past Excel's 16,384.
    expect(book.getWorksheet("Timeline")!.actualColumnCount).toBeLessThan(300);
    expect(book.getWorksheet("Load")!.actualColumnCount).toBeLessThan(300);
  });

  // openpyxl writes date1904="1", LibreOffice date1904="true": both are the standard's booleans.
  test("a 1904 workbook keeps every date on its day", async () => {
    // 1904 serials by hand: 2009-11-02 is 1900-serial 40119, less the 1,462 days between the systems.
    const file = await write(`mac-${flavour}.xlsx`, {
      flavour,
      date1904: true,
      sheets: [{ name: "Quality", rows: [HEADER, ["Q1", "Audit", "Jane Smith", 40119 - 1462, 40144 - 1462, "", ""]] }],
    });
    expect((await check(file)).actions[0]).toMatchObject({ start: "2009-11-02", due: "2009-11-27" });
    const { output } = await consolidate(file, false);
    // The writer keeps the user's workbook part as written; ExcelJS, which reads the output here, knows only "1".
    const zip = await JSZip.loadAsync(fs.readFileSync(output));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toContain(flavour === "libreoffice" ? 'date1904="true"' : 'date1904="1"');
    zip.file("xl/workbook.xml", workbookXml.replace('date1904="true"', 'date1904="1"'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await zip.generateAsync({ type: "arraybuffer" })) as ArrayBuffer);
    const timeline = book.getWorksheet("Timeline")!;
    const row = [...Array(timeline.rowCount).keys()]
      .map((r) => timeline.getRow(r + 1))
      .find((r) => r.getCell(1).value === "Q1")!;
    const dates = (row.values as unknown[])
      .filter((v): v is Date => v instanceof Date)
      .map((d) => d.toISOString().slice(0, 10));
    expect(dates).toEqual(["2009-11-02", "2009-11-27"]);
    // Every week heading of the Gantt and the Load is a Monday (1904 serials read as 1900 ones fall on Sundays).
    for (const name of ["Timeline", "Load"]) {
      const headings: Date[] = [];
      book.getWorksheet(name)!.eachRow((r, n) => {
        if (n < 8)
          r.eachCell((cell) => cell.value instanceof Date && cell.numFmt === "dd/mm" && headings.push(cell.value));
      });
      const weekdays = new Set(headings.map((h) => h.getUTCDay()));
      expect(headings.length).toBeGreaterThan(0);
      expect([...weekdays]).toEqual([1]);
    }
  });
});

describe.each(FLAVOURS)("sheets the planner must not skip (%s)", (flavour) => {
  test("actions on a sheet named Plan are read", async () => {
    const file = await write(`named-plan-${flavour}.xlsx`, {
      flavour,
      sheets: [{ name: "Plan", rows: [HEADER, ...actions(3)] }],
    });
    expect((await check(file)).actions.map((a) => a.id)).toEqual(["Q1", "Q2", "Q3"]);
  });

  test("a title that begins with the planner's words is the user's title", async () => {
    const rows = [["Implementation Planner — Northside consortium 2009–10"], [], HEADER, ...actions(3)];
    const file = await write(`title-${flavour}.xlsx`, {
      flavour,
      sheets: [{ name: "Quality", rows }],
    });
    expect((await check(file)).actions).toHaveLength(3);
  });

  test("a user's sheet named Load with the planner's title but not its mark is left alone", async () => {
    const file = await write(`user-load-${flavour}.xlsx`, {
      flavour,
      sheets: [
        { name: "Quality", rows: [HEADER, ...actions(3)] },
        { name: "Load", rows: [["Implementation Planner — Load"], ["my own notes"]] },
      ],
      names: [{ name: "Planner_Sheet_Timeline", refersTo: "Quality!$A$1" }],
    });
    const { book, out } = await consolidate(file);
    expect(book.getWorksheet("Load")!.getCell("A2").value).toBe("my own notes");
    expect(out).toContain('the add-in\'s Load is written as "Load (plan)"');
  });
});

test("a workbook consolidated before the marks existed: a titled sheet is still the planner's, never read as a plan", async () => {
  const rows: RawValue[][] = [HEADER, ...actions(2)];
  const file = await write("legacy.xlsx", {
    sheets: [
      { name: "Quality", rows },
      { name: "Load", rows: [["Implementation Planner — Load"], [], ...rows] },
    ],
  });
  expect((await check(file)).actions.map((a) => a.id)).toEqual(["Q1", "Q2"]);
  const { book } = await consolidate(file);
  expect(book.worksheets.map((s) => s.name)).not.toContain("Load (plan)");
});

describe.each(FLAVOURS)("people (%s)", (flavour) => {
  const people: RawSheet = {
    name: "People",
    rows: [
      ["Name", "Capacity"],
      ["Head of Teaching and Learning", 5],
      ["Smith, Jane", 2],
    ],
  };

  test("names People lists whole are never split; spellings that differ invisibly are one person", async () => {
    const rows: RawValue[][] = [
      HEADER,
      ...actions(4, "Head of Teaching and Learning"),
      ["J1", "A", "Jane Smith", { date: "2009-11-02" }, { date: "2009-11-27" }, "", ""],
      ["J2", "B", "Jane\u200b Smith", { date: "2009-11-02" }, { date: "2009-11-27" }, "", ""],
      ["J3", "C", "\uff2aane Smith", { date: "2009-11-02" }, { date: "2009-11-27" }, "", ""],
      ["J4", "D", "Smith, Jane", { date: "2009-11-02" }, { date: "2009-11-27" }, "", ""],
    ];
    const file = await write(`people-${flavour}.xlsx`, {
      flavour,
      sheets: [people, { name: "Quality", rows }],
    });
    const checked = await check(file);
    // Four actions against capacity 5: not overloaded. Jane: four actions against 2.
    expect(checked.overloads.map((o) => o.owner)).toEqual(["Smith, Jane", "Smith, Jane", "Smith, Jane", "Smith, Jane"]);
    expect(new Set(checked.actions.flatMap((a) => a.owners))).toEqual(
      new Set(["Head of Teaching and Learning", "Smith, Jane"]),
    );
    expect(checked.problems.filter((p) => /not on the People sheet/.test(p.message))).toEqual([]);
  });
});

describe("two-row headers", () => {
  test.each([
    ["without merged cells", []],
    ["with the group heading merged", ["D1:E1"]],
  ])("Timescales over Start | End date, %s", async (_, merges) => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("Quality");
    sheet.addRow(["ID", "Action", "Owner", "Timescales", null]);
    sheet.addRow([null, null, null, "Start", "End date"]);
    sheet.addRow(["Q1", "Audit", "Jane Smith", new Date(Date.UTC(2009, 10, 2)), new Date(Date.UTC(2009, 10, 27))]);
    for (const range of merges) sheet.mergeCells(range);
    const file = path.join(tmp, `two-row-${merges.length}.xlsx`);
    await wb.xlsx.writeFile(file);
    const checked = await check(file);
    expect(checked.actions).toEqual([expect.objectContaining({ id: "Q1", start: "2009-11-02", due: "2009-11-27" })]);
    expect(checked.problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});

describe("Excel's limits on a cell", () => {
  test("one owner with 10,000 actions in a week: notes list twenty and say how many more", async () => {
    const file = await write("one-owner.xlsx", { sheets: [{ name: "Quality", rows: [HEADER, ...actions(10_000)] }] });
    const { output, out } = await consolidate(file);
    expect(out).toContain("Jane Smith: worst week 02/11/2009 — 10000 against capacity 3");
    // The flags' notes are in the comments part the Quality sheet links to.
    const rels = await partOf(output, "xl/worksheets/_rels/sheet1.xml.rels");
    const linked = /Target="\.\.\/(comments\d+\.xml)"/.exec(rels)?.[1];
    const comments = await partOf(output, `xl/${linked}`);
    const notes = [...comments.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    expect(notes).toHaveLength(10_000);
    expect(notes[0]).toContain("Q19, Q20 and 9,980 more");
    expect(Math.max(...notes.map((n) => n.length))).toBeLessThan(32_767);
  }, 60_000);

  test("a long action text never makes a Load cell longer than 32,767 characters", async () => {
    const long = "x".repeat(32_700);
    const rows = [HEADER, ...actions(4).map((r, i): RawValue[] => (i === 0 ? [r[0], long, ...r.slice(2)] : r))];
    const { book } = await consolidate(await write("long.xlsx", { sheets: [{ name: "Quality", rows }] }));
    let longest = 0;
    book
      .getWorksheet("Load")!
      .eachRow((row) => row.eachCell((cell) => (longest = Math.max(longest, String(cell.value).length))));
    expect(longest).toBeGreaterThan(32_000);
    expect(longest).toBeLessThanOrEqual(32_767);
  });
});
