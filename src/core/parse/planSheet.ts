/** The Plan sheet: settings as label/value rows, then the list of development areas. */
import { CAPACITY_EXPECTED, readCapacity } from "../rules/capacity";
import { DEFAULT_SETTINGS, type RagScale, type RollupRule, type Settings } from "../types";
import { isBlank, numberOf, shown, textOf } from "./cells";
import { readDateCell } from "./dates";
import { normaliseHeader } from "./headers";
import type { Problems } from "./problems";
import type { SheetGrid } from "./sheetGrid";

export interface PlanSheet {
  settings: Partial<Settings>;
  /** Sheet name (lower case) → development area name, from the areas list. */
  areaOfSheet: Map<string, string>;
}

const LABELS: Record<string, keyof Settings> = {
  "plan name": "name",
  "plan start": "start",
  "start date": "start",
  "as of": "asOf",
  "default capacity": "defaultCapacity",
  "clash threshold": "clashThreshold",
  "rag scale": "ragScale",
  "roll up rule": "rollupRule",
  "rollup rule": "rollupRule",
  "max action weeks": "maxActionWeeks",
  "longest action weeks": "maxActionWeeks",
};

/**
 * Read the Plan sheet's settings and area list; bad values are warnings and keep the default.
 * @example readPlanSheet(grid, false, problems).settings.name // "Northside 14-19 Consortium"
 */
export function readPlanSheet(grid: SheetGrid, date1904: boolean, problems: Problems): PlanSheet {
  const settings: Partial<Settings> = {};
  const areaOfSheet = new Map<string, string>();
  let areaHeader = -1;
  for (const r of grid.rowIndexesFrom(0)) {
    const label = normaliseHeader(textOf(grid.cell(r, 0)));
    if (label === "development area" && normaliseHeader(textOf(grid.cell(r, 1))) === "sheet") {
      areaHeader = r;
      continue;
    }
    if (areaHeader >= 0) {
      const area = textOf(grid.cell(r, 0));
      const sheet = textOf(grid.cell(r, 1));
      if (area !== "") areaOfSheet.set((sheet || area).toLowerCase(), area);
      continue;
    }
    const key = LABELS[label];
    const raw = grid.cell(r, 1);
    if (key === undefined || isBlank(raw)) continue;
    const read = readSetting(key, raw, date1904);
    if (typeof read === "string") {
      const fallback = DEFAULT_SETTINGS[key];
      problems.add(
        grid.sheet,
        grid.address(r, 1),
        "warning",
        `${textOf(grid.cell(r, 0))} is ${shown(raw as string)}: ${read}. Using ${fallback ?? "none"} until it is corrected.`,
      );
    } else Object.assign(settings, read);
  }
  return { settings, areaOfSheet };
}

function readSetting(key: keyof Settings, raw: unknown, date1904: boolean): Partial<Settings> | string {
  const text = textOf(raw as string);
  switch (key) {
    case "name":
      return { name: text };
    case "start":
    case "asOf": {
      const read = readDateCell(raw as string, date1904);
      if (read.kind === "day") return { [key]: read.day };
      return read.kind === "bad" ? `${read.reason}; type a date such as 01/09/2009` : {};
    }
    case "ragScale":
      return ragScale(text);
    case "rollupRule":
      return rollupRule(text);
    default:
      return count(key, raw);
  }
}

function count(key: keyof Settings, raw: unknown): Partial<Settings> | string {
  if (key === "defaultCapacity") {
    const read = readCapacity(raw as string);
    return read.kind === "capacity" ? { defaultCapacity: read.capacity } : `expected ${CAPACITY_EXPECTED}`;
  }
  const n = numberOf(raw as string);
  if (n === null || n < 1 || !Number.isInteger(n)) return "expected a whole number of 1 or more";
  return { [key]: n };
}

function ragScale(text: string): Partial<Settings> | string {
  const digit = /^(3|5|three|five)\b/i.exec(text.trim());
  if (!digit) return "expected 3-point or 5-point";
  const scale: RagScale = /^(5|five)/i.test(digit[1]) ? 5 : 3;
  return { ragScale: scale };
}

function rollupRule(text: string): Partial<Settings> | string {
  const word = text.trim().toLowerCase().split(/[\s-]/)[0];
  const rules: RollupRule[] = ["worst", "majority", "score"];
  const rule = rules.find((r) => r === word || (r === "score" && word === "weighted"));
  return rule ? { rollupRule: rule } : "expected worst, majority or score";
}
