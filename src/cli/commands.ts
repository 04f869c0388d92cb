/**
 * Every `implan` sub-command, in the order `--help` lists them: arguments and
 * options only. Each command's work is imported when it runs, so that
 * `implan --version` and `--help` start without loading ExcelJS.
 */
import * as path from "path";
import { TYPICAL_AREAS } from "../sheets/typicalAreas";
import type { ConsolidateFlags } from "./consolidateFile";
import { withPlanFlags, type PlanFlags } from "./options";
import type { CommandRegistrar } from "./program";
import type { TemplateFlags } from "./writeTemplate";

const registerCheck: CommandRegistrar = (program, io) => {
  withPlanFlags(
    program.command("check").argument("<files...>", "the plan workbook (.xlsx, or .xlsm with macros); several roll up"),
  )
    .description(
      "read a plan workbook and report actions, overloads, clashes, reviews and problems; given several, roll them up into one load",
    )
    .option("--json", "print one JSON object instead of the summary")
    .action(async (files: string[], flags: PlanFlags) => {
      if (files.length === 1) {
        const { checkFile } = await import("./checkFile");
        await checkFile(files[0], flags, io);
      } else {
        const { rollupCheck } = await import("./rollupCheck");
        await rollupCheck(files, flags, io);
      }
    });
};

const registerConsolidate: CommandRegistrar = (program, io) => {
  withPlanFlags(
    program
      .command("consolidate")
      .argument("<files...>", "the plan workbook (.xlsx, or .xlsm with macros); several roll up into one new workbook"),
  )
    .description(
      "write the Timeline, Load and Dashboard sheets and the overload flags into a copy of the plan; given several plans, a consortium workbook over all of them",
    )
    .option(
      "-o, --output <file>",
      "the workbook to write (.xlsx, or .xlsm for a macro workbook); the input changes only with --in-place",
    )
    .option("--force", "replace the output file if it exists")
    .option("--in-place", "replace the input itself, once the result is complete (it is written beside it first)")
    .option("--fill-ids", "write an ID into each blank ID cell (T3, IAG4…); without it your cells are left as they are")
    .option(
      "--names",
      "add the short function names (=RAGSUMMARY(…) for =PLAN.RAGSUMMARY(…)); the default unless turned off",
    )
    .option("--no-names", "remove the planner's short function names and keep them off in later runs")
    .action(async (files: string[], flags: ConsolidateFlags) => {
      if (files.length === 1) {
        const { consolidateFile } = await import("./consolidateFile");
        await consolidateFile(files[0], flags, io);
      } else {
        const { rollupConsolidate } = await import("./rollupConsolidate");
        await rollupConsolidate(files, flags, io);
      }
    });
};

const registerBaseline: CommandRegistrar = (program, io) => {
  withPlanFlags(program.command("baseline").argument("<file>", "the plan workbook (.xlsx, or .xlsm with macros)"))
    .description("record every action as it stands (dated --as-of) on the Baseline sheet of a copy of the plan")
    .option(
      "-o, --output <file>",
      "the workbook to write (.xlsx, or .xlsm for a macro workbook); the input changes only with --in-place",
    )
    .option("--force", "replace the output file if it exists")
    .option("--in-place", "replace the input itself, once the result is complete (it is written beside it first)")
    .action(async (file: string, flags: ConsolidateFlags) => {
      const { baselineFile } = await import("./baselineFile");
      await baselineFile(file, flags, io);
    });
};

const registerTemplate: CommandRegistrar = (program, io) => {
  program
    .command("template")
    .argument("<file>", "the workbook to create (.xlsx)")
    .description("create a new plan workbook: Plan, People, one sheet per development area, Risks")
    .option(
      "--areas <list>",
      `development areas, comma-separated (default: the fourteen typical ones: ${TYPICAL_AREAS.slice(0, 2).join(", ")}, …)`,
    )
    .option("--five-point", "rate RAG on the five-point scale (Amber/Red and Amber/Green too)")
    .option("--name <text>", "the plan's name", "Implementation plan")
    .option("--start <YYYY-MM-DD>", "plan start date (default: today)")
    .option("--force", "replace the file if it exists")
    .action(async (file: string, flags: TemplateFlags) => {
      const { writeTemplate } = await import("./writeTemplate");
      await writeTemplate(file, flags, io);
    });
};

const registerDemo: CommandRegistrar = (program, io) => {
  program
    .command("demo")
    .description("write a consolidated demo plan (a consortium, six areas, a year of actions)")
    .option("-o, --output <file>", "where to write it", path.join("demo", "plan.xlsx"))
    .action(async (flags: { output: string }) => {
      const { writeDemo } = await import("./writeDemo");
      await writeDemo(flags.output, io);
    });
};

export const COMMANDS: CommandRegistrar[] = [
  registerCheck,
  registerConsolidate,
  registerBaseline,
  registerTemplate,
  registerDemo,
];
