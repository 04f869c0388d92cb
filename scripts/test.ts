/**
 * `npm test`: every test under UTC, the core and the functions again under
 * time zones far from UTC, then one closing block naming any outside engine
 * that was missing, the tests it left out and how to install it.
 * Extra arguments (`npm test -- tests/core`) run once, under UTC, with them.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SKIP_DIR_VAR, type SkipRecord } from "../testkit/engines";
import { skipReport } from "../testkit/skipReport";

const ROOT = path.resolve(__dirname, "..");
const JEST = path.join(ROOT, "node_modules", "jest", "bin", "jest.js");
/** Zones that catch day arithmetic done in local time: one ahead of UTC by 14 hours, two behind or at it. */
const FAR_ZONES = ["Europe/London", "Pacific/Kiritimati", "America/Anchorage"];
const ZONE_TESTS = ["tests/core", "tests/functions"];

interface JestJson {
  testResults: { name: string; assertionResults: { status: string }[] }[];
}

function runJest(zone: string, args: string[], skips: string, results: string): number {
  console.log(`\n── jest under TZ=${zone} ${args.join(" ")}`);
  const run = spawnSync(process.execPath, [JEST, "--json", `--outputFile=${results}`, ...args], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, TZ: zone, [SKIP_DIR_VAR]: skips },
  });
  return run.status ?? 1;
}

function pendingByFile(results: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (!fs.existsSync(results)) return counts;
  const json = JSON.parse(fs.readFileSync(results, "utf8")) as JestJson;
  for (const file of json.testResults) {
    counts.set(file.name, file.assertionResults.filter((a) => a.status === "pending").length);
  }
  return counts;
}

function main(): number {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "implan-test-"));
  const skips = path.join(work, "skips");
  const args = process.argv.slice(2);
  const first = path.join(work, "utc.json");
  let status = runJest("UTC", args, skips, first);
  if (args.length === 0) {
    FAR_ZONES.forEach((zone, i) => {
      const code = runJest(zone, [...ZONE_TESTS, "--passWithNoTests"], skips, path.join(work, `zone-${i}.json`));
      status = status || code;
    });
  }
  const records: SkipRecord[] = fs.existsSync(skips)
    ? fs
        .readdirSync(skips)
        .flatMap((name) => JSON.parse(fs.readFileSync(path.join(skips, name), "utf8")) as SkipRecord[])
    : [];
  const unique = [...new Map(records.map((r) => [`${r.engine} ${r.file} ${r.title}`, r])).values()];
  const block = skipReport(unique, pendingByFile(first), ROOT);
  console.log(block ? `\n${block}` : "\nNo tests skipped: every outside engine was found.");
  fs.rmSync(work, { recursive: true, force: true });
  return status;
}

process.exitCode = main();
