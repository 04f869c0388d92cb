/** The RAG colours on a sheet cover exactly what the engine reads: Blue, Orange and done included. */
import { parseRag } from "../../src/core/rag";
import { ragRules } from "../../src/sheets/ragRules";
import { RAG_STYLE } from "../../src/sheets/palette";

/** What the rule's formula compares: upper case, spaces out, "-" read as "/" (as the formula itself does). */
const normalised = (typed: string) => typed.trim().toUpperCase().replace(/ /g, "").replace(/-/g, "/");

const TYPED = [
  "R",
  "red",
  "RED ",
  "A/R",
  "Amber-Red",
  "AR",
  "Amber / Red",
  "Red/Amber",
  "Amber",
  "orange",
  "Yellow",
  "A/G",
  "Amber / Green",
  "Green/Amber",
  "g",
  "Green",
  "Blue",
  "B",
  "done",
  "Complete",
  "completed",
  "Not rated",
  "NR",
  "grey",
];

test.each(TYPED)("%s is coloured as the engine reads it", (typed) => {
  const rag = parseRag(typed);
  expect(rag).not.toBeNull();
  const rules = ragRules("T4:T1048576");
  const matching = rules.filter((r) => r.formula.includes(`"${normalised(typed)}"`));
  expect(matching.map((r) => r.fill)).toEqual([RAG_STYLE[rag!].fill]);
});
