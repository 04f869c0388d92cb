/** `implan template <out.xlsx>`: a new, empty plan workbook in the seven-step template. */
import * as fs from "fs";
import { localDayOf, ukOf } from "../core/days";
import { templateWorkbook } from "../sheets/templateWorkbook";
import { TYPICAL_AREAS } from "../sheets/typicalAreas";
import { newWorkbook, saveWorkbook } from "../xlsx/writeWorkbook";
import { isoFlag } from "./options";
import { outputProblem } from "./outputPath";
import { UsageError, type Io } from "./program";

export interface TemplateFlags {
  areas?: string;
  fivePoint?: boolean;
  name?: string;
  start?: string;
  force?: boolean;
}

export async function writeTemplate(file: string, flags: TemplateFlags, io: Io, today = new Date()): Promise<void> {
  if (!/\.xlsx$/i.test(file)) throw new UsageError(`${file}: the template must be an .xlsx file`);
  const unusable = outputProblem(file);
  if (unusable) throw new UsageError(unusable);
  if (fs.existsSync(file) && !flags.force)
    throw new UsageError(`${file}: already exists; choose another name, or add --force to replace it`);
  const start = isoFlag("start", flags.start) ?? localDayOf(today);
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
