/**
 * Consolidate through the Office.js host on a 10,000-action plan, against the
 * counting fake of Excel: round trips (at most 4 below the payload budget),
 * the largest request, and the time spent outside Excel.
 */
import { consolidateWorkbook } from "../src/excel";
import { createFakeExcel, sheetOf } from "../tests/excel/fake/workbook";
import type { Value } from "../tests/excel/fake/state";
import { generatePlanInput } from "./generatePlan";
import { median, round, type Benchmark } from "./harness";

const PLAN_10K = { actions: 10_000, owners: 200, areas: 20, years: 2, seed: 10091 };
const RUNS = 5;

function fakeWithPlan(): ReturnType<typeof createFakeExcel> {
  const { grids } = generatePlanInput(PLAN_10K);
  return createFakeExcel(grids.map((g) => sheetOf(g.sheet, g.values as (Value | null)[][])));
}

export const benchmark: Benchmark = {
  name: "consolidate through Office.js (counting fake, 10,000 actions)",
  async run() {
    const runs: { syncs: number; maxBytes: number; hostMs: number }[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const fake = fakeWithPlan();
      const started = performance.now();
      const outcome = await consolidateWorkbook({ run: fake.run, now: new Date(2010, 8, 1, 9), notes: true });
      const total = performance.now() - started;
      if (i > 0) runs.push({ syncs: outcome.syncs, maxBytes: fake.largestRequest, hostMs: total - fake.insideMs });
    }
    return {
      consolidate_10k_syncs: Math.max(...runs.map((r) => r.syncs)),
      consolidate_10k_max_request_bytes: Math.max(...runs.map((r) => r.maxBytes)),
      consolidate_10k_host_ms: round(median(runs.map((r) => r.hostMs)), 0),
    };
  },
};
