/** The JSON report of `implan check`: the engine's results in a stable, documented shape. */
import type { Analysis } from "../core/analysisTypes";
import { isoOf } from "../core/days";
import type { Day, ParseResult, Problem } from "../core/types";

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
}

/**
 * Shape the engine's results for `check --json`.
 * @example JSON.stringify(checkReport(parsed, analysis))
 */
export function checkReport({ plan, problems }: ParseResult, analysis: Analysis): CheckReport {
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
    actions: analysis.timeline.map((a) => ({
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
    })),
    overloads: analysis.overloads.map((o) => ({ ...o, week: isoOf(o.week) })),
    clashes: analysis.clashes.map((c) => ({ ...c, week: isoOf(c.week) })),
    reviews: analysis.reviews.map((r) => ({ sheet: r.sheet, cell: r.cell, due: isoOf(r.due), overdue: r.overdue })),
    problems: [...problems, ...analysis.problems],
  };
}

function roundAll(values: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
}
