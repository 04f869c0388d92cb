/**
 * Flags on the source sheets: one rule per sheet highlights the Owner cells of
 * actions that make an owner overloaded (looked up in the Load sheet's
 * flagged list by name), and each such cell gets a note saying who, which
 * week, and load against capacity.
 */
import type { Analysis } from "../core/analysisTypes";
import { ukOf } from "../core/days";
import type { Action, Plan } from "../core/types";
import { LAST_ROW, formulaText } from "./a1";
import { flaggedActions, type FlaggedAction } from "../core/compute";
import { FLAG_IDS_NAME, FLAG_ROWS_NAME, FLAG_SHEETS_NAME } from "./loadSheet";
import { COLOURS } from "./palette";
import type { ExpressionRule, SheetPatch } from "./types";
import { idList } from "./cellLimits";

/**
 * One patch per source sheet with flagged actions (the plan is taken for the
 * sheets' layout; the analysis's actions carry the final IDs).
 * @example flagPatches(parsed.plan, analysis)[0].conditionalFormats.length // 1
 */
export function flagPatches(plan: Plan, analysis: Analysis): SheetPatch[] {
  const bySheet = new Map<string, FlaggedAction[]>();
  for (const f of flaggedActions(analysis)) {
    if (!f.action.cells.owner) continue;
    const list = bySheet.get(f.action.sheet) ?? [];
    list.push(f);
    bySheet.set(f.action.sheet, list);
  }
  const patches: SheetPatch[] = [];
  for (const [sheet, flagged] of bySheet) {
    const actions = plan.actions.filter((a) => a.sheet === sheet);
    patches.push({
      sheet,
      conditionalFormats: [flagRule(sheet, actions.length > 0 ? actions : flagged.map((f) => f.action))],
      notes: notesOf(flagged),
      fills: [],
    });
  }
  return patches;
}

/** The sheet's one flag rule over its Owner column, below the header. */
function flagRule(sheet: string, actions: Action[]): ExpressionRule {
  const ownerCell = actions[0].cells.owner as string;
  const column = ownerCell.replace(/\d+$/, "");
  const top = Math.min(...actions.map((a) => a.row));
  const idCell = actions.find((a) => a.cells.id)?.cells.id;
  const name = formulaText(sheet);
  // By ID where the sheet has an ID column (survives inserted rows); otherwise by row number.
  const formula = idCell
    ? `AND($${idCell.replace(/\d+$/, "")}${top}<>"",COUNTIFS(${FLAG_SHEETS_NAME},${name},${FLAG_IDS_NAME},$${idCell.replace(/\d+$/, "")}${top})>0)`
    : `COUNTIFS(${FLAG_SHEETS_NAME},${name},${FLAG_ROWS_NAME},ROW())>0`;
  return {
    kind: "expression",
    range: `${column}${top}:${column}${LAST_ROW}`,
    formula: `=${formula}`,
    fill: COLOURS.flagFill,
    fontColor: COLOURS.flagFont,
    bold: true,
  };
}

/** One note per flagged Owner cell, a line per overloaded owner of that action. */
function notesOf(flagged: FlaggedAction[]): SheetPatch["notes"] {
  const byCell = new Map<string, string[]>();
  for (const f of flagged) {
    const cell = f.action.cells.owner as string;
    const { worst } = f;
    const others = f.weeks > 1 ? `; ${f.weeks} overloaded weeks while this action runs` : "";
    const line =
      `${f.owner} is overloaded in the week of ${ukOf(worst.week)}: ${worst.load} actions against capacity ${worst.capacity}` +
      ` (${idList(worst.actions)})${others}.`;
    byCell.set(cell, [...(byCell.get(cell) ?? []), line]);
  }
  return [...byCell].map(([cell, lines]) => ({ cell, text: lines.join("\n") }));
}
