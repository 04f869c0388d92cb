/**
 * Request size budget. Excel on the web rejects a request over 5 MB and a
 * read of over 5,000,000 cells; the host keeps each round trip well under
 * both, so it syncs more often only for plans past the budget:
 *   write syncs = 2 + max(0, ceil(valueBytes / WRITE_BYTE_BUDGET) - 1)
 *   read syncs  = 2, or 3 + ceil(cells / READ_CELL_BUDGET) past READ_CELL_BUDGET
 */

/** Bytes of values per write request: 4 MB leaves room for formats and the envelope. */
export const WRITE_BYTE_BUDGET = 4_000_000;
/** Cells per read request. */
export const READ_CELL_BUDGET = 2_000_000;

/**
 * The JSON size of a block of values, as the request will carry it.
 * @example bytesOf([["Jane", 3]]) // 12
 */
export function bytesOf(values: unknown[][]): number {
  return JSON.stringify(values).length;
}

/**
 * Row ranges of a block that each fit the byte budget: [start, end) pairs.
 * @example rowChunks(rows, 1000) // [[0, 40], [40, 75]]
 */
export function rowChunks(rows: unknown[][], budget = WRITE_BYTE_BUDGET): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let size = 0;
  rows.forEach((row, i) => {
    const bytes = JSON.stringify(row).length + 1;
    if (i > start && size + bytes > budget) {
      chunks.push([start, i]);
      start = i;
      size = 0;
    }
    size += bytes;
  });
  if (rows.length > start) chunks.push([start, rows.length]);
  return chunks;
}

/**
 * Write round trips for a given amount of value bytes (the formula above).
 * @example writeSyncs(9_000_000) // 4
 */
export function writeSyncs(valueBytes: number, budget = WRITE_BYTE_BUDGET): number {
  return 2 + Math.max(0, Math.ceil(valueBytes / budget) - 1);
}
