/**
 * `implan consolidate A.xlsx B.xlsx … -o consortium.xlsx`: the partners'
 * plans in one new workbook — People (one row per person, the lowest
 * capacity where plans differ), one sheet per plan with its actions and where
 * they came from, and Timeline, Load and Dashboard over all of them. No input
 * is changed; the consortium workbook reads back as one plan.
 */
import * as path from "path";
import { analysePlan, rollupPlans, type PlanProblem, type Rollup } from "../core/compute";
import { localDayOf, serialOf } from "../core/days";
import { clockSerial } from "../sheets/ownedHeader";
import { isoFlag } from "./options";
import {
  DEFAULT_SETTINGS,
  type Action,
  type Area,
  type Day,
  type ParseResult,
  type Plan,
  type PlanCopy,
} from "../core/types";
import { consolidationSpec } from "../sheets/consolidationSpec";
import { peopleSheet } from "../sheets/peopleSheet";
import { planCopySheet } from "../sheets/planCopySheet";
import { safeSheetName } from "../sheets/sheetNames";
import { RESERVED_SHEET_NAMES } from "../sheets/templateWorkbook";
import type { SheetSpec } from "../sheets/types";
import { renderWorkbookSpec } from "../xlsx/renderWorkbookSpec";
import { newWorkbook, saveWorkbook } from "../xlsx/writeWorkbook";
import { checkedOutput, consolidateSummary, type ConsolidateFlags } from "./consolidateFile";
import { loadPlans, progress } from "./loadPlan";
import { UsageError, type Io } from "./program";
import { cellReference } from "../core/parse/a1";

/**
 * Roll the plans up into `flags.output`, printing the summary.
 * @example await rollupConsolidate(["north.xlsx", "east.xlsx"], { output: "consortium.xlsx" }, io)
 */
export async function rollupConsolidate(
  files: string[],
  flags: ConsolidateFlags,
  io: Io,
  now = new Date(),
): Promise<Rollup> {
  if (flags.inPlace) {
    throw new UsageError(
      "--in-place replaces one plan; a roll-up of several writes a new workbook: give -o consortium.xlsx",
    );
  }
  const output = files.map((file) => checkedOutput(file, flags))[0];
  const asOf = isoFlag("as-of", flags.asOf) ?? localDayOf(now);
  const inputs = loadPlans(files, flags, io, now);
  const rollup = rollupPlans(inputs, asOf);
  const serial = (day: Day) => serialOf(day);
  const byId = new Map(rollup.combined.timeline.map((a) => [a.id, a]));
  const taken = [...RESERVED_SHEET_NAMES];
  const copies: SheetSpec[] = [];
  const planCopies: PlanCopy[] = [];
  const actions: Action[] = [];
  /** `<plan>|<sheet>|<row>` in a partner's file → the action as copied, and each plan's copy sheet. */
  const copied = new Map<string, Action>();
  const copyOf = new Map<string, string>();
  rollup.plans.forEach((plan, i) => {
    const name = safeSheetName(plan.name, taken);
    taken.push(name);
    const own = inputs[i].parsed.plan.actions
      .map((a) => byId.get(`${plan.name}/${a.id}`))
      .filter((a) => a !== undefined);
    const source = {
      plan: plan.name,
      planAsOf: inputs[i].parsed.plan.settings.asOf,
      file: path.basename(inputs[i].file),
      readAt: clockSerial(now),
    };
    const copy = planCopySheet(name, own, source, serial);
    copies.push(copy.sheet);
    planCopies.push({
      plan: plan.name,
      sheet: name,
      file: source.file,
      planAsOf: source.planAsOf,
      read: localDayOf(now),
      readCell: copy.readCell,
    });
    actions.push(...copy.actions);
    copyOf.set(plan.name, name);
    own.forEach((a, n) => copied.set(`${plan.name}|${a.sheet}|${a.row}`, copy.actions[n]));
  });
  const plan: Plan = {
    settings: {
      ...(inputs[0]?.parsed.plan.settings ?? DEFAULT_SETTINGS),
      name: `Consortium: ${rollup.plans.map((p) => p.name).join(", ")}`,
      asOf,
    },
    people: rollup.people,
    areas: areasOf(actions),
    actions,
    risks: [],
    copies: planCopies,
  };
  const parsed: ParseResult = { plan, problems: rollup.problems.map((p) => pointedAt(p, copied, copyOf)) };
  const prepared = {
    parsed,
    fills: { ids: new Map(), bySheet: new Map() },
    analysis: analysePlan(plan, asOf),
    baseline: null,
    unfilled: 0,
  };
  const people = peopleSheet(rollup.people.map((p) => [p.name, p.role, p.group, p.capacity, p.daysPerWeek]));
  const workbook = newWorkbook({ sheets: [people, ...copies], patches: [], names: [], functionNames: {} }, now);
  const existing = [people, ...copies].map((s) => ({ name: s.name, a1: s.rows[0]?.[0] ?? null, owned: false }));
  const result = consolidationSpec(prepared, existing, now);
  result.spec.functionNames = { choice: flags.names };
  progress(io, "Writing");
  result.messages.push(...renderWorkbookSpec(workbook, result.spec));
  await saveWorkbook(workbook, output);
  io.out(
    `${rollup.plans.length} plans rolled up into ${output}: ${copies.map((c) => c.name).join(", ")}, with People, Dashboard, Timeline and Load.\n` +
      consolidateSummary(result, plan.settings.name, 0, output),
  );
  return rollup;
}

/** Each area once, at the first plan sheet that holds it. */
function areasOf(actions: readonly Action[]): Area[] {
  const areas: Area[] = [];
  for (const a of actions) if (!areas.some((x) => x.name === a.area)) areas.push({ name: a.area, sheet: a.sheet });
  return areas;
}

/**
 * A plan's problem in the consortium workbook: at the copied action's ID when it is about one of
 * its rows, else at the top of the plan's sheet; the message says where it is in the partner's file.
 */
function pointedAt(p: PlanProblem, copied: Map<string, Action>, copyOf: Map<string, string>): PlanProblem {
  const row = Number(/\d+$/.exec(p.cell)?.[0] ?? 0);
  const action = copied.get(`${p.plan}|${p.sheet}|${row}`);
  return {
    ...p,
    sheet: action?.sheet ?? copyOf.get(p.plan) ?? p.sheet,
    cell: action?.cells.id ?? "A1",
    message: `In ${p.plan}, ${cellReference(p.sheet, p.cell)}: ${p.message}`,
  };
}
