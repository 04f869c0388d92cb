/**
 * The engine on a 20,000-action plan (300 owners, 30 areas, two years):
 * parse + compute in memory (target under 200 ms), and `implan check --json`
 * end to end on the .xlsx (targets: under 5 s, under 500 MB peak).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { analysePlan } from "../src/core/compute";
import { parseWorkbook } from "../src/core/parse";
import { PLAN_20K, generatePlanInput, writeGeneratedPlan } from "./generatePlan";
import { buildCli, runImplan } from "./cli.bench";
import { median, medianMs, round, type Benchmark } from "./harness";

const AS_OF = 14564; // 16/11/2009

const checkOnce = (input: string) => runImplan(["check", input, "--json"]);

export const benchmark: Benchmark = {
  name: "engine and check (20,000 actions)",
  async run() {
    buildCli();
    const input = generatePlanInput(PLAN_20K);
    const engine = await medianMs(() => analysePlan(parseWorkbook(input).plan, AS_OF), 7);
    const parseOnly = await medianMs(() => parseWorkbook(input), 7);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "implan-check-"));
    try {
      const file = path.join(dir, "plan-20k.xlsx");
      await writeGeneratedPlan(file, PLAN_20K);
      const runs = [checkOnce(file), checkOnce(file), checkOnce(file)];
      return {
        engine_20k_ms: engine,
        parse_20k_ms: parseOnly,
        check_20k_ms: round(median(runs.map((r) => r.ms)), 0),
        check_20k_peak_mb: Math.max(...runs.map((r) => r.peakMb)),
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
