/**
 * The planner's sheets as they print, through LibreOffice (an independent
 * engine that honours the files' page set-up): the consolidated demo's
 * Dashboard is exactly one page, every Timeline and Load page repeats the
 * header row, and a new template prints each sheet one page wide. Each page
 * is known by its footer, which names the plan and the sheet (`&A`).
 * Also renders the Dashboard's page for the README (tests/artifacts/).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Io } from "../../src/cli/program";
import { writeDemo } from "../../src/cli/writeDemo";
import { writeTemplate } from "../../src/cli/writeTemplate";
import { TYPICAL_AREAS } from "../../src/sheets/typicalAreas";
import { describeWithEngines } from "../../testkit/engines";
import { printedPages, renderPdfPage } from "./soffice";

const ARTIFACTS = path.resolve(__dirname, "../artifacts");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "implan-print-"));
const io: Io = { out: () => undefined, err: () => undefined, progress: false };

/** The sheet a page belongs to, from its footer: "<plan> — <sheet>   As of …   Page n of m". */
function sheetOfPage(page: string, plan: string): string {
  const footer = page
    .split("\n")
    .reverse()
    .find((line) => line.includes(`${plan} — `));
  const match = footer ? new RegExp(`${plan} — (.+?)\\s{2,}`).exec(footer) : null;
  if (!match) throw new Error(`a page without the planner's footer:\n${page.slice(-400)}`);
  return match[1];
}

describeWithEngines(["soffice", "pdftoppm"], __filename, "printing the planner's sheets", () => {
  let pages: string[] = [];
  let pdf = "";
  const bySheet = new Map<string, string[]>();

  beforeAll(async () => {
    const demo = path.join(tmp, "demo.xlsx");
    await writeDemo(demo, io);
    ({ pdf, pages } = printedPages(demo, path.join(tmp, "pdf")));
    for (const page of pages) {
      const sheet = sheetOfPage(page, "Northside 14-19 Consortium");
      bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), page]);
    }
  }, 180_000);

  test("the Dashboard is exactly one page, with its title, the as-of date and the rule used", () => {
    const dashboard = bySheet.get("Dashboard") ?? [];
    expect(dashboard).toHaveLength(1);
    expect(dashboard[0]).toContain("Implementation Planner — Dashboard");
    expect(dashboard[0]).toMatch(/As of 18\/01\/2010/);
    expect(dashboard[0]).toMatch(/RAG by area \(roll-up rule: Worst of\)/);
    expect(dashboard[0]).toMatch(/Overloaded owners week by week/);
    // The problems list is for the plan's keeper, not the strategy group's page.
    expect(dashboard[0]).not.toMatch(/Problems \(\d+/);
  });

  test.each([
    ["Timeline", /\bID\s+Area\s+Action\b/],
    ["Load", /\bOwner\b/],
  ])("every %s page carries the header row (and the first columns beside each band of weeks)", (sheet, header) => {
    const printed = bySheet.get(sheet) ?? [];
    expect(printed.length).toBeGreaterThan(1);
    for (const page of printed) {
      expect(page).toMatch(header);
      // Week headings (dd/mm) are on every page: the band's own weeks.
      expect(page).toMatch(/\b\d\d\/\d\d\b/);
    }
    // The first column's names appear on every page: on the Load, each overloaded owner.
    if (sheet === "Load") for (const page of printed) expect(page).toContain("Jane Smith");
  });

  test("the Dashboard's page renders for the README", () => {
    const index = pages.findIndex((p) => sheetOfPage(p, "Northside 14-19 Consortium") === "Dashboard");
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const png = renderPdfPage(pdf, index + 1, path.join(ARTIFACTS, "dashboard-page.png"));
    expect(fs.readFileSync(png).subarray(1, 4).toString()).toBe("PNG");
  });

  test("a new template prints each sheet one page wide", async () => {
    const file = path.join(tmp, "template.xlsx");
    await writeTemplate(file, { name: "Eastside", start: "2026-09-01" }, io);
    const template = printedPages(file, path.join(tmp, "template-pdf")).pages;
    const sheets = template.map((p) => sheetOfPage(p, "Eastside"));
    // Plan, People, the typical areas and Risks, each on one page: none spills onto a second page across.
    expect(sheets).toEqual([...new Set(sheets)]);
    expect(sheets).toHaveLength(TYPICAL_AREAS.length + 3);
    expect(sheets[0]).toBe("Plan");
  });
});
