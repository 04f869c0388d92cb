/**
 * An independent engine reads what consolidate writes: LibreOffice opens the
 * consolidated fixture, recalculates its formulas, and exports every sheet;
 * each Load cell, Dashboard count and Timeline row must match the engine.
 * Also renders the demo's Timeline and Load to PNG under tests/artifacts/.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { consolidateFile } from "../../src/cli/consolidateFile";
import { writeDemo } from "../../src/cli/writeDemo";
import type { Io } from "../../src/cli/program";
import type { Analysis } from "../../src/core/analysisTypes";
import { isoOf } from "../../src/core/days";
import { ragColumns } from "../../src/sheets/dashboardSheet";
import { describeWithEngines } from "../../testkit/engines";
import { exportSheetsAsCsv, renderFirstPagePng } from "./soffice";

const FIXTURE = path.resolve(__dirname, "../fixtures/consolidate-plan.xlsx");
const ARTIFACTS = path.resolve(__dirname, "../artifacts");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "implan-lo-"));
const io: Io = { out: () => undefined, err: () => undefined, progress: false };

/** LibreOffice writes raw dates as MM/DD/YYYY. */
function isoFromCsv(text: string): string {
  const m = /^(\d\d)\/(\d\d)\/(\d{4})$/.exec(text);
  if (!m) throw new Error(`not a date: ${text}`);
  return `${m[3]}-${m[1]}-${m[2]}`;
}

function rowStarting(rows: string[][], first: string, from = 0): string[] {
  const row = rows.slice(from).find((r) => r[0] === first);
  if (!row) throw new Error(`no row starting ${first}`);
  return row;
}

describeWithEngines(["soffice"], __filename, "LibreOffice reads the consolidated fixture", () => {
  let analysis: Analysis;
  let sheets: Map<string, string[][]>;

  beforeAll(async () => {
    const out = path.join(tmp, "consolidated.xlsx");
    analysis = (await consolidateFile(FIXTURE, { output: out }, io, new Date(2009, 10, 16, 9, 30))).analysis;
    sheets = exportSheetsAsCsv(out, path.join(tmp, "csv"));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, "consolidate-plan.engine.json"), JSON.stringify(analysis, null, 2));
  });

  test("every Load cell, week date, peak, capacity and overloaded-weeks count equals the engine's", () => {
    const rows = sheets.get("Load") ?? [];
    const header = rowStarting(rows, "Owner");
    const weeks = analysis.loadSpan.weeks;
    expect(header.slice(1, 1 + weeks).map(isoFromCsv)).toEqual(
      Array.from({ length: weeks }, (_, i) => isoOf(analysis.loadSpan.firstWeek + 7 * i)),
    );
    expect(analysis.load.length).toBeGreaterThan(0);
    for (const owner of analysis.load) {
      const row = rowStarting(rows, owner.owner).map(Number);
      expect(row.slice(1, 1 + weeks)).toEqual(owner.weeks);
      expect(row.slice(1 + weeks, 4 + weeks)).toEqual([owner.peak, owner.capacity, owner.overloadedWeeks]);
    }
  });

  test("the Dashboard's RAG counts by area and overall, and its headline counts, equal the engine's", () => {
    const rows = sheets.get("Dashboard") ?? [];
    const rags = ragColumns(analysis, 3);
    expect(rowStarting(rows, "Area").slice(1, 1 + rags.length)).toEqual(rags);
    const from = rows.findIndex((r) => r[0] === "Area");
    for (const area of analysis.areas) {
      const row = rowStarting(rows, area.name, from);
      expect(row.slice(1, 1 + rags.length).map(Number)).toEqual(rags.map((v) => area.rag[v]));
      expect(row.slice(1 + rags.length, 3 + rags.length)).toEqual([String(area.actions), area.overall]);
    }
    const all = rowStarting(rows, "All areas");
    expect(all.slice(1, 1 + rags.length).map(Number)).toEqual(rags.map((v) => analysis.overall.rag[v]));
    const kpi = (label: string) => Number(rowStarting(rows, label)[1]);
    expect(kpi("Actions")).toBe(analysis.timeline.length);
    expect(kpi("Overdue actions")).toBe(analysis.overdue.length);
    expect(kpi("Overloaded owners")).toBe(new Set(analysis.overloads.map((o) => o.owner)).size);
    expect(kpi("Deadline clashes")).toBe(analysis.clashes.length);
  });

  test("the Timeline lists every action in the engine's order, text as text", () => {
    const rows = sheets.get("Timeline (plan)") ?? [];
    const at = rows.findIndex((r) => r[0] === "ID");
    const listed = rows.slice(at + 1).filter((r) => r[0] !== "");
    expect(listed.map((r) => r[0])).toEqual(analysis.timeline.map((a) => a.id));
    expect(listed.map((r) => r[2])).toEqual(analysis.timeline.map((a) => a.action));
    expect(listed.map((r) => r[2])).toContain('=HYPERLINK("http://example.org/cpd")');
  });

  test("the Plan sheet's formulas, recalculated, show each area's actions and overall RAG from the Dashboard", () => {
    const rows = sheets.get("Plan") ?? [];
    for (const area of analysis.areas) {
      const row = rowStarting(rows, area.name);
      expect(row.slice(5, 7)).toEqual([String(area.actions), area.overall]);
    }
  });

  test("the user's own Timeline sheet is still theirs", () => {
    expect(sheets.get("Timeline")?.[0][0]).toBe("Our own timeline of board meetings");
  });
});

describeWithEngines(["soffice", "pdftoppm"], __filename, "pictures of the demo", () => {
  test.each(["Timeline", "Load"])("the demo's %s sheet renders to PNG", async (name) => {
    const demo = path.join(tmp, "demo.xlsx");
    if (!fs.existsSync(demo)) await writeDemo(demo, io);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(demo);
    for (const sheet of wb.worksheets.filter((s) => s.name !== name)) wb.removeWorksheet(sheet.id);
    const only = wb.worksheets[0];
    // Landscape, one page wide: the picture the README shows.
    only.pageSetup = {
      ...only.pageSetup,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
    const file = path.join(tmp, `demo-${name.toLowerCase()}.xlsx`);
    await wb.xlsx.writeFile(file);
    // The sheet's used part of the landscape page at 200 dpi: the picture docs/ keeps for the README.
    const crop = { x: 130, y: 140, width: 1950, height: name === "Timeline" ? 380 : 340 };
    const png = renderFirstPagePng(file, path.join(tmp, "png"), `demo-${name.toLowerCase()}`, 200, crop);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const target = path.join(ARTIFACTS, path.basename(png));
    fs.copyFileSync(png, target);
    expect(fs.readFileSync(target).subarray(1, 4).toString()).toBe("PNG");
    expect(fs.statSync(target).size).toBeGreaterThan(10_000);
  });
});
