/**
 * The two hosts agree: the fixture plan consolidated through Office.js (the
 * fake) and through the .xlsx writer (the file `implan consolidate` writes) gives the same owned sheets —
 * values, number formats and rule counts — cell by cell. The one difference
 * is the Dashboard chart, which only Office.js can draw.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "fs";
import * as os from "os";
import { baselineFile } from "../../src/cli/baselineFile";
import { consolidateFile } from "../../src/cli/consolidateFile";
import { rollupConsolidate } from "../../src/cli/rollupConsolidate";
import { busy, partnerPlan } from "../../testkit/partnerPlans";
import { rawXlsx } from "../../testkit/rawXlsx";
import type { Io } from "../../src/cli/program";
import * as path from "path";
import { consolidateWorkbook } from "../../src/excel";
import { formattingsOf } from "../../src/xlsx/conditionalFormats";
import type { SheetState } from "../../testkit/excelFake/state";
import { FIXTURES, fakeFromFixture } from "./support";

const NOW = new Date(2009, 10, 16, 9, 0);

type Shown = string | number | boolean;

/** What a cell shows, how it is formatted, from the .xlsx host. */
function xlsxCells(sheet: ExcelJS.Worksheet): Map<string, [Shown, string]> {
  const cells = new Map<string, [Shown, string]>();
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const read = cell.value as unknown;
      // ExcelJS reads a date-formatted number from a file as a Date: back to its (1900) serial, as written.
      const v = read instanceof Date ? read.getTime() / 86_400_000 + 25_569 : read;
      const shown =
        v !== null && typeof v === "object"
          ? "formula" in v
            ? `=${String((v as { formula: string }).formula).replace(/^=/, "")}`
            : "text" in v
              ? String((v as { text: unknown }).text)
              : JSON.stringify(v)
          : (v as Shown);
      if (shown === "" || shown === null) return;
      cells.set(cell.address, [shown, cell.numFmt || sheet.getColumn(cell.col).numFmt || "General"]);
    }),
  );
  return cells;
}

/** The same from the fake Office.js host (formulas as their text; HYPERLINKs as the text they show). */
function fakeCells(sheet: SheetState): Map<string, [Shown, string]> {
  const cells = new Map<string, [Shown, string]>();
  for (const [address, cell] of sheet.cells) {
    const hyperlink = cell.formula?.startsWith("=HYPERLINK(");
    const shown = cell.formula && !hyperlink ? cell.formula : cell.value;
    if (shown === "") continue;
    const column = address.replace(/\d+$/, "");
    cells.set(address, [shown, cell.numberFormat ?? sheet.columns.get(column)?.numberFormat ?? "General"]);
  }
  return cells;
}

/** The fixture plan consolidated by both hosts: the .xlsx side is the file `implan consolidate` writes, read back with ExcelJS. */
async function bothHosts(file = path.join(FIXTURES, "consolidate-plan.xlsx")) {
  const fake = await fakeFromFixture(file);
  const outcome = await consolidateWorkbook({ run: fake.run, now: NOW, notes: true });

  // IDs are filled as the add-in fills them by default.
  const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "implan-two-hosts-")), "consolidated.xlsx");
  const io: Io = { out: () => undefined, err: () => undefined, progress: false };
  const { spec, analysis: written } = await consolidateFile(file, { output, fillIds: true }, io, NOW);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  return { fake, outcome, workbook, spec, written, output };
}

/**
 * A file's formula as Excel shows it: the stored prefixes taken off (`_xlfn.`,
 * `_xlpm.`, a declared optional `_xlop.x` as `[x]`, `_xldudf_PLAN_X` as `PLAN.X`).
 */
function typedFromStored(stored: string): string {
  return `=${stored
    .replace(/_xlfn\./g, "")
    .replace(/_xlpm\./g, "")
    .replace(/_xlop\.(\w+)/g, "[$1]")
    .replace(/_xldudf_PLAN_/g, "PLAN.")}`;
}

function decoded(xml: string): string {
  return xml
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** `'Load'!$A$1` as Excel shows it, `Load!$A$1`: quotes only where a sheet name needs them. */
function plainSheetNames(formula: string): string {
  return formula.replace(/'([A-Za-z_][A-Za-z0-9_.]*)'!/g, "$1!");
}

/** Each workbook-scoped defined name of a saved file: its formula as Excel shows it, and its comment. */
async function namesInFile(file: string): Promise<Map<string, [string, string]>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const names = new Map<string, [string, string]>();
  for (const [, attributes, text] of xml.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)) {
    if (/localSheetId=/.test(attributes)) continue;
    const name = /name="([^"]*)"/.exec(attributes)?.[1] ?? "";
    const comment = /comment="([^"]*)"/.exec(attributes)?.[1] ?? "";
    names.set(name, [plainSheetNames(typedFromStored(decoded(text))), decoded(comment)]);
  }
  return names;
}

test("both hosts write the same defined names, the short function names included, each in its own spelling", async () => {
  const { fake, output } = await bothHosts();
  const viaXlsx = await namesInFile(output);
  const viaOffice = new Map(
    [...fake.state.names].map(([name, formula]) => [
      name,
      [plainSheetNames(formula), fake.state.nameComments.get(name) ?? ""],
    ]),
  );
  expect([...viaOffice.keys()].sort()).toEqual([...viaXlsx.keys()].sort());
  expect(Object.fromEntries(viaOffice)).toEqual(Object.fromEntries(viaXlsx));
  expect(viaXlsx.get("RAGSUMMARY")?.[0]).toMatch(/^=LAMBDA\(ratings,\[format\],/);
});

/**
 * The fixture with a baseline set on 02/11/2009 and W2's due date moved a week
 * later since: the Timeline has its Baseline due and Slip columns and the
 * baseline week's rule, the Dashboard its section.
 */
async function withBaseline(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "implan-two-hosts-"));
  const based = path.join(dir, "based.xlsx");
  const io: Io = { out: () => undefined, err: () => undefined, progress: false };
  await baselineFile(path.join(FIXTURES, "consolidate-plan.xlsx"), { output: based, asOf: "2009-11-02" }, io);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(based);
  const workforce = workbook.getWorksheet("Workforce planning") as ExcelJS.Worksheet;
  workforce.eachRow((row) => {
    if (row.getCell(1).value === "W2") {
      row.eachCell((cell) => {
        if (cell.value instanceof Date && cell.value.toISOString().startsWith("2009-11-27"))
          cell.value = new Date(Date.UTC(2009, 11, 4));
      });
    }
  });
  const moved = path.join(dir, "moved.xlsx");
  await workbook.xlsx.writeFile(moved);
  return moved;
}

/**
 * A consortium workbook: three partners' plans sharing Jane Smith (two People
 * sheets disagreeing on her capacity) rolled up by `implan consolidate`, so the
 * Dashboard has its Plans section and the Timeline its Plan column.
 */
async function consortium(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "implan-two-hosts-"));
  const partner = async (file: string, name: string, people: [string, number][], ids: string[], owner: string) => {
    const sheets = partnerPlan(
      name,
      people.length > 0 ? people : null,
      ids.map((id) => busy(id, owner)),
    );
    fs.writeFileSync(path.join(dir, file), await rawXlsx({ sheets }));
    return path.join(dir, file);
  };
  const files = [
    await partner("north.xlsx", "Northside", [["Jane Smith", 3]], ["W1", "W2"], "Jane Smith"),
    await partner("east.xlsx", "Eastside", [["jane  smith", 2]], ["W1"], "jane  smith"),
    await partner("west.xlsx", "Westside", [], ["W1"], "JANE SMITH"),
  ];
  const io: Io = { out: () => undefined, err: () => undefined, progress: false };
  const output = path.join(dir, "consortium.xlsx");
  await rollupConsolidate(files, { output, asOf: "2009-11-16" }, io, NOW);
  return output;
}

test.each([
  ["the fixture plan", async () => path.join(FIXTURES, "consolidate-plan.xlsx")],
  ["the fixture plan with a baseline and a slip", withBaseline],
  ["a consortium workbook of three partners' plans", consortium],
])("Consolidate writes the same owned sheets through Office.js and through the .xlsx host: %s", async (_case, file) => {
  const { fake, outcome, workbook, spec, written } = await bothHosts(await file());

  expect(outcome.sheets).toEqual(spec.sheets.map((s) => s.name));
  for (const name of outcome.sheets) {
    const viaOffice = fake.state.sheets.find((s) => s.name === name) as SheetState;
    const viaXlsx = workbook.getWorksheet(name) as ExcelJS.Worksheet;
    const office = fakeCells(viaOffice);
    const xlsx = xlsxCells(viaXlsx);
    // Where Office.js draws the chart, the .xlsx writer (which cannot) says so in the anchor cell.
    const sheetSpec = spec.sheets.find((s) => s.name === name);
    for (const chart of sheetSpec?.charts ?? []) xlsx.delete(chart.anchor);
    expect(viaOffice.charts.map((c) => c.title)).toEqual(sheetSpec?.charts.map((c) => c.title));
    expect([name, [...office.keys()].sort()]).toEqual([name, [...xlsx.keys()].sort()]);
    for (const [address, cell] of xlsx) {
      const mine = office.get(address);
      // A link's cell is General in Excel (a text format would keep its HYPERLINK formula as text).
      // Text is text either way: a string in an .xlsx file is stored as a string, while through
      // Office.js it must sit in a text-formatted cell, or Excel parses it the en-US way.
      const link = viaOffice.cells.get(address)?.formula?.startsWith("=HYPERLINK(");
      const textAsText = typeof cell[0] === "string" && mine?.[1] === "@";
      const format = link || textAsText ? cell[1] : mine?.[1];
      expect([name, address, mine?.[0], format]).toEqual([name, address, cell[0], cell[1]]);
    }
    const xlsxRules = formattingsOf(viaXlsx).reduce((n, f) => n + f.rules.length, 0);
    expect([name, viaOffice.rules.length]).toEqual([name, xlsxRules]);
  }
  expect(outcome.analysis.overloads).toEqual(written.overloads);
  if (_case.includes("consortium")) {
    expect(outcome.analysis.plans?.map((p) => p.plan)).toEqual(["Northside", "Eastside", "Westside"]);
    const dashboard = fakeCells(fake.state.sheets.find((s) => s.name === spec.sheets[0].name) as SheetState);
    expect([...dashboard.values()].some(([v]) => v === "Plans (3): RAG by plan")).toBe(true);
  }
  if (_case.includes("baseline")) {
    expect(outcome.baseline?.slipped.map((m) => [m.id, m.days])).toEqual([["W2", 7]]);
    expect(fakeCells(fake.state.sheets.find((s) => s.name === spec.sheets[1].name) as SheetState).get("M4")?.[0]).toBe(
      "Baseline due",
    );
  }
});

/** A sheet's page set-up in one shape for both hosts. */
interface Printed {
  orientation?: string;
  paper?: string;
  fit?: string;
  area?: string;
  titleRows?: string;
  titleColumns?: string;
  footer?: string;
}

function printedByOffice(sheet: SheetState): Printed {
  const layout = sheet.pageLayout;
  if (!layout) return {};
  const zoom = layout.zoom ?? {};
  return {
    orientation: layout.orientation?.toLowerCase(),
    paper: layout.paperSize,
    fit: zoom.scale !== undefined ? `scale ${zoom.scale}` : `${zoom.horizontalFitToPages}x${zoom.verticalFitToPages}`,
    area: layout.printArea?.replace(/\$/g, ""),
    titleRows: layout.titleRows?.replace(/\$/g, ""),
    titleColumns: layout.titleColumns?.replace(/\$/g, ""),
    footer: `&L${layout.footer.left ?? ""}&C${layout.footer.center ?? ""}&R${layout.footer.right ?? ""}`,
  };
}

function printedByFile(sheet: ExcelJS.Worksheet): Printed {
  const setup = sheet.pageSetup;
  return {
    orientation: setup.orientation,
    paper: setup.paperSize === 9 ? "A4" : String(setup.paperSize),
    fit: setup.fitToPage ? `${setup.fitToWidth}x${setup.fitToHeight}` : `scale ${setup.scale}`,
    area: setup.printArea?.replace(/\$/g, ""),
    titleRows: setup.printTitlesRow,
    titleColumns: setup.printTitlesColumn,
    footer: sheet.headerFooter.oddFooter,
  };
}

test("both hosts give the owned sheets the same page set-up, and the same data bars and heat strip", async () => {
  const { fake, workbook, spec } = await bothHosts();
  // Read the file back, as Excel would open it.
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load(await workbook.xlsx.writeBuffer());
  for (const sheetSpec of spec.sheets) {
    const viaOffice = fake.state.sheets.find((s) => s.name === sheetSpec.name) as SheetState;
    const viaXlsx = saved.getWorksheet(sheetSpec.name) as ExcelJS.Worksheet;
    const office = printedByOffice(viaOffice);
    expect([sheetSpec.name, office]).toEqual([sheetSpec.name, printedByFile(viaXlsx)]);
    expect(office.paper).toBe("A4");
    expect(office.orientation).toBe("landscape");
    const bars = (rules: readonly object[]) =>
      rules.filter((r) => ["dataBar", "DataBar"].includes((r as { type?: string }).type ?? "")).length;
    expect(bars(viaOffice.rules)).toBe(bars(formattingsOf(viaXlsx).flatMap((f) => f.rules)));
  }
  const dashboard = fake.state.sheets.find((s) => s.name === "Dashboard") as SheetState;
  expect(dashboard.pageLayout?.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
  expect(dashboard.rules.filter((r) => r.type === "DataBar").length).toBeGreaterThan(0);
});

test("both hosts flag the same owner cells on the user's sheets: the same notes, word for word, and one marked rule each", async () => {
  const { fake, workbook, spec } = await bothHosts();
  const owned = new Set(spec.sheets.map((s) => s.name));
  for (const viaOffice of fake.state.sheets.filter((s) => !owned.has(s.name))) {
    const viaXlsx = workbook.getWorksheet(viaOffice.name) as ExcelJS.Worksheet;
    const fileNotes = new Map<string, string>();
    viaXlsx.eachRow((row) =>
      row.eachCell((cell) => {
        const note = cell.note as string | { texts?: { text: string }[] } | undefined;
        const text = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
        if (text) fileNotes.set(cell.address, text);
      }),
    );
    // The fake is built from the fixture's cells, not its notes: the planner's part of each note is compared
    // (the file keeps the user's note above it, checked below).
    const plannersPart = (notes: Map<string, string>) =>
      Object.fromEntries(
        [...notes].map(([cell, text]) => [cell, text.slice(text.indexOf("[Implementation Planner]"))]),
      );
    expect([viaOffice.name, plannersPart(fileNotes)]).toEqual([viaOffice.name, plannersPart(viaOffice.notes)]);
    if (viaOffice.name === "Workforce planning") {
      expect(fileNotes.get("F6")).toMatch(/^Jane is also covering exams this term\n\n\[Implementation Planner\]\n/);
    }
    const marked = (formulas: string[]) => formulas.filter((f) => f.includes('N("Implementation Planner")=0')).length;
    const officeRules = viaOffice.rules.map((r) => String((r as { formula?: string }).formula ?? ""));
    const fileRules = formattingsOf(viaXlsx).flatMap((f) => f.rules.flatMap((r) => (r.formulae ?? []).map(String)));
    if (fileNotes.size > 0) expect(marked(fileRules)).toBeGreaterThan(0);
    expect([viaOffice.name, marked(fileRules)]).toEqual([viaOffice.name, marked(officeRules)]);
  }
});
