/** `implan baseline <plan.xlsx> -o <out.xlsx>`: record every action as it stands, below the earlier baselines. */
import { baselineSnapshot, prepareConsolidation } from "../core/compute";
import { serialOf as serialIn, ukOf } from "../core/days";
import { BASELINE_KIND, isOwnedTitle } from "../core/rules/ownedMark";
import type { Day } from "../core/types";
import { BASELINE_HEADER_ROW, baselineMessage, baselineRows } from "../sheets/baselineSheet";
import { safeSheetName } from "../sheets/sheetNames";
import type { SpecValue } from "../sheets/types";
import { graftBaseline } from "../xlsx/parts/graftBaseline";
import { writeCheckedCopy } from "../xlsx/parts/writeCheckedCopy";
import { byPartsOrWhole } from "./byPartsOrWhole";
import { checkedOutput, type ConsolidateFlags } from "./consolidateFile";
import { loadPlan, progress, type LoadedPlan } from "./loadPlan";
import { UsageError, type Io } from "./program";

/**
 * Set a baseline dated `--as-of` (else the plan's As of, else today) into a copy of the plan.
 * Blank action IDs are filled first, so every action can be matched at the next review.
 * @example await baselineFile("plan.xlsx", { output: "reviewed.xlsx", asOf: "2009-11-16" }, io)
 */
export async function baselineFile(file: string, flags: ConsolidateFlags, io: Io, now = new Date()): Promise<void> {
  const output = checkedOutput(file, flags);
  const loaded = loadPlan(file, flags, io, now, true);
  const { parsed, asOf } = loaded;
  const earlier = parsed.baselines ?? [];
  if (earlier.some((b) => b.date === asOf)) {
    throw new UsageError(
      `${file}: already has a baseline of ${ukOf(asOf)}; set this one with another --as-of date, or delete that baseline's rows first`,
    );
  }
  const prepared = prepareConsolidation(parsed, asOf);
  const serialOf = (day: Day) => serialIn(day, parsed.date1904 === true);
  const snapshot = baselineSnapshot(prepared.analysis, parsed.plan.settings.name);
  const rows = baselineRows(snapshot, asOf, serialOf);
  progress(io, "Writing");
  const { result, declined } = await byPartsOrWhole(
    async () => ({
      sheet: await baselineByParts(file, output, loaded, rows, prepared.fills.bySheet),
      notes: [] as string[],
    }),
    // Loaded only here: the part-by-part writer needs no ExcelJS.
    async () => (await import("./baselineWhole")).baselineWhole(file, output, flags, io, now, rows),
  );
  const { sheet } = result;
  const notes = declined ? [...result.notes, declined] : result.notes;

  const filled = [...prepared.fills.bySheet.values()].reduce((n, list) => n + list.length, 0);
  io.out(
    [
      baselineMessage(snapshot.length, asOf, earlier.length),
      ...(filled > 0
        ? [`Filled in ${filled} missing action ID${filled === 1 ? "" : "s"}, so each action can be matched.`]
        : []),
      `Wrote ${output} (sheet ${sheet}).`,
      ...notes,
    ].join("\n") + "\n",
  );
}

/** The baseline written part by part, checked, then written whole or not at all; the sheet it went to. */
async function baselineByParts(
  file: string,
  output: string,
  { read, kept }: LoadedPlan,
  rows: SpecValue[][],
  fills: Map<string, { cell: string; value: string }[]>,
): Promise<string> {
  const grids = read.input.grids;
  const found = grids.find((g) => isOwnedTitle(g.values[0]?.[0], BASELINE_KIND));
  const name =
    found?.sheet ??
    safeSheetName(
      BASELINE_KIND,
      grids.map((g) => g.sheet),
    );
  const lastUsed = found ? lastUsedRow(found.values) : 0;
  const sheet = { name, nextRow: Math.max(lastUsed, BASELINE_HEADER_ROW) + 1, exists: found !== undefined };
  writeCheckedCopy(output, read, await graftBaseline(kept, { rows, sheet, fills }), { planners: [name], fills });
  return name;
}

function lastUsedRow(values: readonly (readonly unknown[])[]): number {
  for (let r = values.length - 1; r >= 0; r--) {
    if ((values[r] ?? []).some((v) => v !== null && v !== undefined && v !== "")) return r + 1;
  }
  return 0;
}
