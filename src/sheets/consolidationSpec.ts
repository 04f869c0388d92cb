/**
 * Everything one consolidation writes, as data: the Timeline, Load and
 * Dashboard sheets, the flags and filled IDs on the source sheets, and the
 * names that tie them together — plus what the user should be told.
 */
import { asOfText, planFooter, withFooter } from "./printSetup";
import type { Analysis } from "../core/analysisTypes";
import { planOfAction, type PreparedConsolidation } from "../core/compute";
import { serialOf as serialIn } from "../core/days";
import { OWNED_KINDS as CORE_OWNED_KINDS } from "../core/rules/ownedMark";
import type { Day } from "../core/types";
import { dashboardNames, dashboardSheet } from "./dashboardSheet";
import { flagPatches } from "./flagPatches";
import { loadNames, loadSheet } from "./loadSheet";
import { absoluteRange } from "./a1";
import { isOwnedTitle, NAME_PREFIX } from "./marks";
import { safeSheetName } from "./sheetNames";
import { timelineSheet } from "./timelineSheet";
import type { SheetPatch, WorkbookSpec } from "./types";

/** A sheet already in the workbook: its name and what its A1 holds (owned sheets carry their title there). */
export interface ExistingSheet {
  name: string;
  a1: unknown;
  /** What the host's marks say: false for a sheet that carries the title but no `Planner_Sheet_…` name. */
  owned?: boolean;
}

export type OwnedKind = (typeof CORE_OWNED_KINDS)[number];

/**
 * Each owned sheet also carries a defined name pointing at its A1, e.g.
 * `Planner_Sheet_Timeline`. Excel keeps a name pointing at its sheet through
 * renames, so a host can tell the planner's sheets from the names alone,
 * without reading their bodies.
 */
export const OWNED_SHEET_NAME = `${NAME_PREFIX}Sheet_`;
export const OWNED_KINDS: OwnedKind[] = [...CORE_OWNED_KINDS];

export interface Consolidation {
  spec: WorkbookSpec;
  messages: string[];
  /** The name each owned sheet is written under. */
  sheetNames: Record<OwnedKind, string>;
  /** The analysis as written (recomputed with the filled IDs when there were any). */
  analysis: Analysis;
}

/**
 * The name for an owned sheet: its own name when free or already the
 * add-in's; otherwise "Timeline (plan)" (then "(plan 2)"…), and a message.
 * @example ownedSheetName("Timeline", [{ name: "Timeline", a1: "My notes" }]).name // "Timeline (plan)"
 */
export function ownedSheetName(kind: OwnedKind, existing: ExistingSheet[]): { name: string; message?: string } {
  const names = existing.map((s) => s.name);
  for (const candidate of ownedNameCandidates(kind)) {
    const found = existing.find((s) => s.name.toLowerCase() === candidate.toLowerCase());
    if (found && (found.owned === false || !isOwnedTitle(found.a1, kind))) continue;
    if (candidate === kind) return { name: kind };
    return {
      name: candidate,
      message: `A sheet named ${kind} is yours, so it was left alone; the add-in's ${kind} is written as "${candidate}".`,
    };
  }
  return { name: safeSheetName(`${kind} (plan)`, names) };
}

/**
 * Every name an owned sheet of this kind can have, in the order they are tried.
 * @example ownedNameCandidates("Load").slice(0, 3) // ["Load", "Load (plan)", "Load (plan 2)"]
 */
export function ownedNameCandidates(kind: OwnedKind): string[] {
  return [kind, `${kind} (plan)`, ...Array.from({ length: 20 }, (_, i) => `${kind} (plan ${i + 2})`)];
}

/**
 * The consolidation of a plan prepared by the core (IDs filled in, analysed once).
 * @example const { spec, messages } = consolidationSpec(prepareConsolidation(parsed, asOf), existingSheets(workbook), new Date());
 */
export function consolidationSpec(
  prepared: PreparedConsolidation,
  existing: ExistingSheet[],
  now: Date,
): Consolidation {
  const { parsed, fills, analysis } = prepared;
  const { plan } = parsed;
  const messages: string[] = [];
  const sheetNames = {} as Record<OwnedKind, string>;
  for (const kind of OWNED_KINDS) {
    const chosen = ownedSheetName(kind, existing);
    sheetNames[kind] = chosen.name;
    if (chosen.message) messages.push(chosen.message);
  }
  const { ragScale, reviewWindowDays } = plan.settings;
  const patches = mergeFills(flagPatches(plan, analysis), fills.bySheet);
  const filled = [...fills.bySheet.values()].reduce((n, list) => n + list.length, 0);
  if (filled > 0) messages.push(`Filled in ${filled} missing action ID${filled === 1 ? "" : "s"}.`);
  if (prepared.unfilled > 0) {
    const first = plan.actions.find((a) => a.generatedId && a.cells.id);
    messages.push(
      `${prepared.unfilled} action${prepared.unfilled === 1 ? " has" : "s have"} no ID and ${prepared.unfilled === 1 ? "goes" : "go"} by sheet and row (${first?.id ?? ""}); ` +
        "your ID cells were left blank. Ask the planner to fill in missing IDs (the pane's switch, or implan --fill-ids) to number them.",
    );
  }
  const serialOf = (day: Day) => serialIn(day, parsed.date1904 === true);
  const planOf = analysis.plans ? planOfAction(analysis.timeline, analysis.plans) : undefined;
  const spec: WorkbookSpec = {
    sheets: [
      dashboardSheet(analysis, parsed.problems, {
        now,
        name: sheetNames.Dashboard,
        ragScale,
        reviewWindowDays,
        serialOf,
        baseline: prepared.baseline,
        planOf,
      }),
      timelineSheet(analysis, {
        now,
        name: sheetNames.Timeline,
        serialOf,
        baseline: prepared.baseline?.chosen,
        planOf,
      }),
      loadSheet(analysis, { now, name: sheetNames.Load, serialOf }),
    ],
    patches,
    functionNames: {},
    names: [
      ...loadNames(analysis, sheetNames.Load),
      ...dashboardNames(analysis, sheetNames.Dashboard, ragScale),
      ...OWNED_KINDS.map((kind) => ({
        name: `${OWNED_SHEET_NAME}${kind}`,
        refersTo: absoluteRange(sheetNames[kind], 0, 1, 0, 1),
      })),
    ],
  };
  withFooter(spec.sheets, planFooter(plan.settings.name, asOfText(analysis.asOf)));
  return { spec, messages, sheetNames, analysis };
}

function mergeFills(patches: SheetPatch[], fills: Map<string, { cell: string; value: string }[]>): SheetPatch[] {
  const bySheet = new Map(patches.map((p) => [p.sheet, p]));
  for (const [sheet, list] of fills) {
    const patch = bySheet.get(sheet) ?? { sheet, conditionalFormats: [], notes: [], fills: [] };
    patch.fills.push(...list);
    bySheet.set(sheet, patch);
  }
  return [...bySheet.values()];
}
