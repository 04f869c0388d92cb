/**
 * The file writer's last check before anything reaches the disk: the output,
 * read back with the package reader, against the input. Every sheet of the
 * user's is still there with every typed value exactly as it was (the IDs
 * the user asked to fill aside), its protection and the workbook's as they
 * were, and every name of the user's with its scope and formula. ExcelJS
 * re-serialises the whole workbook; anything it would change shows here, and
 * then nothing is written.
 */
import { colLetters } from "../core/parse/a1";
import type { CellValue } from "../core/types";
import { isFunctionNamesSwitch } from "../sheets/functionNames";
import { isOwnName } from "../sheets/marks";
import { isOwnedSheetTitle, OWNED_TITLE_PREFIX } from "../core/rules/ownedMark";
import type { ReadPackage } from "../reader/readPackage";
import type { DefinedNameEntry } from "../reader/workbookPart";

export interface CopyExpectations {
  /** Sheets the planner writes (owned sheets, the Baseline sheet), lower case: their content is its own. */
  planners: string[];
  /** Cells the planner was asked to fill, by sheet: `A5` → the ID written there. */
  fills: Map<string, { cell: string; value: string }[]>;
  /** User sheets the writer proved kept character for character (cells and protection): not compared again. */
  cellsKept?: ReadonlySet<string>;
}

/** At most this many differences are listed; the first few say enough. */
const SHOWN = 5;

/**
 * What the output changed of the user's, in plain words; empty when nothing.
 * @example changesToUser(read(input), read(output), { planners: ["timeline"], fills: new Map() }) // []
 */
export function changesToUser(input: ReadPackage, output: ReadPackage, expect: CopyExpectations): string[] {
  const changes: string[] = [];
  // The planner's sheets: those it writes now, and those it wrote before (their A1 says so).
  const planners = new Set([
    ...expect.planners.map((n) => n.toLowerCase()),
    ...input.input.grids.filter((g) => isOwnedSheetTitle(g.values[0]?.[0])).map((g) => g.sheet.toLowerCase()),
  ]);
  input.input.grids.forEach((grid, i) => {
    if (planners.has(grid.sheet.toLowerCase())) return;
    const at = output.input.grids.findIndex((g) => g.sheet === grid.sheet);
    if (at < 0) {
      changes.push(`the sheet ${grid.sheet} would be missing`);
      return;
    }
    if (expect.cellsKept?.has(grid.sheet)) return;
    const fills = new Map((expect.fills.get(grid.sheet) ?? []).map((f) => [f.cell, f.value]));
    changes.push(
      ...cellChanges(grid.sheet, grid.values, input.sheets[i].formulas, output.input.grids[at].values, fills),
    );
    if (!sameAttributes(input.sheets[i].protection, output.sheets[at].protection)) {
      changes.push(`the protection of ${grid.sheet} would change`);
    }
  });
  if (!sameAttributes(input.protection, output.protection)) changes.push("the workbook's structure lock would change");
  changes.push(...nameChanges(input, output, planners));
  return changes.length > SHOWN ? [...changes.slice(0, SHOWN), `and ${changes.length - SHOWN} more`] : changes;
}

/** Typed values (not formulas' results, which Excel recalculates) that differ. */
function cellChanges(
  sheet: string,
  before: CellValue[][],
  formulas: Set<number>,
  after: CellValue[][],
  fills: Map<string, string>,
): string[] {
  const changes: string[] = [];
  const rows = Math.max(before.length, after.length);
  for (let r = 0; r < rows; r++) {
    const was = before[r] ?? [];
    const now = after[r] ?? [];
    const cols = Math.max(was.length, now.length);
    for (let c = 0; c < cols; c++) {
      if (formulas.has(r * 16_384 + c)) continue;
      const address = `${colLetters(c)}${r + 1}`;
      const wanted = fills.get(address) ?? was[c];
      if (!sameValue(wanted, now[c])) {
        changes.push(`${sheet}!${address} would read ${shown(now[c])} instead of ${shown(wanted)}`);
        if (changes.length > SHOWN) return changes;
      }
    }
  }
  return changes;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === undefined || v === "";
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

function shown(v: CellValue): string {
  if (v === null || v === undefined || v === "") return "nothing";
  return JSON.stringify(v instanceof Date ? v.toISOString() : v).slice(0, 60);
}

function sameAttributes(a: Record<string, string> | null, b: Record<string, string> | null): boolean {
  const key = (x: Record<string, string> | null) =>
    JSON.stringify(
      Object.entries(x ?? {})
        .filter(([k]) => !k.startsWith("xmlns"))
        .sort(),
    );
  return key(a) === key(b);
}

/**
 * A reference as a comparison sees it: a one-cell range is its cell
 * (`$C$2:$C$2` is `$C$2`, as ExcelJS writes it) and quotes around sheet
 * names are optional; anything else that differs is a change.
 */
function canonical(formula: string): string {
  return formula
    .replace(/'((?:[^']|'')+)'!/g, (_, name: string) => `${name.replace(/''/g, "'")}!`)
    .replace(/(\$?[A-Z]{1,3}\$?\d+):\1(?![\d$A-Z])/g, "$1");
}

/** The user's names (not the planner's, not those of its sheets) missing or changed. */
function nameChanges(input: ReadPackage, output: ReadPackage, planners: Set<string>): string[] {
  const scoped = (pkg: ReadPackage, n: DefinedNameEntry) => {
    const sheet = n.localSheetId === null ? null : (pkg.input.grids[n.localSheetId]?.sheet ?? null);
    return { key: `${sheet ?? ""}!${n.name.toLowerCase()}`, sheet, formula: n.formula };
  };
  const plannersName = (n: DefinedNameEntry, sheet: string | null) =>
    isOwnName(n.name) ||
    isFunctionNamesSwitch(n.name) ||
    n.comment.startsWith(OWNED_TITLE_PREFIX) ||
    (sheet !== null && planners.has(sheet.toLowerCase()));
  const after = new Map(output.names.map((n) => [scoped(output, n).key, scoped(output, n).formula]));
  const changes: string[] = [];
  for (const n of input.names) {
    const { key, sheet, formula } = scoped(input, n);
    if (plannersName(n, sheet)) continue;
    const now = after.get(key);
    const where = sheet ? ` (on ${sheet})` : "";
    if (now === undefined) changes.push(`your name ${n.name}${where} would be missing`);
    else if (canonical(now) !== canonical(formula))
      changes.push(`your name ${n.name}${where} would refer to ${now} instead of ${formula}`);
  }
  return changes;
}
