/**
 * Conditional-format rules that colour RAG cells, reading every spelling
 * people type (`R`, `amber / green`, `A-R`…). A fixed set of seven rules per
 * range, whatever the number of rows.
 */
import { ragSpellings } from "../core/rag";
import type { RagValue } from "../core/types";
import type { ExpressionRule } from "./types";
import { RAG_STYLE } from "./palette";

/** The rated values in rule order (two-word values before the one-word ones they contain). */
const RATED: RagValue[] = ["Red", "Amber/Red", "Amber/Green", "Amber", "Green"];

export interface RagRuleOptions {
  /** Column letter of the row's Status, so a complete action shows blue whatever its RAG. */
  statusColumn?: string;
  /** Column letter that holds something on every real row, so a blank RAG there shows as Not rated. */
  activeColumn?: string;
}

/**
 * The seven RAG colour rules for `range` (e.g. `T4:T1048576`), Complete first.
 * @example ragRules("T4:T1048576", { statusColumn: "R", activeColumn: "D" }).length // 7
 */
export function ragRules(range: string, options: RagRuleOptions = {}): ExpressionRule[] {
  const topLeft = range.split(":")[0];
  const row = topLeft.replace(/^[A-Z]+/, "");
  const cell = topLeft;
  const norm = `SUBSTITUTE(SUBSTITUTE(UPPER(TRIM(${cell}))," ",""),"-","/")`;
  const isAny = (words: string[]) =>
    words.length === 1 ? `${norm}="${words[0]}"` : `OR(${words.map((w) => `${norm}="${w}"`).join(",")})`;
  const rule = (rag: RagValue, formula: string): ExpressionRule => ({
    kind: "expression",
    range,
    formula: `=${formula}`,
    fill: RAG_STYLE[rag].fill,
    fontColor: RAG_STYLE[rag].font,
    bold: rag === "Amber/Red" || rag === "Amber/Green",
    stopIfTrue: true,
  });
  // The spellings the engine reads, from the engine: a cell coloured is a cell read the same way.
  const spelt = ragSpellings();
  const complete = options.statusColumn
    ? `OR(${isAny(spelt.Complete)},UPPER(TRIM($${options.statusColumn}${row}))="COMPLETE")`
    : isAny(spelt.Complete);
  const notRated = options.activeColumn
    ? `OR(${isAny(spelt["Not rated"])},AND(${norm}="",$${options.activeColumn}${row}<>""))`
    : isAny(spelt["Not rated"]);
  return [rule("Complete", complete), ...RATED.map((rag) => rule(rag, isAny(spelt[rag]))), rule("Not rated", notRated)];
}
