/**
 * Excel's limits on what one cell or note holds. A file that passes them is
 * "damaged" to Excel, which truncates it on repair; one owner with thousands
 * of actions in a week would otherwise put every ID into every note.
 */

/**
 * Characters in one cell: "Total number of characters that a cell can contain: 32,767"
 * (Microsoft, Excel specifications and limits). Notes are held to the same.
 */
export const MAX_CELL_CHARS = 32_767;

/** Action IDs named in one cell or note before "and N more": enough to act on, short enough to read. */
export const LISTED_IDS = 20;

/**
 * IDs for a cell or note: the first LISTED_IDS, then how many more.
 * @example idList(["W1", "W2"]) // "W1, W2"
 * @example idList(ids) // "W1, W2, … W20 and 4,980 more"
 */
export function idList(ids: readonly string[], max = LISTED_IDS): string {
  if (ids.length <= max) return ids.join(", ");
  return `${ids.slice(0, max).join(", ")} and ${(ids.length - max).toLocaleString("en-GB")} more`;
}

/**
 * Text cut to what a cell holds, saying that it was cut.
 * @example fitCell("x".repeat(40_000)).length // 32767
 */
export function fitCell(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  const tail = " … (cut: a cell holds 32,767 characters)";
  return text.slice(0, MAX_CELL_CHARS - tail.length) + tail;
}
