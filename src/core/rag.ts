/** RAG ratings as people type them, normalised to the engine's seven values. */
import type { RagValue } from "./types";

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
