/**
 * Consolidate through the Office.js host on a 10,000-action plan, against the
 * strict fake of Excel (ExcelApi 1.20, Excel on the web's 5 MB limits
 * enforced, operations and objects counted in each request): three
 * consolidations in a row, as a user refreshing would run them. Reported:
 * round trips (at most 4), the largest request and response (each under
 * 5,000,000 bytes, third run), sheets deleted (0), undo steps one
 * consolidation adds (1), and the time spent outside Excel.
 */
import { consolidateWorkbook } from "../src/excel";
import { createFakeExcel, sheetOf } from "../testkit/excelFake/workbook";
import type { Value } from "../testkit/excelFake/state";
import { generatePlanInput } from "./generatePlan";
import { median, round, type Benchmark } from "./harness";

const PLAN_10K = { actions: 10_000, owners: 200, areas: 20, years: 2, seed: 10091 };
const RUNS = 3;

function fakeWithPlan(): ReturnType<typeof createFakeExcel> {
  const { grids } = generatePlanInput(PLAN_10K);
  const fake = createFakeExcel(grids.map((g) => sheetOf(g.sheet, g.values as (Value | null)[][])));
  fake.api = "1.20";
  return fake;
}

interface Run {
  syncs: number;
  maxRequest: number;
  maxResponse: number;
  undoSteps: number;
  hostMs: number;
}

async function consolidateOnce(fake: ReturnType<typeof createFakeExcel>): Promise<Run> {
  const requests = fake.requests.length;
  const undoBefore = fake.undo.steps;
  const inside = fake.insideMs;
  const started = performance.now();
  const outcome = await consolidateWorkbook({ run: fake.run, now: new Date(2010, 8, 1, 9), supports: fake.supports });
  const total = performance.now() - started;
  return {
    syncs: outcome.syncs,
    maxRequest: Math.max(...fake.requests.slice(requests)),
    maxResponse: Math.max(...fake.responses.slice(requests)),
    undoSteps: fake.undo.steps - undoBefore,
    hostMs: total - (fake.insideMs - inside),
  };
}

export const benchmark: Benchmark = {
  name: "consolidate through Office.js (strict fake, 10,000 actions, third run of three)",
  async run() {
    const thirds: Run[] = [];
    let deleted = 0;
    for (let i = 0; i < RUNS; i++) {
      const fake = fakeWithPlan();
      await consolidateOnce(fake);
      await consolidateOnce(fake);
      thirds.push(await consolidateOnce(fake));
      deleted = Math.max(deleted, fake.deletedSheets);
    }
    return {
      consolidate_10k_syncs: Math.max(...thirds.map((r) => r.syncs)),
      consolidate_10k_max_request_bytes: Math.max(...thirds.map((r) => r.maxRequest)),
      consolidate_10k_max_response_bytes: Math.max(...thirds.map((r) => r.maxResponse)),
      consolidate_10k_deleted_sheets: deleted,
      consolidate_10k_undo_steps: Math.max(...thirds.map((r) => r.undoSteps)),
      consolidate_10k_host_ms: round(median(thirds.map((r) => r.hostMs)), 0),
    };
  },
};
