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
import { describeWithFolder, type OutsideFolder } from "../../testkit/engines";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "build", "implan.js");
const CORPUS: OutsideFolder = {
  id: "corpus",
  label: "the shared workbook corpus",
  envVar: "IMPLAN_CORPUS",
  candidates: [path.join(ROOT, "../shared/corpus"), "/work/shared/corpus"],
  install: "place Apache POI's and ExcelJS's test workbooks in ../shared/corpus (poi/, exceljs/)",
};
/** A file taking longer than this is a hang (the slowest, 50,000 merges, takes about 2 s). */
const PER_FILE_MS = 60_000;

interface Outcome {
  file: string;
  code: number | null;
  err: string;
}

function checkFile(file: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "check", file, "--as-of", "2009-11-16"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), PER_FILE_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ file, code, err });
    });
  });
}

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
      const files = fs
        .readdirSync(corpus)
        .flatMap((dir) =>
          fs.statSync(path.join(corpus, dir)).isDirectory()
            ? fs.readdirSync(path.join(corpus, dir)).map((f) => path.join(corpus, dir, f))
            : [],
        )
        .filter((file) => /\.xls[xm]$/i.test(file));
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
});
