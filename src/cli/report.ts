/** The JSON report of `implan check`: the engine's results in a stable, documented shape. */
import type { Analysis } from "../core/analysisTypes";
import type { BaselineComparison, DueMove } from "../core/baselineTypes";
import { isoOf } from "../core/days";
import type { Action, Day, ParseResult, Problem } from "../core/types";

const iso = (day: Day | null): string | null => (day === null ? null : isoOf(day));

export interface CheckReport {
  plan: { name: string; start: string | null; asOf: string };
  areas: {
    name: string;
    sheet: string;
    actions: number;
    rag: Record<string, number>;
    overall: string;
    rule: string;
    completeness: Record<string, number>;
  }[];
  actions: {
    id: string;
    area: string;
    sheet: string;
    row: number;
    action: string;
    owners: string[];
    start: string | null;
    due: string | null;
    status: string;
    rag: string;
  }[];
  overloads: { owner: string; week: string; load: number; capacity: number; actions: string[] }[];
  clashes: { owner: string; week: string; deadlines: number; actions: string[] }[];
  reviews: { sheet: string; cell: string; due: string; overdue: boolean }[];
  problems: Problem[];
  /** What moved since the baseline compared with (only when the workbook has one). */
  baseline?: {
    date: string;
    slipped: { id: string; area: string; from: string; to: string; days: number }[];
    forward: { id: string; area: string; from: string; to: string; days: number }[];
    added: string[];
    removed: string[];
    completed: string[];
    worsened: { id: string; from: string; to: string }[];
    renamed: { id: string; from: string; to: string }[];
    newlyOverloaded: string[];
  };
}

/**
 * Shape the engine's results for `check --json`.
 * @example JSON.stringify(checkReport(parsed, analysis))
 */
export function checkReport(
  { plan, problems }: ParseResult,
  analysis: Analysis,
  baseline: BaselineComparison | null = null,
): CheckReport {
  return {
    plan: { name: plan.settings.name, start: iso(plan.settings.start), asOf: isoOf(analysis.asOf) },
    areas: analysis.areas.map((a) => ({
      name: a.name,
      sheet: a.sheet,
      actions: a.actions,
      rag: { ...a.rag },
      overall: a.overall,
      rule: a.rule,
      completeness: roundAll({ ...a.completeness }),
    })),
    actions: analysis.timeline.map(actionEntry),
    overloads: analysis.overloads.map((o) => ({ ...o, week: isoOf(o.week) })),
    clashes: analysis.clashes.map((c) => ({ ...c, week: isoOf(c.week) })),
    reviews: analysis.reviews.map((r) => ({ sheet: r.sheet, cell: r.cell, due: isoOf(r.due), overdue: r.overdue })),
    problems: [...problems, ...analysis.problems],
    ...(baseline ? { baseline: baselineReport(baseline) } : {}),
  };
}

function baselineReport(c: BaselineComparison): NonNullable<CheckReport["baseline"]> {
  const move = (m: DueMove) => ({ id: m.id, area: m.area, from: isoOf(m.from), to: isoOf(m.to), days: m.days });
  return {
    date: isoOf(c.date),
    slipped: c.slipped.map(move),
    forward: c.forward.map(move),
    added: c.added,
    removed: c.removed,
    completed: c.completed,
    worsened: c.worsened.map(({ id, from, to }) => ({ id, from, to })),
    renamed: c.renamed,
    newlyOverloaded: c.newlyOverloaded,
  };
}

function roundAll(values: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
}

/**
 * One action as `check --json` lists it.
 * @example actionEntry(action).due // "2009-11-27"
 */
export function actionEntry(a: Action): CheckReport["actions"][number] {
  return {
    id: a.id,
    area: a.area,
    sheet: a.sheet,
    row: a.row,
    action: a.action,
    owners: a.owners,
    start: iso(a.start),
    due: iso(a.due),
    status: a.status,
    rag: a.rag,
  };
}
