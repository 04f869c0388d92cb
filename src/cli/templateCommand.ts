/** `implan template <out.xlsx>`: a new, empty plan workbook in the seven-step template. */
import type { Command } from "commander";
import * as fs from "fs";
import { dayFromIso, localDayOf, ukOf } from "../core/days";
import { templateWorkbook } from "../sheets/templateWorkbook";
import { TYPICAL_AREAS } from "../sheets/typicalAreas";
import { newWorkbook, saveWorkbook } from "../xlsx/writeWorkbook";
import { UsageError, type Io } from "./program";

interface TemplateFlags {
  areas?: string;
  fivePoint?: boolean;
  name?: string;
  start?: string;
  force?: boolean;
}

/** Register `template` on the program. */
export function registerTemplate(program: Command, io: Io): void {
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
      await writeTemplate(file, flags, io);
    });
}

async function writeTemplate(file: string, flags: TemplateFlags, io: Io, today = new Date()): Promise<void> {
  if (!/\.xlsx$/i.test(file)) throw new UsageError(`${file}: the template must be an .xlsx file`);
  if (fs.existsSync(file) && !flags.force)
    throw new UsageError(`${file}: already exists; choose another name, or add --force to replace it`);
  const start = flags.start === undefined ? localDayOf(today) : dayFromIso(flags.start);
  if (start === null) throw new UsageError(`--start '${flags.start}' is not a date; use YYYY-MM-DD, e.g. 2009-09-01`);
  const areas =
    flags.areas === undefined
      ? [...TYPICAL_AREAS]
      : flags.areas
          .split(",")
          .map((a) => a.trim())
          .filter(Boolean);
  if (areas.length === 0) throw new UsageError(`--areas '${flags.areas}' names no areas; separate names with commas`);
  const spec = templateWorkbook({
    name: flags.name ?? "Implementation plan",
    start,
    areas,
    ragScale: flags.fivePoint ? 5 : 3,
  });
  await saveWorkbook(newWorkbook(spec, today), file);
  const sheets = spec.sheets.map((s) => s.name);
  io.out(
    `Wrote ${file}: ${sheets.join(", ")}\nPlan start ${ukOf(start)}; RAG ${flags.fivePoint ? "five" : "three"}-point. Fill in People first: Owner drop-downs list their names.\n`,
  );
}
