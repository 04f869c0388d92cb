/**
 * An in-memory gateway for component tests and the browser walkthrough: it
 * answers every use case from what it is given, records each call, and can be
 * told to fail like Excel does. It never touches Office.
 */
import { baselineMessage } from "../../sheets/baselineSheet";
import { planFunctionNames } from "../../sheets/functionNamesPlan";
import type {
  AddPlansResult,
  CellTarget,
  ConsolidateOutcome,
  NewPlanOptions,
  PlanFile,
  StructureProposal,
  WriteResult,
} from "../../contract/operations";
import { safeSheetName } from "../../sheets/sheetNames";
import { RESERVED_SHEET_NAMES } from "../../sheets/templateWorkbook";
import type { AutoRefreshListener, ConsolidateOptions, GatewayMethod, PlannerGateway } from "../gateway";

export interface FakeGatewayOptions {
  /** The outcome of each Consolidate (a function, so capacity edits can change it). */
  outcome: () => ConsolidateOutcome;
  /** What "Structure this sheet" finds; without one it fails as on a sheet with no header. */
  proposal?: StructureProposal;
  /** Sheets already in the workbook (new sheet names avoid them). */
  sheets?: string[];
  /** Pause between progress steps, so a person (or a screenshot) can see the bar move. */
  stepDelayMs?: number;
  /** Methods that fail from the start (e.g. startAutoRefresh, which runs as the pane mounts). */
  failing?: Partial<Record<GatewayMethod, Error>>;
  /** Called when a capacity is saved, before the promise resolves. */
  onCapacity?: (owner: string, capacity: number) => void;
  /** What Add plans from files does with the files (default: names each file's plan and counts nothing). */
  addPlans?: (files: PlanFile[]) => AddPlansResult;
  /** Whether this pretend Excel keeps undo through the add-in's writes (ExcelApi 1.20); default true. */
  keepsUndo?: boolean;
}

export interface GatewayCall {
  method: GatewayMethod;
  args: unknown[];
}

export interface FakeGateway extends PlannerGateway {
  readonly calls: GatewayCall[];
  /** Make every later call of `method` fail with `error` (until `succeed`). */
  fail(method: GatewayMethod, error: Error): void;
  succeed(method: GatewayMethod): void;
  /** Act as if a plan sheet changed: hand the auto-refresh listener a fresh outcome. */
  refresh(): void;
}

/**
 * An Error shaped like Office.js's (a `code` such as "AccessDenied"), for the pane's advice.
 * @example fake.fail("consolidate", officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."))
 */
export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A fake gateway over canned answers.
 * @example const fake = createFakeGateway({ outcome: () => outcome }); render(<App gateway={fake} />);
 */
export function createFakeGateway(options: FakeGatewayOptions): FakeGateway {
  const calls: GatewayCall[] = [];
  const failures = new Map(Object.entries(options.failing ?? {}) as [GatewayMethod, Error][]);
  const sheets = [...(options.sheets ?? RESERVED_SHEET_NAMES.slice(0, 2))];
  let listener: AutoRefreshListener | null = null;

  /** Record the call, then fail if told to. */
  const enter = async (method: GatewayMethod, ...args: unknown[]) => {
    calls.push({ method, args });
    await Promise.resolve();
    const failure = failures.get(method);
    if (failure) throw failure;
  };
  const added = (wanted: string): string => {
    const name = safeSheetName(wanted, sheets);
    sheets.push(name);
    return name;
  };
  const written = (names: string[], messages: string[] = []): WriteResult => ({ sheets: names, messages });

  return {
    calls,
    fail: (method, error) => void failures.set(method, error),
    succeed: (method) => void failures.delete(method),
    refresh: () => listener?.(options.outcome()),

    async newPlan(plan: NewPlanOptions) {
      await enter("newPlan", plan);
      const names = ["Plan", "People", ...plan.areas.map((area) => added(area)), "Risks"];
      return written(names);
    },
    async addArea(name: string) {
      await enter("addArea", name);
      return written([added(name)]);
    },
    async proposeStructure() {
      await enter("proposeStructure");
      if (!options.proposal) {
        throw new Error("No header row was found in the first 20 rows of the active sheet");
      }
      return options.proposal;
    },
    async applyStructure(proposal: StructureProposal) {
      await enter("applyStructure", proposal);
      const name = added(`${proposal.sheet} (template)`);
      return written([name], [`Moved ${proposal.rowCount} rows; ‘${proposal.sheet}’ is kept as it was.`]);
    },
    async consolidate(run: ConsolidateOptions = {}) {
      await enter("consolidate", run);
      const delay = options.stepDelayMs ?? 0;
      run.onProgress?.("reading", 0.1);
      if (delay) await pause(delay);
      run.onProgress?.("computing", 0.45);
      if (delay) await pause(delay);
      run.onProgress?.("writing", 0.75);
      if (delay) await pause(delay);
      run.onProgress?.("writing", 1);
      return options.outcome();
    },
    async flagOverloads() {
      await enter("flagOverloads");
      return written([], ["Flagged overloaded owners on the Load sheet and their actions' Owner cells."]);
    },
    async clearFlags() {
      await enter("clearFlags");
      return written([], ["Cleared the planner's flags; your own formatting is untouched."]);
    },
    async setBaseline() {
      await enter("setBaseline");
      const { analysis } = options.outcome();
      return written(["Baseline"], [baselineMessage(analysis.timeline.length, analysis.asOf, 0)]);
    },
    async addPlans(files: PlanFile[]) {
      await enter("addPlans", files);
      if (options.addPlans) return options.addPlans(files);
      const plans = files.map((f) => {
        const sheet = added(f.file.replace(/\.xls[xm]$/i, ""));
        return { plan: sheet, sheet, file: f.file, actions: 0, replaced: false, added: 0, removed: 0, moved: 0 };
      });
      return { ...written(plans.map((p) => p.sheet)), plans };
    },
    async setFillIds(on: boolean) {
      await enter("setFillIds", on);
      return written([], [on ? "Consolidate fills in blank action IDs." : "Blank action IDs will be left blank."]);
    },
    async setFunctionNames(on: boolean) {
      await enter("setFunctionNames", on);
      // What the host says for a workbook that had none (on) or had them all (off).
      return written([], planFunctionNames([], on).messages);
    },
    async setOwnerCapacity(owner: string, capacity: number) {
      await enter("setOwnerCapacity", owner, capacity);
      options.onCapacity?.(owner, capacity);
    },
    async goToCell(target: CellTarget) {
      await enter("goToCell", target);
    },
    writesKeepUndo: () => options.keepsUndo ?? true,
    startAutoRefresh(next: AutoRefreshListener) {
      calls.push({ method: "startAutoRefresh", args: [] });
      const failure = failures.get("startAutoRefresh");
      if (failure) return Promise.reject(failure);
      listener = next;
      return Promise.resolve();
    },
    stopAutoRefresh() {
      calls.push({ method: "stopAutoRefresh", args: [] });
      listener = null;
      return Promise.resolve();
    },
  };
}
