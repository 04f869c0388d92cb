/** `implan check <file.xlsx>`: read a plan and report what the engine finds. */
import type { Command } from "commander";
import { loadPlan } from "./loadPlan";
import { withPlanFlags, type PlanFlags } from "./options";
import type { Io } from "./program";
import { checkReport } from "./report";
import { summaryText } from "./summary";

/** Register `check` on the program. */
export function registerCheck(program: Command, io: Io): void {
  withPlanFlags(program.command("check").argument("<file>", "the plan workbook (.xlsx)"))
    .description("read a plan workbook and report actions, overloads, clashes, reviews and problems")
    .option("--json", "print one JSON object instead of the summary")
    .action(async (file: string, flags: PlanFlags) => {
      const { parsed, analysis } = await loadPlan(file, flags, io);
      io.out(
        flags.json ? `${JSON.stringify(checkReport(parsed, analysis), null, 2)}\n` : summaryText(parsed, analysis),
      );
    });
}
