/**
 * Request size budget. Excel on the web rejects a request or a response over
 * 5 MB and a read of over 5,000,000 cells; the host keeps each round trip
 * well under both, so it syncs more often only for plans past the budget:
 *   write syncs = 2 + max(0, ceil(requestBytes / WRITE_BYTE_BUDGET) - 1)
 *   read syncs  = 2, or 3 + ceil(cells / READ_CELL_BUDGET) when a whole read is refused
 */

/** Bytes per write request (values plus each operation's overhead): 4 MB leaves room for the envelope. */
export const WRITE_BYTE_BUDGET = 4_000_000;
/**
 * Cells per read request once a whole read was refused. A response carries
 * every blank as `""` (3 bytes) and text at its length: 200,000 cells stay
 * under 5 MB for cells averaging up to 25 characters.
 */
export const READ_CELL_BUDGET = 200_000;

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
