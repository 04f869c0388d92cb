/** RAG ratings as people type them, normalised to the engine's seven values. */
import { RAG_VALUES, type RagValue } from "./types";

type Token = "R" | "A" | "G" | "C" | "N";

const WORDS: Record<string, Token[]> = {
  r: ["R"],
  red: ["R"],
  a: ["A"],
  amber: ["A"],
  orange: ["A"],
  yellow: ["A"],
  g: ["G"],
  green: ["G"],
  ar: ["A", "R"],
  ra: ["R", "A"],
  ag: ["A", "G"],
  ga: ["G", "A"],
  b: ["C"],
  blue: ["C"],
  complete: ["C"],
  completed: ["C"],
  done: ["C"],
  nr: ["N"],
  grey: ["N"],
  gray: ["N"],
  none: ["N"],
};

/** Multi-word spellings checked before splitting into tokens. */
const PHRASES: Record<string, RagValue> = {
  "not rated": "Not rated",
  "n r": "Not rated",
  "not yet rated": "Not rated",
};

/**
 * Normalise a typed RAG value: `R`, `red`, `RED `, `A/R`, `AR`, `Amber-Red`,
 * `Amber / Red`, `Red/Amber`, `A/G`, `Green/Amber`, `Blue`… Blank is Not rated;
 * anything unrecognised is null (the caller reports it at its cell).
 * @example parseRag("Amber / Red") // "Amber/Red"
 */
export function parseRag(text: string): RagValue | null {
  const plain = text
    .trim()
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
  if (plain === "") return text.trim() === "" ? "Not rated" : null;
  if (Object.hasOwn(PHRASES, plain)) return PHRASES[plain];
  const tokens: Token[] = [];
  for (const word of plain.split(" ")) {
    if (!Object.hasOwn(WORDS, word)) return null;
    tokens.push(...WORDS[word]);
  }
  return combine(new Set(tokens));
}

function combine(tokens: Set<Token>): RagValue | null {
  const key = ["R", "A", "G", "C", "N"].filter((t) => tokens.has(t as Token)).join("");
  switch (key) {
    case "R":
      return "Red";
    case "A":
      return "Amber";
    case "G":
      return "Green";
    case "RA":
      return "Amber/Red";
    case "AG":
      return "Amber/Green";
    case "C":
      return "Complete";
    case "N":
      return "Not rated";
    default:
      return null;
  }
}

let spellings: Record<RagValue, string[]> | null = null;

/**
 * Every spelling `parseRag` reads, by value, in the form a sheet formula can
 * compare against: upper case, spaces taken out, `/` between two words
 * (`AMBER/RED`, `AR`, `R/A`, `ORANGE/RED`, `BLUE`, `DONE` …). Generated from
 * the reader itself, so the RAG colours on a sheet follow it exactly.
 * @example ragSpellings().Complete.includes("DONE") // true
 */
export function ragSpellings(): Record<RagValue, string[]> {
  if (spellings) return spellings;
  const out = Object.fromEntries(RAG_VALUES.map((v) => [v, [] as string[]])) as Record<RagValue, string[]>;
  const add = (typed: string, form: string) => {
    const value = parseRag(typed);
    if (value !== null && typed.trim() !== "" && !out[value].includes(form)) out[value].push(form);
  };
  const words = Object.keys(WORDS);
  for (const word of words) add(word, word.toUpperCase());
  for (const first of words) {
    for (const second of words) {
      // Only two different single ratings make a pair ("Amber Red"); "R/Red" adds nothing.
      const [a, b] = [WORDS[first], WORDS[second]];
      if (a.length !== 1 || b.length !== 1 || a[0] === b[0]) continue;
      add(`${first} ${second}`, `${first}/${second}`.toUpperCase());
      add(`${first} ${second}`, `${first}${second}`.toUpperCase());
    }
  }
  for (const phrase of Object.keys(PHRASES)) add(phrase, phrase.replace(/ /g, "").toUpperCase());
  spellings = out;
  return out;
}
