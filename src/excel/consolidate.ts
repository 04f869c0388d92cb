/**
 * The Consolidate use case (ribbon button and pane): read every plan sheet,
 * compute, write Timeline, Load, Dashboard and the owner flags — four round
 * trips below the payload budget.
 */
import { prepareConsolidation } from "../core/compute";
import { localDayOf } from "../core/days";
import { parseWorkbook } from "../core/parse";
import type { Day } from "../core/types";
import { fillIdsFrom } from "../sheets/marks";
import { consolidationSpec } from "../sheets/consolidationSpec";
import type { ConsolidateOutcome, ProgressListener } from "../contract/operations";
import { friendlyError } from "./errors";
import { readWorkbook } from "./readWorkbook";
import { excelApiSupported, NOTES_API, type ApiSupport } from "./requirements";
import { excelRun, Session, type ExcelRunner } from "./session";
import { lockedWrite } from "./writeLock";
import { writeSpec } from "./writeSpec";

export interface ConsolidateRun {
  onProgress?: ProgressListener;
  /** The clock reading the sheets are stamped with (and "today" when the plan gives no As of). */
  now?: Date;
  run?: ExcelRunner;
  /** Which ExcelApi versions this Excel has (`isSetSupported`); tests give the fake's. */
  supports?: ApiSupport;
  /** Whether Excel has cell notes; detected when not given. */
  notes?: boolean;
  /** Bytes of values per write request (default WRITE_BYTE_BUDGET). */
  byteBudget?: number;
  /** Compare with the baseline of this day; the latest when absent, null or no longer on the sheet. */
  baseline?: Day | null;
}

/**
 * Read, compute and write the owned sheets and flags of the open workbook:
 * one writer at a time, one undo step where Excel has ExcelApi 1.20, waiting
 * for the user to leave cell edit where it has 1.11.
 * @example const outcome = await consolidateWorkbook({ onProgress: (step, f) => bar.update(step, f) });
 */
export async function consolidateWorkbook(options: ConsolidateRun = {}): Promise<ConsolidateOutcome> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const supports = options.supports ?? excelApiSupported;
  const notes = options.notes ?? supports(NOTES_API);
  const progress = options.onProgress ?? (() => undefined);
  const run = options.run ?? excelRun;
  try {
    return await lockedWrite(
      run,
      async (context) => {
        const session = new Session(context);
        progress("reading", 0.05);
        const read = await readWorkbook(session, { notes });
        progress("computing", 0.35);
        const parsed = parseWorkbook(read.input);
        const dates = (parsed.baselines ?? []).map((b) => b.date);
        const chosen = options.baseline !== undefined && options.baseline !== null && dates.includes(options.baseline);
        const fillIds = fillIdsFrom(read.names.items);
        const prepared = prepareConsolidation(
          parsed,
          parsed.plan.settings.asOf ?? localDayOf(now),
          chosen ? (options.baseline ?? null) : null,
          { fillIds },
        );
        const consolidation = consolidationSpec(prepared, read.sheets, now);
        progress("writing", 0.55);
        const messages = await writeSpec(session, read, consolidation.spec, {
          notes,
          byteBudget: options.byteBudget,
          onSync: (step) => progress("writing", step >= 2 ? 0.9 : 0.7),
        });
        progress("writing", 1);
        return {
          analysis: consolidation.analysis,
          parseProblems: prepared.parsed.problems,
          elapsedMs: Math.round(performance.now() - started),
          syncs: session.syncs,
          baseline: prepared.baseline?.comparison ?? null,
          baselines: dates,
          fillIds,
          sheets: consolidation.spec.sheets.map((s) => s.name),
          messages: [...consolidation.messages, ...messages],
        };
      },
      supports,
    );
  } catch (error) {
    throw friendlyError(error, "Consolidate");
  }
}
