/**
 * The owned sheets written straight as XML look as the ExcelJS renderer makes
 * them: the fixture's consolidation rendered both ways, both read back with
 * ExcelJS (an independent reader), compared cell by cell — value, number
 * format, bold, italic, fill, wrap, bottom border — and by column widths,
 * merges, frozen panes and rule counts.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { consolidateFile } from "../../../src/cli/consolidateFile";
import type { Io } from "../../../src/cli/program";
import { addSpecSheet } from "../../../src/xlsx/renderWorkbookSpec";

const FIXTURE = path.resolve(__dirname, "../../fixtures/consolidate-plan.xlsx");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "implan-owned-"));
const io: Io = { out: () => undefined, err: () => undefined, progress: false };
const NOW = new Date(2009, 10, 16, 9, 30);

/** What a reader sees of a cell, in one comparable shape. */
function look(cell: ExcelJS.Cell): unknown {
  const v = cell.value as unknown;
  // Links are compared apart (linksOf): ExcelJS reads only the links it wrote itself, through relationships.
  const value =
    v && typeof v === "object" && "hyperlink" in v
      ? (v as unknown as { text: string }).text
      : v && typeof v === "object" && "formula" in v
        ? { formula: (v as { formula: string }).formula }
        : (v ?? null);
  const fill = cell.fill && cell.fill.type === "pattern" ? (cell.fill.fgColor?.argb ?? null) : null;
  return {
    value,
    numFmt: cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null,
    bold: cell.font?.bold === true,
    italic: cell.font?.italic === true,
    fill,
    wrap: cell.alignment?.wrapText === true,
    border: cell.border?.bottom?.color?.argb ?? null,
  };
}

function cellsOf(sheet: ExcelJS.Worksheet): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const seen = look(cell) as { value: unknown; numFmt: unknown; bold: boolean; fill: unknown };
      if (seen.value !== null || seen.numFmt || seen.bold || seen.fill) cells.set(cell.address, seen);
    }),
  );
  return cells;
}

/** Each in-workbook link of the reference sheet as `address target`. */
function referenceLinks(sheet: ExcelJS.Worksheet): string[] {
  const links: string[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as { hyperlink?: string } | null;
      if (v && typeof v === "object" && v.hyperlink) links.push(`${cell.address} ${v.hyperlink.replace(/^#/, "")}`);
    }),
  );
  return links.sort();
}

/** Each link of a sheet in a package, as `address location`, read from its XML. */
async function packageLinks(file: string, sheet: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const book = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const tag = [...book.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${sheet}"`)) ?? "";
  const id = /r:id="([^"]*)"/.exec(tag)?.[1];
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${id}"`)) ?? "";
  const target = /Target="\/?(?:xl\/)?([^"]*)"/.exec(rel)?.[1];
  const xml = await zip.file(`xl/${target}`)!.async("string");
  const unescape = (t: string) =>
    t
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<hyperlink ref="([^"]+)" location="([^"]+)"/g)]
    .map((m) => `${m[1]} ${unescape(m[2])}`)
    .sort();
}

test("Dashboard, Timeline and Load read back as the ExcelJS renderer writes them", async () => {
  const output = path.join(tmp, "by-parts.xlsx");
  const { spec } = await consolidateFile(FIXTURE, { output, force: true }, io, NOW);
  const reference = new ExcelJS.Workbook();
  for (const sheet of spec.sheets) addSpecSheet(reference, sheet);
  const referenceFile = path.join(tmp, "reference.xlsx");
  await reference.xlsx.writeFile(referenceFile);

  const [mine, theirs] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
  await mine.xlsx.readFile(output);
  await theirs.xlsx.readFile(referenceFile);
  for (const { name } of spec.sheets) {
    const a = mine.getWorksheet(name) as ExcelJS.Worksheet;
    const b = theirs.getWorksheet(name) as ExcelJS.Worksheet;
    expect([name, Object.fromEntries(cellsOf(a))]).toEqual([name, Object.fromEntries(cellsOf(b))]);
    expect([name, await packageLinks(output, name)]).toEqual([name, referenceLinks(b)]);
    // ExcelJS takes a width of 9 for its default and does not write it; the direct writer keeps it.
    const widths = (s: ExcelJS.Worksheet) => (s.columns ?? []).map((c) => (c.width === 9 ? null : (c.width ?? null)));
    expect([name, widths(a)]).toEqual([name, widths(b)]);
    const merges = (s: ExcelJS.Worksheet) => Object.keys((s as unknown as { _merges: object })._merges).sort();
    expect([name, merges(a)]).toEqual([name, merges(b)]);
    const pane = (s: ExcelJS.Worksheet) =>
      s.views.map((v) => [v.state, (v as { xSplit?: number }).xSplit ?? 0, (v as { ySplit?: number }).ySplit ?? 0]);
    expect([name, pane(a)]).toEqual([name, pane(b)]);
    const rules = (s: ExcelJS.Worksheet) =>
      (
        (s as unknown as { conditionalFormattings?: { ref: string; rules: { type: string }[] }[] })
          .conditionalFormattings ?? []
      )
        .flatMap((f) => f.rules.map((r) => `${f.ref} ${r.type}`))
        .sort();
    expect([name, rules(a)]).toEqual([name, rules(b)]);
  }
});
