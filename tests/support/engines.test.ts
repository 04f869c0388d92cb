/**
 * The engine gate in a real jest run: LibreOffice hidden behind a variable
 * that points at nothing. Skipped and recorded by default; a failed run under
 * IMPLAN_REQUIRE_ENGINES=1, as in CI.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { REQUIRE_ENGINES_VAR, SKIP_DIR_VAR, type SkipRecord } from "../../testkit/engines";

const ROOT = path.resolve(__dirname, "../..");
const JEST = path.join(ROOT, "node_modules", "jest", "bin", "jest.js");

interface ProbeRun {
  status: number | null;
  output: string;
  pending: number;
  records: SkipRecord[];
}

function runProbe(strict: boolean): ProbeRun {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "implan-probe-"));
  const results = path.join(work, "results.json");
  const skips = path.join(work, "skips");
  const run = spawnSync(
    process.execPath,
    [JEST, "--testMatch", "<rootDir>/testkit/engineProbe.ts", "--json", `--outputFile=${results}`],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: {
        ...process.env,
        IMPLAN_SOFFICE: path.join(work, "no-such-soffice"),
        [SKIP_DIR_VAR]: skips,
        [REQUIRE_ENGINES_VAR]: strict ? "1" : "",
      },
    },
  );
  const json = JSON.parse(fs.readFileSync(results, "utf8")) as { numPendingTests: number };
  const records = fs.existsSync(skips)
    ? fs.readdirSync(skips).flatMap((f) => JSON.parse(fs.readFileSync(path.join(skips, f), "utf8")) as SkipRecord[])
    : [];
  return { status: run.status, output: `${run.stdout}${run.stderr}`, pending: json.numPendingTests, records };
}

test("a missing engine skips its tests and records what to install", () => {
  const run = runProbe(false);
  expect(run.status).toBe(0);
  expect(run.pending).toBe(1);
  expect(run.records).toEqual([
    expect.objectContaining({
      engine: "soffice",
      label: "LibreOffice",
      file: path.resolve(__dirname, "../../testkit/engineProbe.ts"),
    }),
  ]);
  expect(run.records[0].reason).toContain("IMPLAN_SOFFICE is set to");
});

test("under IMPLAN_REQUIRE_ENGINES=1 a missing engine fails the run", () => {
  const run = runProbe(true);
  expect(run.status).not.toBe(0);
  expect(run.output).toContain("IMPLAN_REQUIRE_ENGINES=1 and an engine is missing");
  expect(run.records).toEqual([]);
});
