/**
 * The part-by-part writer on real packages (tests/fixtures/packages, made by
 * openpyxl, LibreOffice, a macro workbook, POI's pivot and threaded-comment
 * files, and one prefixed as the Open XML SDK writes): every part the planner does not own comes out byte for byte, every
 * relationship of the user's still stands, consolidating the output again
 * changes nothing but the owned sheets, and LibreOffice opens the output and
 * recalculates the Plan sheet's formulas. What may change is decided by hand
 * in expected.json, not read from the writer.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { baselineFile } from "../../../src/cli/baselineFile";
import { consolidateFile } from "../../../src/cli/consolidateFile";
import type { Io } from "../../../src/cli/program";
import { describeWithEngines } from "../../../testkit/engines";
import { exportSheetsAsCsv } from "../../libreoffice/soffice";

const DIR = path.resolve(__dirname, "../../fixtures/packages");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "implan-packages-"));
const NOW = new Date(2009, 10, 16, 9, 30);

interface Expected {
  mayChange: string[];
  kept: string[];
  owned: string[];
  planFormulas: Record<string, string>;
}
const expected = JSON.parse(fs.readFileSync(path.join(DIR, "expected.json"), "utf8")) as {
  files: Record<string, Expected>;
  alwaysMayChange: string[];
};
const FILES = Object.keys(expected.files);

async function partsOf(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) parts.set(entry.name, await entry.async("nodebuffer"));
  }
  return parts;
}

async function consolidate(input: string, output: string): Promise<string> {
  let out = "";
  const io: Io = { out: (text) => void (out += text), err: () => undefined, progress: false };
  await consolidateFile(input, { output, force: true, asOf: "2009-11-16" }, io, NOW);
  return out;
}

/** Each relationship as `part|Id|Type|Target`, read with a plain pattern (the test's own, not the writer's reader). */
function relationships(parts: Map<string, Buffer>): Set<string> {
  const found = new Set<string>();
  for (const [name, data] of parts) {
    if (!name.endsWith(".rels")) continue;
    for (const m of data.toString("utf8").matchAll(/<Relationship\b[^>]*>/g)) {
      const attr = (a: string) => new RegExp(`\\b${a}="([^"]*)"`).exec(m[0])?.[1] ?? "";
      found.add(`${name}|${attr("Id")}|${attr("Type")}|${attr("Target")}`);
    }
  }
  return found;
}

/** The parts of the named sheets and what hangs off them (their relationships, notes and drawing for notes). */
function sheetParts(parts: Map<string, Buffer>, sheets: string[]): Set<string> {
  const book = parts.get("xl/workbook.xml")?.toString("utf8") ?? "";
  const rels = parts.get("xl/_rels/workbook.xml.rels")?.toString("utf8") ?? "";
  const found = new Set<string>();
  for (const name of sheets) {
    const tag =
      [...book.matchAll(/<(?:x:)?sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${name}"`)) ?? "";
    const id = /r:id="([^"]*)"/.exec(tag)?.[1];
    const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${id}"`));
    const target = /Target="\/?(?:xl\/)?([^"]*)"/.exec(rel ?? "")?.[1];
    if (!target) throw new Error(`no part for sheet ${name}`);
    const sheet = `xl/${target}`;
    const sheetRels = sheet.replace(/([^/]+)$/, "_rels/$1.rels");
    found.add(sheet).add(sheetRels);
    for (const m of (parts.get(sheetRels)?.toString("utf8") ?? "").matchAll(/Target="\.\.\/([^"]*)"/g))
      found.add(`xl/${m[1]}`);
  }
  return found;
}

describe.each(FILES)("%s, consolidated part by part", (file) => {
  const want = expected.files[file];
  const input = path.join(DIR, file);
  const first = path.join(tmp, `first-${file}`);
  const second = path.join(tmp, `second-${file}`);
  let before: Map<string, Buffer>;
  let after: Map<string, Buffer>;
  let summary: string;

  beforeAll(async () => {
    summary = await consolidate(input, first);
    before = await partsOf(input);
    after = await partsOf(first);
  });

  test("written by parts, not whole", () => {
    expect(summary).toContain(`Wrote ${first}`);
    expect(summary).not.toContain("Written whole");
  });

  test("every part it does not own is present and byte for byte the same", () => {
    const mayChange = new Set([...expected.alwaysMayChange, ...want.mayChange]);
    const changed = [...before.keys()].filter((name) => !after.get(name)?.equals(before.get(name) as Buffer));
    expect(changed.filter((name) => !mayChange.has(name))).toEqual([]);
    for (const name of want.kept) {
      expect([name, after.get(name)?.equals(before.get(name) as Buffer)]).toEqual([name, true]);
    }
  });

  test("every element in a part it wrote or changed is in a namespace (an unprefixed one in an x: part would not be)", () => {
    const outside: string[] = [];
    for (const [name, data] of after) {
      // VML is left out: Excel's own has its root <xml> and a note's <div> in no namespace.
      if (!/\.(xml|rels)$/i.test(name) || before.get(name)?.equals(data)) continue;
      const parser = new SaxesParser({ xmlns: true });
      parser.on("opentag", (tag) => {
        if (!tag.uri) outside.push(`${name}: <${tag.name}>`);
      });
      parser.write(data.toString("utf8")).close();
    }
    expect(outside).toEqual([]);
  });

  test("every relationship of the input still stands, to the same target", () => {
    const kept = relationships(after);
    const missing = [...relationships(before)].filter((rel) => !kept.has(rel));
    expect(missing).toEqual([]);
  });

  test("consolidating the output again changes only the owned sheets", async () => {
    await consolidate(first, second);
    const again = await partsOf(second);
    const owned = sheetParts(after, want.owned);
    const changed = [...after.keys()].filter((name) => !again.get(name)?.equals(after.get(name) as Buffer));
    expect(changed.filter((name) => !owned.has(name))).toEqual([]);
    expect([...again.keys()].sort()).toEqual([...after.keys()].sort());
  });
});

describe.each(FILES)("%s, a baseline set part by part", (file) => {
  test("every part but the workbook's, the styles and the sheets given IDs is byte for byte the same; the baseline is there", async () => {
    const output = path.join(tmp, `baseline-${file}`);
    let out = "";
    const io: Io = { out: (text) => void (out += text), err: () => undefined, progress: false };
    await baselineFile(path.join(DIR, file), { output, force: true, asOf: "2009-11-16" }, io, NOW);
    expect(out).not.toContain("Written whole");
    const before = await partsOf(path.join(DIR, file));
    const after = await partsOf(output);
    const mayChange = new Set([...expected.alwaysMayChange, ...expected.files[file].mayChange]);
    const changed = [...before.keys()].filter((name) => !after.get(name)?.equals(before.get(name) as Buffer));
    expect(changed.filter((name) => !mayChange.has(name))).toEqual([]);
    expect(after.get("xl/workbook.xml")?.toString("utf8")).toMatch(/<(?:x:)?sheet name="Baseline"/);
  });
});

describeWithEngines(["soffice"], __filename, "LibreOffice opens each consolidated package", () => {
  test.each(FILES)("%s: every sheet opens and the Plan sheet's formulas recalculate", async (file) => {
    const want = expected.files[file];
    const output = path.join(tmp, `lo-${file}`);
    await consolidate(path.join(DIR, file), output);
    const sheets = exportSheetsAsCsv(output, path.join(tmp, `csv-${file}`));
    for (const name of want.owned) expect(sheets.has(name)).toBe(true);
    const plan = sheets.get("Plan") ?? [];
    for (const [cell, value] of Object.entries(want.planFormulas)) {
      const row = Number(cell.slice(1)) - 1;
      const col = cell.charCodeAt(0) - 65;
      expect([cell, plan[row]?.[col]]).toEqual([cell, value]);
    }
  });
});
