/**
 * The engine on a 20,000-action plan (300 owners, 30 areas, two years):
 * parse + compute in memory (target under 200 ms), and `implan check --json`
 * end to end on the .xlsx (targets: under 1.5 s, under 250 MB peak), and a
 * consortium's roll-up of ten plans of 2,000 actions each through `implan
 * check` (target: below the single 20,000-action check).
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
      const partners: string[] = [];
      // The same 300 people in every plan, and five areas each (as the 20,000-action plan has thirty: a multiple of
      // the generator's five steps), so the roll-up carries the same load and warnings as the one big plan
      // and the two compare like with like.
      for (let i = 0; i < 10; i++) {
        partners.push(path.join(dir, `partner-${i + 1}.xlsx`));
        await writeGeneratedPlan(partners[i], { ...PLAN_20K, actions: 2_000, owners: 300, areas: 5, seed: 100 + i });
      }
      const rollup = [1, 2, 3].map(() => runImplan(["check", ...partners, "--json"]));
      return {
        engine_20k_ms: engine,
        parse_20k_ms: parseOnly,
        check_20k_ms: round(median(runs.map((r) => r.ms)), 0),
        check_20k_peak_mb: Math.max(...runs.map((r) => r.peakMb)),
        rollup_10x2k_check_ms: round(median(rollup.map((r) => r.ms)), 0),
        rollup_10x2k_check_peak_mb: Math.max(...rollup.map((r) => r.peakMb)),
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
