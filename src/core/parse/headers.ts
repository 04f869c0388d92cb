/**
 * Header rows found by meaning: the template's own headers and the words
 * people use for the same columns in the plans they already have.
 */
import type { ActionField, CellValue } from "../types";
import { textOf } from "./cells";
import { denseRow } from "./sheetGrid";

export type HeaderField = ActionField | "area";

/** Synonyms per field, already in normalised form (see `normaliseHeader`). */
const SYNONYMS: [HeaderField, string[]][] = [
  ["id", ["id", "ref", "reference", "no", "number", "action id", "action no", "action ref"]],
  ["area", ["area", "development area", "section", "workstream", "work stream", "theme", "strand"]],
  ["objective", ["objective", "objectives", "aim", "aims", "goal", "goals"]],
  ["step", ["step", "step no", "stage"]],
  ["action", ["action", "actions", "what", "task", "tasks", "activity", "activities", "action required"]],
  ["purpose", ["purpose", "why", "rationale"]],
  [
    "owner",
    [
      "owner",
      "owners",
      "lead",
      "leads",
      "leading",
      "responsible",
      "responsibility",
      "who",
      "accountable",
      "lead person",
    ],
  ],
  ["involved", ["involved", "others involved", "support", "supported by", "partners"]],
  ["start", ["start", "start date", "from", "begin", "starts"]],
  [
    "due",
    ["due", "due date", "deadline", "by when", "completion date", "end", "end date", "when", "target date", "finish"],
  ],
  ["horizon", ["horizon", "milestone", "timescale", "timescales", "timeframe"]],
  ["resources", ["resources", "resource", "budget", "resources needed"]],
  ["staffDays", ["staff days", "days", "staff time", "effort days"]],
  ["cost", ["cost", "cost £", "costs"]],
  ["reviewDate", ["review date", "next review", "review by"]],
  ["reviewer", ["reviewer", "reviewed by", "monitoring", "review", "monitored by", "monitoring and evaluation"]],
  ["outcomeMeasure", ["outcome measure", "outcome", "outcomes", "success criteria", "impact", "measure", "measures"]],
  ["target", ["target", "targets"]],
  ["status", ["status", "progress"]],
  ["percentComplete", ["% complete", "percent complete", "complete %", "% done", "percentage complete"]],
  ["rag", ["rag", "rag rating", "rating", "status colour", "status color", "rag status"]],
  ["notes", ["notes", "note", "comments", "comment"]],
];

const FIELD_OF = new Map<string, HeaderField>();
for (const [field, words] of SYNONYMS) for (const word of words) FIELD_OF.set(word, field);

/**
 * Lower case, brackets' content kept only when nothing else is left,
 * punctuation to spaces (except `%`), spaces collapsed.
 * @example normaliseHeader("  By when? ") // "by when"
 */
export function normaliseHeader(text: string): string {
  const plain = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9%£]+/g, " ")
      .trim();
  const outside = plain(text.replace(/\([^)]*\)/g, " "));
  return outside === "" ? plain(text) : outside;
}

/**
 * The field a header names, or null.
 * @example fieldForHeader("RAG rating") // "rag"
 */
export function fieldForHeader(text: string): HeaderField | null {
  const key = normaliseHeader(text);
  return FIELD_OF.get(key) ?? FIELD_OF.get(key.replace(/ ?£$/, "")) ?? null;
}

export interface HeaderColumn {
  /** 0-based column within the grid. */
  index: number;
  header: string;
  field: HeaderField | null;
}

export interface HeaderMatch {
  /** 0-based row within the grid. */
  rowIndex: number;
  columns: HeaderColumn[];
}

/** Rows searched for a header: a title or two above it is normal. */
export const HEADER_SEARCH_ROWS = 20;

/**
 * The header row of a plan sheet: the row in the first 20 with the most
 * recognised headers that names an action and an owner, date or horizon.
 * A field named twice keeps its first column. Null when no row qualifies.
 * @example detectHeader([["Plan"], ["Task", "Who", "Deadline"]])?.rowIndex // 1
 */
export function detectHeader(values: CellValue[][]): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  let bestScore = 0;
  const consider = (rowIndex: number, row: CellValue[]) => {
    const columns = mapRow(row);
    const fields = new Set(columns.map((c) => c.field).filter((f) => f !== null));
    const qualifies =
      fields.has("action") &&
      (fields.has("owner") || fields.has("due") || fields.has("start") || fields.has("horizon"));
    if (qualifies && fields.size > bestScore) {
      best = { rowIndex, columns };
      bestScore = fields.size;
    }
  };
  const rows = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const top = denseRow(values[r]);
    consider(r, top);
    const merged = withSubHeader(top, denseRow(values[r + 1]));
    if (merged) consider(r + 1, merged);
  }
  return best;
}

/** Top-row words that head a group of columns named in the row below ("Timescales" over "Start | End date"). */
const GROUP_FIELDS = new Set<HeaderField | null>(["horizon", null]);

/**
 * A two-row header read as one: where the row below names a date column
 * under a blank or a group heading (merged or not), its name wins. Null when
 * the row below adds no date column, so a first data row is never mistaken
 * for a second header row.
 * @example withSubHeader(["Action", "Timescales", null], [null, "Start", "End date"]) // ["Action", "Start", "End date"]
 */
function withSubHeader(top: CellValue[], sub: CellValue[]): CellValue[] | null {
  const merged: CellValue[] = [];
  let dates = false;
  for (let c = 0; c < Math.max(top.length, sub.length); c++) {
    const below = typeof sub[c] === "string" ? textOf(sub[c]) : "";
    const field = below === "" ? null : fieldForHeader(below);
    const above = typeof top[c] === "string" ? textOf(top[c]) : "";
    const aboveField = above === "" ? null : fieldForHeader(above);
    if (field !== null && GROUP_FIELDS.has(aboveField)) {
      merged[c] = below;
      if (field === "start" || field === "due") dates = true;
    } else merged[c] = above === "" ? (sub[c] ?? null) : top[c];
  }
  return dates && top.some((v) => textOf(v) !== "") ? merged : null;
}

function mapRow(row: CellValue[]): HeaderColumn[] {
  const columns: HeaderColumn[] = row.map((value, index) => {
    const header = typeof value === "string" ? textOf(value) : "";
    return { index, header, field: header === "" ? null : fieldForHeader(header) };
  });
  // "Cost" is money next to a Resources column, and the resources themselves when alone.
  const hasResources = columns.some((c) => c.field === "resources");
  const seen = new Set<HeaderField>();
  for (const c of columns) {
    if (c.field === "cost" && !hasResources && normaliseHeader(c.header) === "cost") c.field = "resources";
    if (c.field === null) continue;
    if (seen.has(c.field)) c.field = null;
    else seen.add(c.field);
  }
  return columns;
}
