/**
 * How the add-in marks what it owns in a user's workbook, so that either host
 * (Office.js or the .xlsx writer) finds and replaces its own rules, notes,
 * names and sheets again, and never touches the user's.
 */
import { OWNED_TITLE_PREFIX } from "../core/rules/ownedMark";
import { fitCell, MAX_CELL_CHARS } from "./cellLimits";

export { isOwnedSheetTitle, isOwnedTitle, ownedTitle } from "../core/rules/ownedMark";

/** A term that is always true and names the add-in: wrapped round each flag rule's formula. */
export const RULE_MARK = `N("${OWNED_TITLE_PREFIX}")=0`;
/** First line of each note the add-in writes (after the user's own text, if the cell had a note). */
export const NOTE_MARK = `[${OWNED_TITLE_PREFIX}]`;
/** Every defined name the add-in writes starts with this. */
export const NAME_PREFIX = "Planner_";

/**
 * The defined names the add-in writes, by name: its own are replaced on each
 * run, and a user's name that merely shares the prefix (`Planner_Budget`) is
 * never touched. `tests/sheets/marks.test.ts` checks every name a spec writes is here.
 */
const OWN_NAMES = new Set([
  "Planner_FlagSheets",
  "Planner_FlagIDs",
  "Planner_FlagRows",
  "Planner_AreaSheets",
  "Planner_AreaActions",
  "Planner_AreaOverall",
]);

/** A workbook name the add-in sets to FALSE when the user turned off filling in missing IDs (kept across runs). */
export const FILL_IDS_SWITCH = `${NAME_PREFIX}FillIds`;
/** The switch's comment, for whoever finds it in Name Manager. */
export const FILL_IDS_SWITCH_COMMENT = `${OWNED_TITLE_PREFIX}: FALSE leaves blank action IDs blank; turn filling on again in the Timeline view, or delete this name.`;

/**
 * Whether Consolidate fills in blank IDs, from the workbook's names: yes unless the switch says FALSE.
 * @example fillIdsFrom([{ name: "Planner_FillIds", formula: "=FALSE" }]) // false
 */
export function fillIdsFrom(names: readonly { name: string; formula: string }[]): boolean {
  const found = names.find((n) => n.name.toLowerCase() === FILL_IDS_SWITCH.toLowerCase());
  return !found || !/^=?\s*FALSE\s*$/i.test(found.formula);
}

/**
 * True for a defined name the add-in owns.
 * @example isOwnName("Planner_Sheet_Load") // true; isOwnName("Planner_Budget") // false
 */
export function isOwnName(name: string): boolean {
  return OWN_NAMES.has(name) || name.startsWith(`${NAME_PREFIX}Sheet_`);
}

/**
 * A flag rule's formula with the mark, so it can be found again.
 * @example markFormula("=$A4>1") // '=AND(N("Implementation Planner")=0,$A4>1)'
 */
export function markFormula(formula: string): string {
  return `=AND(${RULE_MARK},${formula.replace(/^=/, "")})`;
}

/** True for a rule formula the add-in wrote (with or without the leading `=`). */
export function isMarkedFormula(formula: string): boolean {
  return formula.includes(RULE_MARK);
}

/**
 * A note's text with the add-in's part marked, appended to the user's note if there is one.
 * @example markNote("Jane Smith: overloaded", null) // "[Implementation Planner]\nJane Smith: overloaded"
 */
export function markNote(text: string, userText: string | null): string {
  const own = `${NOTE_MARK}\n${text}`;
  // The user's part is never cut: the planner's part gives way when the note would pass a cell's limit.
  if (!userText) return fitCell(own);
  return `${userText}\n\n${fitCell(own).slice(0, Math.max(NOTE_MARK.length, MAX_CELL_CHARS - userText.length - 2))}`;
}

/**
 * The user's part of a note the add-in may have added to: null when nothing of the user's remains.
 * @example userPartOfNote("Check with Tom\n\n[Implementation Planner]\nJane…") // "Check with Tom"
 */
export function userPartOfNote(text: string): string | null {
  const at = text.indexOf(NOTE_MARK);
  if (at < 0) return text;
  const user = text.slice(0, at).replace(/\s+$/, "");
  return user === "" ? null : user;
}

/**
 * A sheet's owner by the marks: true or false when the workbook has marks, undefined when it has none.
 * @example markedOwned(["Load"], "load") // true
 */
export function markedOwned(owned: string[] | undefined, sheet: string): boolean | undefined {
  return owned === undefined ? undefined : owned.some((name) => name.toLowerCase() === sheet.toLowerCase());
}
