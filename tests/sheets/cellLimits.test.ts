/** Excel's 32,767 characters per cell, and lists of actions cut to twenty with a count. */
import { fitCell, idList, MAX_CELL_CHARS } from "../../src/sheets/cellLimits";
import { markNote } from "../../src/sheets/marks";

test.each([
  [["W1"], "W1"],
  [Array.from({ length: 20 }, (_, i) => `W${i + 1}`), Array.from({ length: 20 }, (_, i) => `W${i + 1}`).join(", ")],
  [
    Array.from({ length: 21 }, (_, i) => `W${i + 1}`),
    `${Array.from({ length: 20 }, (_, i) => `W${i + 1}`).join(", ")} and 1 more`,
  ],
  [Array.from({ length: 5000 }, (_, i) => `W${i + 1}`), /^W1, W2, .* W20 and 4,980 more$/],
])("idList of %#", (ids, expected) => {
  if (typeof expected === "string") expect(idList(ids)).toBe(expected);
  else expect(idList(ids)).toMatch(expected);
});

test("fitCell keeps text that fits and cuts what does not, saying so", () => {
  expect(fitCell("short")).toBe("short");
  expect(fitCell("x".repeat(MAX_CELL_CHARS))).toHaveLength(MAX_CELL_CHARS);
  const cut = fitCell("x".repeat(40_000));
  expect(cut).toHaveLength(MAX_CELL_CHARS);
  expect(cut.endsWith("(cut: a cell holds 32,767 characters)")).toBe(true);
});

test("a flag note never passes the limit, and the user's own part is never cut", () => {
  const user = "u".repeat(30_000);
  const note = markNote("p".repeat(10_000), user);
  expect(note.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
  expect(note.startsWith(user)).toBe(true);
  expect(markNote("p".repeat(40_000), null)).toHaveLength(MAX_CELL_CHARS);
});
