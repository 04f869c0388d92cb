/** `implan demo`: write a realistic consortium plan and consolidate it (what `npm run demo` runs). */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { dayFromIso, ymdOf } from "../core/days";
import { newWorkbook, saveWorkbook } from "../xlsx/writeWorkbook";
import { consolidateFile } from "./consolidateFile";
import { DEMO_AS_OF, demoPlan } from "../sheets/demo/demoPlan";
import type { Io } from "./program";

/**
 * Write the demo plan to `output`, consolidated. Stamped with 09:00 on the
 * demo's as-of date, so every run writes the same cells.
 * @example await writeDemo("demo/plan.xlsx", io)
 */
export async function writeDemo(output: string, io: Io): Promise<void> {
  const { year, month, day } = ymdOf(dayFromIso(DEMO_AS_OF) as number);
  const stamp = new Date(year, month - 1, day, 9, 0);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "implan-demo-"));
  const raw = path.join(dir, "plan-before-consolidation.xlsx");
  try {
    await saveWorkbook(newWorkbook(demoPlan(), stamp), raw);
    await consolidateFile(raw, { output, force: true }, io, stamp);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
