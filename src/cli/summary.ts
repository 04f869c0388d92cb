/** The readable summary `implan check` prints without --json. */
import type { BaselineComparison } from "../core/baselineTypes";
import { actionCell } from "../core/rules/actionCell";
import type { Analysis } from "../core/analysisTypes";
import { countedRag, ROLLUP_RULE_LABELS } from "../core/compute";
import { cellReference } from "../core/parse";
import { ukOf } from "../core/days";
import type { ParseResult } from "../core/types";
import { spanText } from "../sheets/spanText";
import { idList } from "../sheets/cellLimits";

const MAX_LISTED = 15;

function listed<T>(items: T[], line: (item: T) => string): string[] {
  const lines = items.slice(0, MAX_LISTED).map((item) => `  ${line(item)}`);
  if (items.length > MAX_LISTED) lines.push(`  … and ${items.length - MAX_LISTED} more (use --json for all)`);
  return lines;
}

/**
 * Plain-text summary of a checked plan.
 * @example io.out(summaryText(parsed, analysis))
 */
export function summaryText(
  { plan, problems }: ParseResult,
  analysis: Analysis,
  baseline: BaselineComparison | null = null,
): string {
  const all = [...problems, ...analysis.problems];
  const errors = all.filter((p) => p.severity === "error").length;
  const red = analysis.timeline.filter((a) => countedRag(a, analysis) === "Red");
  const span = spanText(analysis);
  const out = [
    `${plan.settings.name} — as of ${ukOf(analysis.asOf)}`,
    `${analysis.timeline.length} actions in ${analysis.areas.length} areas; ${span}`,
    `Overall: ${analysis.overall.status} (rule: ${ROLLUP_RULE_LABELS[analysis.overall.rule]})`,
    "",
    `Red (${red.length}):`,
    ...listed(
      red,
      (a) =>
        `${a.id} ${a.action} — ${a.owners.join(", ") || "no owner"} (${cellReference(a.sheet, actionCell(a, "rag"))})`,
    ),
    `Overdue (${analysis.overdue.length}):`,
    ...listed(
      analysis.overdue,
      (a) => `${a.id} ${a.action} — due ${a.due === null ? "?" : ukOf(a.due)}, ${a.owners.join(", ") || "no owner"}`,
    ),
    `Overloaded (${analysis.overloads.length} owner-weeks):`,
    ...listed(
      analysis.overloads,
      (o) =>
        `${o.owner}: week of ${ukOf(o.week)} — ${o.load} actions against capacity ${o.capacity} (${idList(o.actions)})`,
    ),
    `Deadline clashes (${analysis.clashes.length}):`,
    ...listed(
      analysis.clashes,
      (c) => `${c.owner}: week of ${ukOf(c.week)} — ${c.deadlines} deadlines (${idList(c.actions)})`,
    ),
    ...(baseline ? baselineLines(baseline) : []),
    `Problems (${all.length}; ${errors} ${errors === 1 ? "error" : "errors"}):`,
    ...listed(
      all,
      (p) => `${p.severity === "error" ? "error  " : "warning"} ${cellReference(p.sheet, p.cell)}: ${p.message}`,
    ),
  ];
  return `${out.join("\n")}\n`;
}

/** "Since the baseline of …": each kind of change in one line, the slips with their days. */
function baselineLines(c: BaselineComparison): string[] {
  const ids = (list: string[]) => (list.length === 0 ? "none" : idList(list));
  const days = (n: number) => `${Math.abs(n)} day${Math.abs(n) === 1 ? "" : "s"}`;
  return [
    `Since the baseline of ${ukOf(c.date)}:`,
    `  slipped (${c.slipped.length}): ${c.slipped.map((m) => `${m.id} ${days(m.days)}`).join(", ") || "none"}`,
    `  brought forward (${c.forward.length}): ${c.forward.map((m) => `${m.id} ${days(m.days)}`).join(", ") || "none"}`,
    `  added (${c.added.length}): ${ids(c.added)}; removed (${c.removed.length}): ${ids(c.removed)}`,
    `  completed (${c.completed.length}): ${ids(c.completed)}`,
    `  now Red or Amber/Red (${c.worsened.length}): ${c.worsened.map((w) => `${w.id} (was ${w.from})`).join(", ") || "none"}`,
    `  overloaded now, not then: ${c.newlyOverloaded.join(", ") || "nobody"}`,
  ];
}
