/**
 * `implan consolidate` end to end on a 20,000-action plan (300 owners, 30
 * areas, two years): wall time of the whole process and its peak memory.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PLAN_20K, writeGeneratedPlan } from "./generatePlan";
import { buildCli, IMPLAN_BIN } from "./cli.bench";
import { median, round, type Benchmark } from "./harness";

const ROOT = path.resolve(__dirname, "..");
const RUNS = 3;

function consolidateOnce(input: string, output: string): { ms: number; peakMb: number } {
  const started = performance.now();
  const run = spawnSync(process.execPath, [IMPLAN_BIN, "consolidate", input, "-o", output, "--force"], {
    cwd: ROOT,
    env: { ...process.env, IMPLAN_REPORT_PEAK: "1" },
    encoding: "utf8",
  });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`consolidate failed (${run.status}): ${run.stderr}`);
  const peak = /peak memory (\d+) MB/.exec(run.stderr);
  if (!peak) throw new Error(`no peak memory line in: ${run.stderr}`);
  return { ms, peakMb: Number(peak[1]) };
}

export const benchmark: Benchmark = {
  name: "consolidate (.xlsx, 20,000 actions)",
  async run() {
    buildCli();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "implan-bench-"));
    const input = path.join(dir, "plan-20k.xlsx");
    try {
      await writeGeneratedPlan(input, PLAN_20K);
      const runs = Array.from({ length: RUNS }, () => consolidateOnce(input, path.join(dir, "out.xlsx")));
      return {
        consolidate_xlsx_20k_ms: round(median(runs.map((r) => r.ms)), 0),
        consolidate_xlsx_20k_peak_mb: Math.max(...runs.map((r) => r.peakMb)),
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
