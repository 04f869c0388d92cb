/**
 * Every workbook of the shared corpus (Apache POI's and ExcelJS's test files:
 * charts, pivots, macros, protection, 1904, broken parts) through the built
 * `implan check`: each is read (exit 0) or politely refused (exit 2, one
 * line naming the file) — never an internal error, never a hang. The corpus
 * lives outside the repository; without it the block is skipped and named in
 * the report `npm test` ends with.
 */
import { execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { unzipSync } from "fflate";
import { CORPUS, describeWithFolder } from "../../testkit/engines";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "build", "implan.js");
/** A file taking longer than this is a hang (the slowest, 50,000 merges, takes about 2 s). */
const PER_FILE_MS = 60_000;

interface Outcome {
  file: string;
  code: number | null;
  err: string;
  out: string;
}

/** The built `implan` on one corpus file, its exit code and stderr; a run over PER_FILE_MS is killed as a hang. */
function implanOn(file: string, args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    let out = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), PER_FILE_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ file, code, err, out });
    });
  });
}

const checkFile = (file: string) => implanOn(file, ["check", file, "--as-of", "2009-11-16"]);

async function inParallel<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: width }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  });
  await Promise.all(lanes);
  return results;
}

describeWithFolder(CORPUS, __filename, "the shared corpus", (corpus) => {
  test(
    "every corpus workbook is read or politely refused, none crashes or hangs",
    async () => {
      execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT });
      const files = corpusFiles(corpus).filter((file) => /\.xls[xm]$/i.test(file));
      expect(files.length).toBeGreaterThan(300);
      const outcomes = await inParallel(files, Math.min(8, Math.max(2, os.cpus().length)), checkFile);
      const bad = outcomes.filter(
        (o) =>
          !(
            o.code === 0 ||
            (o.code === 2 && o.err.trim().split("\n").length === 1 && o.err.includes(path.basename(o.file)))
          ),
      );
      expect(bad.map((o) => `${path.relative(corpus, o.file)}: exit ${o.code} ${o.err.slice(0, 200)}`)).toEqual([]);
    },
    15 * 60_000,
  );

  test(
    "every workbook consolidate writes by parts keeps every part it does not own byte for byte; one written whole keeps every kind of part (or is refused, naming what it would lose)",
    async () => {
      const files = corpusFiles(corpus).filter((f) => /\.xls[xm]$/i.test(f));
      const out = fs.mkdtempSync(path.join(os.tmpdir(), "implan-corpus-"));
      try {
        const results = await inParallel(files, Math.min(8, Math.max(2, os.cpus().length)), (file) =>
          consolidateFile(file, path.join(out, `out-${path.basename(file)}`)),
        );
        const byParts = results.filter((r) => r.code === 0 && !r.out.includes("Written whole"));
        expect(byParts.length).toBeGreaterThan(300);
        const lost = results.flatMap(({ file, output, code, err, out: summary }) => {
          if (code === 2) return err.includes(path.basename(file)) ? [] : [`${path.basename(file)}: ${err.trim()}`];
          if (code !== 0) return [`${path.basename(file)}: exit ${code} ${err.slice(0, 200)}`];
          const input = fs.readFileSync(file);
          const written = fs.readFileSync(output);
          if (!summary.includes("Written whole"))
            return changedParts(input, written).map((p) => `${path.basename(file)}: ${p} changed`);
          const before = kindsOf(input);
          const after = kindsOf(written);
          return [...before]
            .filter(([kind, n]) => (after.get(kind) ?? 0) < n && !REBUILT.test(kind))
            .map(([kind, n]) => `${path.basename(file)}: ${kind} ×${n} in, ×${after.get(kind) ?? 0} out`);
        });
        expect(lost).toEqual([]);
      } finally {
        fs.rmSync(out, { recursive: true, force: true });
      }
    },
    20 * 60_000,
  );
});

/**
 * What the part-by-part writer may change: content types, the workbook part and its
 * relationships, the styles (the planner's appended), the calculation chain (dropped),
 * and on worksheets the flags, their notes and drawing for notes.
 */
const MAY_CHANGE =
  /^(\[content_types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/calcchain\.xml|xl\/worksheets\/(_rels\/)?[^/]+|xl\/comments[^/]*|xl\/drawings\/[^/]+\.vml|.*\/)$/;

/** Input parts (other than MAY_CHANGE) missing from the output or not byte for byte the same. */
function changedParts(input: Buffer, output: Buffer): string[] {
  const before = unzipSync(new Uint8Array(input));
  const after = new Map(Object.entries(unzipSync(new Uint8Array(output))).map(([n, d]) => [n.toLowerCase(), d]));
  return Object.entries(before)
    .filter(([name]) => !MAY_CHANGE.test(name.toLowerCase()))
    .filter(
      ([name, data]) => !Buffer.from(data).equals(Buffer.from(after.get(name.toLowerCase()) ?? new Uint8Array([1]))),
    )
    .map(([name]) => name);
}

function corpusFiles(corpus: string): string[] {
  return fs
    .readdirSync(corpus)
    .flatMap((dir) =>
      fs.statSync(path.join(corpus, dir)).isDirectory()
        ? fs.readdirSync(path.join(corpus, dir)).map((f) => path.join(corpus, dir, f))
        : [],
    );
}

/**
 * What Excel rebuilds or only this computer needs, so a copy may leave it out:
 * the calculation chain, thumbnails, the printer chosen (announced), folder
 * entries, a sheet's relationships to those, and files in the package's trash.
 */
const REBUILT =
  /^(xl\/calcchain\.xml|docprops\/thumbnail\.\w+|xl\/printersettings\/.*|.*\/|xl\/worksheets\/_rels\/sheetN\.xml\.rels|\[trash\]\/.*)$/;

/** Each kind of part (numbers and picture names set aside, as a writer renumbers them) and how many. */
function kindsOf(bytes: Buffer): Map<string, number> {
  const kinds = new Map<string, number>();
  const parts = unzipSync(new Uint8Array(bytes), {
    filter: (entry) => /^xl\/drawings\/(_rels\/)?drawing\d+\.xml(\.rels)?$/i.test(entry.name),
  });
  // A drawing with no anchor, or relationships with none listed, holds nothing to lose.
  const empty = new Set(
    Object.entries(parts)
      .filter(([, data]) => !/Anchor|<Relationship /.test(Buffer.from(data).toString("utf8")))
      .map(([name]) => name.toLowerCase()),
  );
  unzipSync(new Uint8Array(bytes), {
    filter: (entry) => {
      const name = entry.name.toLowerCase();
      if (empty.has(name)) return false;
      const kind =
        name.startsWith("xl/media/") && !name.endsWith("/")
          ? `xl/media/*${path.extname(name).replace("jpeg", "jpg")}`
          : name.replace(/\d+/g, "N");
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      return false;
    },
  });
  return kinds;
}

async function consolidateFile(file: string, output: string): Promise<Outcome & { output: string }> {
  // A macro workbook's copy is an .xlsm like it.
  const named = /\.xlsm$/i.test(file) ? output.replace(/\.xlsx$/i, ".xlsm") : output;
  return { ...(await implanOn(file, ["consolidate", file, "-o", named, "--as-of", "2009-11-16"])), output: named };
}
