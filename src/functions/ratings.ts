/**
 * Reading a block of RAG ratings in one pass. Ratings repeat ("G", "Amber" …),
 * so each distinct text is parsed by the core once and remembered.
 */
import type { RagCounts } from "../core/analysisTypes";
import { parseRag } from "../core/rag";
import { RAG_VALUES } from "../core/types";
import { describe, isBlank } from "./cells";
import { functionError } from "./errors";

/** Distinct texts remembered at most; plans use a handful, so this only guards memory. */
const CACHE_LIMIT = 4096;
/** What a text reads as: an index into RAG_VALUES, BLANK, or UNREADABLE. */
const BLANK = -1;
const UNREADABLE = -2;
const classOfText = new Map<string, number>();

function classify(text: string): number {
  const rag = text.trim() === "" ? null : parseRag(text);
  const k = text.trim() === "" ? BLANK : rag === null ? UNREADABLE : RAG_VALUES.indexOf(rag);
  if (classOfText.size >= CACHE_LIMIT) classOfText.clear();
  classOfText.set(text, k);
  return k;
}

/** Counts with every RAG value at zero. */
export function zeroCounts(): RagCounts {
  const counts = {} as RagCounts;
  for (const rag of RAG_VALUES) counts[rag] = 0;
  return counts;
}

/**
 * Count the RAG values in a block of cells; blanks (null, 0, "") are skipped so
 * a range can leave room for more rows. Anything else unreadable is `#VALUE!`.
 * One pass; each distinct text is parsed once, and counting is by class index.
 * @example countRatings("ratings", [["R"], ["amber "], [null], ["G"]]) // Red 1, Amber 1, Green 1
 */
export function countRatings(name: string, range: unknown): RagCounts {
  const tally = new Array<number>(RAG_VALUES.length).fill(0);
  const rows: unknown[] = Array.isArray(range) ? range : [[range]];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cells: unknown[] = Array.isArray(row) ? row : [row];
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c];
      if (typeof value === "string") {
        const k = classOfText.get(value) ?? classify(value);
        if (k >= 0) tally[k]++;
        else if (k === UNREADABLE) throw badRating(name, value, r, c, cells.length);
      } else if (!isBlank(value)) {
        throw badRating(name, value, r, c, cells.length);
      }
    }
  }
  const counts = zeroCounts();
  RAG_VALUES.forEach((rag, k) => (counts[rag] = tally[k]));
  return counts;
}
function badRating(name: string, value: unknown, r: number, c: number, width: number): Error {
  const where = width > 1 ? `row ${r + 1}, column ${c + 1}` : `row ${r + 1}`;
  return functionError(
    "#VALUE!",
    `${name}: ${where} is ${describe(value)}, expected a RAG rating (R, A/R, A, A/G, G, Complete, Not rated or blank)`,
  );
}
