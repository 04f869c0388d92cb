/** Owner names: the order every per-owner result is listed in. */

/**
 * Compare two names case-insensitively; names that differ only in case keep a
 * fixed order (plain code-unit order) so results never depend on input order or locale.
 * @example ["bob", "Alice"].sort(compareNames) // ["Alice", "bob"]
 */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
