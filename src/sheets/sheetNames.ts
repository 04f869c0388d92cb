/** Worksheet names that Excel accepts (31 characters, no `: \ / ? * [ ]`, unique ignoring case). */

const MAX_LENGTH = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

/**
 * A name Excel will accept for a new sheet, close to the one wanted: forbidden
 * characters become spaces, leading and trailing apostrophes go, it is cut to
 * 31 characters, and a clash with an existing name (ignoring case) gets " (2)",
 * " (3)"… within the limit.
 * @example safeSheetName("Info/advice: IAG", []) // "Info advice IAG"
 * @example safeSheetName("Transport", ["transport"]) // "Transport (2)"
 */
export function safeSheetName(wanted: string, existing: string[]): string {
  const cleaned = wanted.replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim();
  const base = trimQuotes(cleaned.slice(0, MAX_LENGTH)) || "Sheet";
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${trimQuotes(base.slice(0, MAX_LENGTH - suffix.length)).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

function trimQuotes(name: string): string {
  return name.replace(/^'+|'+$/g, "").trim();
}

/**
 * A name for an Excel table: starts with a letter, letters, digits and
 * underscores only, unique among `existing` (ignoring case).
 * @example safeTableName("Actions Workforce planning", []) // "Actions_Workforce_planning"
 */
export function safeTableName(wanted: string, existing: string[]): string {
  let base = wanted.replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "") || "Table";
  if (!/^[A-Za-z]/.test(base)) base = `T_${base}`;
  // Names like "AB12" would read as cell references.
  if (/^[A-Za-z]{1,3}\d+$/.test(base)) base = `${base}_`;
  base = base.slice(0, 200);
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}
