/**
 * How the planner marks the sheets it owns (Timeline, Load, Dashboard): A1
 * holds its title. The engine skips them as plans; the hosts rewrite them and
 * no other sheet. One rule, so the engine can never read its own Timeline as
 * a plan and count every action twice.
 */

/** The sheets the planner writes and owns, by kind (each kind's title is `ownedTitle(kind)`). */
export const OWNED_KINDS = ["Dashboard", "Timeline", "Load"] as const;

/** The Baseline sheet's kind: the planner's too, but kept across runs rather than rewritten by Consolidate. */
export const BASELINE_KIND = "Baseline";

/** A1 of every owned sheet starts with this; it also names the planner in its rules and notes. */
export const OWNED_TITLE_PREFIX = "Implementation Planner";

/**
 * The A1 title of an owned sheet of the given kind.
 * @example ownedTitle("Timeline") // "Implementation Planner — Timeline"
 */
export function ownedTitle(kind: string): string {
  return `${OWNED_TITLE_PREFIX} — ${kind}`;
}

/**
 * True when a sheet's A1 says the planner owns it (optionally: owns it as this kind).
 * @example isOwnedTitle("Implementation Planner — Load", "Load") // true; isOwnedTitle("Implementation Planner notes") // false
 */
export function isOwnedTitle(a1: unknown, kind?: string): boolean {
  if (typeof a1 !== "string") return false;
  const prefix = ownedTitle(kind ?? "");
  return kind === undefined ? a1.startsWith(prefix) : a1 === prefix || a1.startsWith(`${prefix} `);
}

/**
 * True when A1 is exactly one of the owned sheets' titles (a user's title that merely starts the same way is not).
 * @example isOwnedSheetTitle("Implementation Planner — Load") // true; isOwnedSheetTitle("Implementation Planner — Northside") // false
 */
export function isOwnedSheetTitle(a1: unknown): boolean {
  return OWNED_KINDS.some((kind) => isOwnedTitle(a1, kind));
}
