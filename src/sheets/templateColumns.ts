/**
 * The seven-step actions table of an area sheet: one entry per column, in
 * template order, with the step band it sits under, its width, format and
 * the input message that tells people what goes there.
 */
import type { ActionField } from "../core/types";
import { DATE_FORMAT, TEXT_FORMAT } from "./types";

export type ColumnKind = "text" | "date" | "whole" | "decimal" | "percent" | "money" | "status" | "rag" | "owner";

export interface TemplateColumn {
  field: ActionField;
  header: string;
  /** Index into STEP_BANDS. */
  band: number;
  width: number;
  kind: ColumnKind;
  prompt: string;
}

/** The banded header row over the columns: the guide's seven steps, then the live fields. */
export const STEP_BANDS = [
  "1 Objectives",
  "2 Actions",
  "3 Responsibility",
  "4 Timescales",
  "5 Resources",
  "6 Monitoring",
  "7 Outcomes",
  "Progress",
];

export const TEMPLATE_COLUMNS: TemplateColumn[] = [
  {
    field: "id",
    header: "ID",
    band: 0,
    width: 8,
    kind: "text",
    prompt: "A short unique reference, e.g. W1. Left blank, Consolidate fills one in.",
  },
  {
    field: "objective",
    header: "Objective",
    band: 0,
    width: 30,
    kind: "text",
    prompt: "What this area must achieve. Repeat it on each action that serves it.",
  },
  {
    field: "step",
    header: "Step",
    band: 0,
    width: 6,
    kind: "whole",
    prompt: "Which step towards the objective (1, 2, 3…): steps are achieved one after another.",
  },
  { field: "action", header: "Action", band: 1, width: 36, kind: "text", prompt: "What must happen, in a few words." },
  { field: "purpose", header: "Purpose", band: 1, width: 28, kind: "text", prompt: "Why: what the action is for." },
  {
    field: "owner",
    header: "Owner",
    band: 2,
    width: 18,
    kind: "owner",
    prompt: "The one accountable person or group, from the People sheet.",
  },
  {
    field: "involved",
    header: "Involved",
    band: 2,
    width: 22,
    kind: "text",
    prompt: "Everyone else involved: people or groups, separated by commas.",
  },
  { field: "start", header: "Start", band: 3, width: 11, kind: "date", prompt: "Start date, dd/mm/yyyy." },
  {
    field: "due",
    header: "Due",
    band: 3,
    width: 11,
    kind: "date",
    prompt: "Completion date, dd/mm/yyyy. Short, realistic deadlines.",
  },
  {
    field: "horizon",
    header: "Horizon",
    band: 3,
    width: 12,
    kind: "text",
    prompt: "Instead of a due date: In 6 months, In 12 months or In 24 months from the plan start.",
  },
  {
    field: "resources",
    header: "Resources",
    band: 4,
    width: 22,
    kind: "text",
    prompt: "What it takes: people, money, rooms, materials.",
  },
  {
    field: "staffDays",
    header: "Staff days",
    band: 4,
    width: 9,
    kind: "decimal",
    prompt: "Staff time needed, in days. Used to check days needed against days available.",
  },
  {
    field: "cost",
    header: "Cost (£)",
    band: 4,
    width: 10,
    kind: "money",
    prompt: "Cost in pounds, including the cost of staff time.",
  },
  {
    field: "reviewDate",
    header: "Review date",
    band: 5,
    width: 11,
    kind: "date",
    prompt: "When progress is next reviewed, dd/mm/yyyy.",
  },
  {
    field: "reviewer",
    header: "Reviewer",
    band: 5,
    width: 18,
    kind: "text",
    prompt: "Who reviews it: usually the responsible group.",
  },
  {
    field: "outcomeMeasure",
    header: "Outcome measure",
    band: 6,
    width: 24,
    kind: "text",
    prompt: "How success is measured.",
  },
  {
    field: "target",
    header: "Target",
    band: 6,
    width: 16,
    kind: "text",
    prompt: "The measurable target, e.g. 40 staff trained.",
  },
  {
    field: "status",
    header: "Status",
    band: 7,
    width: 12,
    kind: "status",
    prompt: "Not started, In progress, Complete or Blocked.",
  },
  {
    field: "percentComplete",
    header: "% complete",
    band: 7,
    width: 10,
    kind: "percent",
    prompt: "How far through, 0% to 100%.",
  },
  {
    field: "rag",
    header: "RAG",
    band: 7,
    width: 12,
    kind: "rag",
    prompt: "Red, Amber or Green (five-point plans also Amber/Red and Amber/Green). Blank = not rated.",
  },
  {
    field: "notes",
    header: "Notes",
    band: 7,
    width: 30,
    kind: "text",
    prompt: "Anything else: progress, issues, decisions.",
  },
];

/** Number format of each kind of column. */
export function formatOf(kind: ColumnKind): string | undefined {
  switch (kind) {
    case "date":
      return DATE_FORMAT;
    case "percent":
      return "0%";
    case "money":
      return "£#,##0";
    case "whole":
    case "decimal":
      return undefined;
    default:
      // Text columns keep what is typed as text, so "=…", "+44…" or "-3 weeks" never become formulas.
      return TEXT_FORMAT;
  }
}
