/**
 * Conditional-format rules that colour RAG cells, reading every spelling
 * people type (`R`, `amber / green`, `A-R`…). A fixed set of seven rules per
 * range, whatever the number of rows.
 */
import type { RagValue } from "../core/types";
import type { ExpressionRule } from "./types";
import { RAG_STYLE } from "./palette";

/** Spellings per value after upper-casing and removing spaces, with `-` read as `/`. */
const SPELLINGS: [RagValue, string[]][] = [
  ["Red", ["RED", "R"]],
  ["Amber/Red", ["AMBER/RED", "A/R", "AR", "RED/AMBER", "R/A"]],
  ["Amber/Green", ["AMBER/GREEN", "A/G", "AG", "GREEN/AMBER", "G/A"]],
  ["Amber", ["AMBER", "A"]],
  ["Green", ["GREEN", "G"]],
];

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
  const complete = options.statusColumn
    ? `OR(${norm}="COMPLETE",UPPER(TRIM($${options.statusColumn}${row}))="COMPLETE")`
    : `${norm}="COMPLETE"`;
  const notRated = options.activeColumn
    ? `OR(${norm}="NOTRATED",AND(${norm}="",$${options.activeColumn}${row}<>""))`
    : `${norm}="NOTRATED"`;
  return [
    rule("Complete", complete),
    ...SPELLINGS.map(([rag, words]) => rule(rag, isAny(words))),
    rule("Not rated", notRated),
  ];
}
