/**
 * `implan check A.xlsx B.xlsx …`: several plans rolled up — one load, its
 * overloads and clashes over every plan's actions, each plan's own areas and
 * guide checks, problems with the plan they belong to.
 */
import { plansOf, rollupPlans, type Rollup } from "../core/compute";
import { isoOf, localDayOf, ukOf } from "../core/days";
import type { Day } from "../core/types";
import { idList } from "../sheets/cellLimits";
import { cellReference } from "../core/parse/a1";
import { loadPlans } from "./loadPlan";
import { actionEntry } from "./report";
import { isoFlag, type PlanFlags } from "./options";
import type { Io } from "./program";

/**
 * Read every file, roll them up as of `--as-of` (else today) and print the summary or `--json`.
 * @example await rollupCheck(["north.xlsx", "east.xlsx"], { json: true }, io)
 */
export async function rollupCheck(files: string[], flags: PlanFlags, io: Io, today = new Date()): Promise<Rollup> {
  const asOf = isoFlag("as-of", flags.asOf) ?? localDayOf(today);
  const inputs = loadPlans(files, flags, io, today);
  const rollup = rollupPlans(inputs, asOf);
  const ownAsOf = inputs.map((i) => i.parsed.plan.settings.asOf);
  io.out(
    flags.json ? `${JSON.stringify(rollupReport(rollup, asOf, ownAsOf), null, 2)}\n` : rollupSummary(rollup, asOf),
  );
  return rollup;
}

/**
 * `check --json` for several plans: `plans`, each action's `plan`, each overload's and clash's `plans`, actions as `<plan>/<ID>`.
 * @example rollupReport(rollup, asOf, [null, null]).plans[0].name // "Northside"
 */
export function rollupReport(rollup: Rollup, asOf: Day, ownAsOf: (Day | null)[]) {
  const iso = (d: Day | null) => (d === null ? null : isoOf(d));
  return {
    asOf: isoOf(asOf),
    plans: rollup.plans.map((p, i) => ({
      name: p.name,
      file: p.file,
      actions: p.analysis.timeline.length,
      areas: p.analysis.areas.length,
      asOf: iso(ownAsOf[i] ?? null),
    })),
    areas: rollup.plans.flatMap((p) =>
      p.analysis.areas.map((a) => ({
        plan: p.name,
        name: a.name,
        sheet: a.sheet,
        actions: a.actions,
        rag: { ...a.rag },
        overall: a.overall,
        rule: a.rule,
      })),
    ),
    actions: rollup.combined.timeline.map((a) => ({
      plan: rollup.origin.get(a.id)?.plan ?? "",
      ...actionEntry({ ...a, id: rollup.origin.get(a.id)?.id ?? a.id }),
    })),
    overloads: rollup.combined.overloads.map((o) => ({
      ...o,
      week: isoOf(o.week),
      plans: plansOf(o.actions, rollup.origin),
    })),
    clashes: rollup.combined.clashes.map((c) => ({
      ...c,
      week: isoOf(c.week),
      plans: plansOf(c.actions, rollup.origin),
    })),
    problems: rollup.problems,
  };
}

/** The readable summary: each plan in a line, then who is overstretched across them and where problems are. */
function rollupSummary(rollup: Rollup, asOf: Day): string {
  const { combined } = rollup;
  const errors = rollup.problems.filter((p) => p.severity === "error").length;
  const lines = [
    `${rollup.plans.length} plans rolled up — as of ${ukOf(asOf)}`,
    ...rollup.plans.map(
      (p) =>
        `  ${p.name} (${p.file}): ${p.analysis.timeline.length} actions in ${p.analysis.areas.length} areas; overall ${p.analysis.overall.status}`,
    ),
    `Overloaded across the plans (${combined.overloads.length} owner-weeks):`,
    ...combined.overloads
      .slice(0, 15)
      .map(
        (o) =>
          `  ${o.owner}: week of ${ukOf(o.week)} — ${o.load} actions against capacity ${o.capacity}, from ${plansOf(o.actions, rollup.origin).join(", ")} (${idList(o.actions)})`,
      ),
    ...(combined.overloads.length > 15 ? [`  … and ${combined.overloads.length - 15} more (--json lists all)`] : []),
    `Deadline clashes (${combined.clashes.length})`,
    `Problems (${rollup.problems.length}; ${errors} ${errors === 1 ? "error" : "errors"}):`,
    ...rollup.problems
      .slice(0, 30)
      .map(
        (p) =>
          `  ${p.severity === "error" ? "error  " : "warning"} ${p.plan}: ${cellReference(p.sheet, p.cell)}: ${p.message}`,
      ),
    ...(rollup.problems.length > 30 ? [`  … and ${rollup.problems.length - 30} more (--json lists all)`] : []),
  ];
  return `${lines.join("\n")}\n`;
}
