/** `implan check <file.xlsx>`: read a plan and report what the engine finds. */
import { analysePlan, chooseBaseline, compareWithBaseline } from "../core/compute";
import { loadPlan } from "./loadPlan";
import { baselineFlag, type PlanFlags } from "./options";
import type { Io } from "./program";
import { checkReport } from "./report";
import { summaryText } from "./summary";

/**
 * Read a plan and print its summary, or the JSON report with `--json`.
 * @example await checkFile("plan.xlsx", { json: true }, io)
 */
export async function checkFile(file: string, flags: PlanFlags, io: Io): Promise<void> {
  const { parsed, asOf } = loadPlan(file, flags, io);
  const analysis = analysePlan(parsed.plan, asOf);
  const chosen = chooseBaseline(parsed.baselines ?? [], baselineFlag(parsed, flags));
  const baseline = chosen ? compareWithBaseline(parsed.plan, analysis, chosen) : null;
  io.out(
    flags.json
      ? `${JSON.stringify(checkReport(parsed, analysis, baseline), null, 2)}\n`
      : summaryText(parsed, analysis, baseline),
  );
}
