/** `implan consolidate <in.xlsx> -o <out.xlsx>`: read a plan, compute, write the owned sheets and flags into a copy. */
import * as fs from "fs";
import * as path from "path";
import { overloadsByOwner, prepareConsolidation, ROLLUP_RULE_LABELS } from "../core/compute";
import { ukOf } from "../core/days";
import { consolidationSpec, type Consolidation } from "../sheets/consolidationSpec";
import { ownedSheetsOf } from "../reader/readPackage";
import { isOwnedSheetTitle, markedOwned } from "../sheets/marks";
import { graftPackage } from "../xlsx/parts/graftPackage";
import { writeCheckedCopy } from "../xlsx/parts/writeCheckedCopy";
import { byPartsOrWhole } from "./byPartsOrWhole";
import { loadPlan, progress, type LoadedPlan } from "./loadPlan";
import { isMacroWorkbook, outputProblem, sameFile } from "./outputPath";
import { baselineFlag, type PlanFlags } from "./options";
import { UsageError, type Io } from "./program";
import { spanText } from "../sheets/spanText";

export interface ConsolidateFlags extends PlanFlags {
  output?: string;
  force?: boolean;
  /** --fill-ids: write IDs into blank ID cells (off unless asked: the user's cells are left as they are). */
  fillIds?: boolean;
  /** --in-place: the output is the input, replaced only once the result is complete. */
  inPlace?: boolean;
  /** --names / --no-names: add the short function names, or remove them and keep them off; unset follows the workbook. */
  names?: boolean;
}

/**
 * Consolidate `file` into `flags.output`, printing a summary. `now` is the
 * clock reading the sheets are stamped with.
 * @example await consolidateFile("plan.xlsx", { output: "out.xlsx" }, io)
 */
export async function consolidateFile(
  file: string,
  flags: ConsolidateFlags,
  io: Io,
  now = new Date(),
): Promise<Consolidation> {
  const output = checkedOutput(file, flags);
  const loaded = loadPlan(file, flags, io, now, true);
  const { result, declined } = await byPartsOrWhole(
    () => consolidateByParts(file, output, loaded, flags, io, now),
    // Loaded only here: the part-by-part writer needs no ExcelJS.
    async () => (await import("./consolidateWhole")).consolidateWhole(file, output, flags, io, now),
  );
  if (declined) result.messages.push(declined);
  io.out(consolidateSummary(result, loaded.parsed.plan.settings.name, loaded.parsed.problems.length, output));
  return result;
}

/** The part-by-part writer: everything of the user's is copied as it came (xlsx/parts/graftPackage.ts). */
async function consolidateByParts(
  file: string,
  output: string,
  { parsed, read, asOf, kept }: LoadedPlan,
  flags: ConsolidateFlags,
  io: Io,
  now: Date,
): Promise<Consolidation> {
  const marks = ownedSheetsOf(read.names);
  const existing = read.input.grids.map((grid) => ({
    name: grid.sheet,
    a1: grid.values[0]?.[0] ?? null,
    owned: markedOwned(marks, grid.sheet),
  }));
  const prepared = prepareConsolidation(parsed, asOf, baselineFlag(parsed, flags), { fillIds: flags.fillIds === true });
  const result = consolidationSpec(prepared, existing, now);
  result.spec.functionNames = { choice: flags.names };
  progress(io, "Writing");
  const isOwned = (sheet: string) => {
    const found = existing.find((e) => e.name.toLowerCase() === sheet.toLowerCase());
    return found !== undefined && found.owned !== false && isOwnedSheetTitle(found.a1);
  };
  const copy = await graftPackage(kept, { spec: result.spec, isOwned });
  writeCheckedCopy(output, read, copy, {
    planners: result.spec.sheets.map((s) => s.name),
    fills: prepared.fills.bySheet,
  });
  result.messages.push(...copy.messages);
  return result;
}

/**
 * The output path, checked: given (or the input with --in-place), .xlsx (.xlsm for a macro workbook), not the
 * input unless --in-place, writable, and not replacing a file without --force.
 * In place, the path is the input's real one, so a link to the plan stays a link.
 * @example checkedOutput("plan.xlsx", { inPlace: true }) // "/home/me/plan.xlsx"
 */
export function checkedOutput(file: string, flags: ConsolidateFlags): string {
  const output = flags.output ?? (flags.inPlace ? file : undefined);
  if (!output) throw new UsageError("say where to write: -o <out.xlsx>, or --in-place to replace the plan itself");
  const macros = isMacroWorkbook(file);
  if (macros && !/\.xlsm$/i.test(output) && !flags.inPlace) {
    throw new UsageError(
      `${output}: ${file} is a macro-enabled workbook, and an .xlsx file cannot hold its macros; write the copy to an .xlsm file (-o ${path.basename(output).replace(/\.[^.]*$/, "")}.xlsm)`,
    );
  }
  if (!macros && !/\.xlsx$/i.test(output)) throw new UsageError(`${output}: the output must be an .xlsx file`);
  const same = sameFile(file, output);
  if (flags.inPlace && !same) {
    throw new UsageError(`${output}: --in-place replaces the input (${file}); leave out -o, or leave out --in-place`);
  }
  if (same && !flags.inPlace) {
    throw new UsageError(
      `${output}: is the input; write the consolidated plan to another file, or add --in-place to replace the plan once the result is complete`,
    );
  }
  const unusable = outputProblem(output);
  if (unusable) throw new UsageError(unusable);
  if (same) return fs.realpathSync(file);
  if (fs.existsSync(output) && !flags.force) {
    throw new UsageError(`${output}: already exists; choose another name, or add --force to replace it`);
  }
  return output;
}

/**
 * What `consolidate` prints.
 * @example consolidateSummary(result, "Northside", 0, "out.xlsx") // "Northside — as of 16/11/2009 …"
 */
export function consolidateSummary(
  result: Consolidation,
  planName: string,
  parseProblems: number,
  output: string,
): string {
  const { analysis, sheetNames, spec } = result;
  const owners = overloadsByOwner(analysis.overloads);
  const problems = parseProblems + analysis.problems.length;
  const span = spanText(analysis);
  const flagged = spec.patches.reduce((n, p) => n + p.notes.length, 0);
  const lines = [
    `${planName} — as of ${ukOf(analysis.asOf)}`,
    `${analysis.timeline.length} actions in ${analysis.areas.length} areas; ${span}`,
    `Overall: ${analysis.overall.status} (rule: ${ROLLUP_RULE_LABELS[analysis.overall.rule]})`,
    `Overloaded owners (${owners.length}):`,
    ...owners
      .slice(0, 15)
      .map(
        ({ owner, worst, weeks }) =>
          `  ${owner}: worst week ${ukOf(worst.week)} — ${worst.load} against capacity ${worst.capacity}; ${weeks.length} week${weeks.length === 1 ? "" : "s"} over`,
      ),
    ...(owners.length > 15 ? [`  … and ${owners.length - 15} more (see the Dashboard)`] : []),
    `Deadline clashes: ${analysis.clashes.length}`,
    `Overdue actions: ${analysis.overdue.length}`,
    `Problems: ${problems} (implan check lists them)`,
    `Wrote ${output}: sheets ${Object.values(sheetNames).join(", ")}; flagged ${flagged} Owner cell${flagged === 1 ? "" : "s"}.`,
    ...result.messages,
  ];
  return `${lines.join("\n")}\n`;
}
