/**
 * Tests that need an outside engine go through `describeWithEngines`: with
 * the engines found they run; without, they are skipped and recorded so that
 * `npm test` ends by naming what was left out and how to install it. Under
 * IMPLAN_REQUIRE_ENGINES=1 (set by CI) a missing engine fails the run instead.
 */
import * as fs from "fs";
import * as path from "path";
import { currentPlatform, ENGINES, findEngine, type EngineId } from "./engineFinder";

export const REQUIRE_ENGINES_VAR = "IMPLAN_REQUIRE_ENGINES";
/** The folder `scripts/test.ts` gives the runs for skip records. */
export const SKIP_DIR_VAR = "IMPLAN_ENGINE_SKIPS";

/** One skipped block of tests, as written for the closing report. */
export interface SkipRecord {
  /** An engine, or `corpus` for the shared workbooks kept outside the repository. */
  engine: EngineId | "corpus";
  label: string;
  install: string;
  envVar: string;
  reason: string;
  file: string;
  title: string;
}

const found = new Map<EngineId, string | null>();

/**
 * The engine's executable on this machine, or null.
 * @example enginePath("soffice") // "/usr/bin/soffice"
 */
export function enginePath(id: EngineId): string | null {
  if (!found.has(id)) {
    const result = findEngine(ENGINES[id], { platform: currentPlatform(), env: process.env, exists: isFile });
    found.set(id, result.found ? result.path : null);
  }
  return found.get(id) ?? null;
}

/** The engine's path, or an error naming how to install it (for code reached only inside a gated block). */
export function requireEngine(id: EngineId): string {
  const file = enginePath(id);
  if (file) return file;
  const spec = ENGINES[id];
  throw new Error(`${spec.label} is needed here but was not found: ${spec.install} (or set ${spec.envVar})`);
}

/**
 * `describe` when every engine is found; otherwise a skipped (or, under
 * IMPLAN_REQUIRE_ENGINES=1, a failing) block that says which is missing.
 * @example describeWithEngines(["chromium"], __filename, "the pane in a browser", () => { … })
 */
export function describeWithEngines(engines: EngineId[], file: string, title: string, body: () => void): void {
  const missing = engines.filter((id) => enginePath(id) === null);
  if (missing.length === 0) {
    describe(title, body);
    return;
  }
  const platform = currentPlatform();
  const records: SkipRecord[] = missing.map((id) => {
    const spec = ENGINES[id];
    const result = findEngine(spec, { platform, env: process.env, exists: isFile });
    const reason = result.found ? "" : result.reason;
    return { engine: id, label: spec.label, install: spec.install[platform], envVar: spec.envVar, reason, file, title };
  });
  const names = records.map((r) => r.label).join(", ");
  if (process.env[REQUIRE_ENGINES_VAR] === "1") {
    describe(title, () => {
      test(`needs ${names}`, () => {
        const how = records.map((r) => `${r.reason}: ${r.install} (or set ${r.envVar})`).join("; ");
        throw new Error(`${REQUIRE_ENGINES_VAR}=1 and an engine is missing — ${how}`);
      });
    });
    return;
  }
  writeSkipRecords(records);
  describe.skip(`${title} (skipped: ${names} not found)`, body);
}

/** Test data kept outside the repository, found at one of `candidates` or at the folder `envVar` names. */
export interface OutsideFolder {
  id: "corpus";
  label: string;
  envVar: string;
  candidates: string[];
  /** Where to get it, for the closing report. */
  install: string;
}

/**
 * The folder, or null when it is on none of its paths.
 * @example folderPath(CORPUS) // "/work/shared/corpus"
 */
export function folderPath(folder: OutsideFolder): string | null {
  const named = process.env[folder.envVar];
  return (
    [named, ...folder.candidates].find((dir): dir is string => typeof dir === "string" && fs.existsSync(dir)) ?? null
  );
}

/** The shared corpus of real workbooks (Apache POI's and ExcelJS's test files), outside the repository. */
export const CORPUS: OutsideFolder = {
  id: "corpus",
  label: "the shared workbook corpus",
  envVar: "IMPLAN_CORPUS",
  candidates: [path.resolve(__dirname, "../../shared/corpus"), "/work/shared/corpus"],
  install: "place Apache POI's and ExcelJS's test workbooks in ../shared/corpus (poi/, exceljs/)",
};

/**
 * `describe` with the folder's path when it is found; otherwise a skipped
 * block recorded for the closing report like a missing engine. Unlike an
 * engine it never fails the run: no install step can fetch it.
 * @example describeWithFolder(CORPUS, __filename, "the corpus", (dir) => { … })
 */
export function describeWithFolder(
  folder: OutsideFolder,
  file: string,
  title: string,
  body: (dir: string) => void,
): void {
  const dir = folderPath(folder);
  if (dir !== null) {
    describe(title, () => body(dir));
    return;
  }
  const reason = `not found at ${folder.candidates.join(" or ")}${process.env[folder.envVar] ? ` or ${process.env[folder.envVar]}` : ""}`;
  writeSkipRecords([
    { engine: folder.id, label: folder.label, install: folder.install, envVar: folder.envVar, reason, file, title },
  ]);
  describe.skip(`${title} (skipped: ${folder.label} not found)`, () => body(""));
}

function writeSkipRecords(records: SkipRecord[]): void {
  const dir = process.env[SKIP_DIR_VAR];
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  const name = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`;
  fs.writeFileSync(path.join(dir, name), JSON.stringify(records));
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
