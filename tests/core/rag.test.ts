/** RAG ratings as people type them. */
import { parseRag } from "../../src/core/rag";

test.each([
  ["R", "Red"],
  ["red", "Red"],
  ["RED ", "Red"],
  ["A/R", "Amber/Red"],
  ["AR", "Amber/Red"],
  ["Amber-Red", "Amber/Red"],
  ["Amber / Red", "Amber/Red"],
  ["Red/Amber", "Amber/Red"],
  ["A", "Amber"],
  ["amber", "Amber"],
  ["A/G", "Amber/Green"],
  ["AG", "Amber/Green"],
  ["Green/Amber", "Amber/Green"],
  ["G", "Green"],
  [" green", "Green"],
  ["Blue", "Complete"],
  ["B", "Complete"],
  ["Complete", "Complete"],
  ["", "Not rated"],
  ["   ", "Not rated"],
  ["Not rated", "Not rated"],
])("%p reads as %p", (text, rag) => {
  expect(parseRag(text)).toBe(rag);
});

test.each(["Purple", "On track", "R/G", "TBC", "3", "Red/Green"])("%p is not a RAG rating", (text) => {
  expect(parseRag(text)).toBeNull();
});
