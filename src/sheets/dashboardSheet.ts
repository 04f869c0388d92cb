/**
 * The Dashboard sheet (owned): the one page a strategy group wants — RAG by
 * area and overall with the rule used, what is late, reviews coming up, who is
 * overstretched and when, deadline clashes, and the plan's problems.
 */
import type { Analysis } from "../core/analysisTypes";
import { ROLLUP_RULE_LABELS } from "../core/compute";
import { serialOf } from "../core/days";
import type { Day, Problem, RagScale, RagValue } from "../core/types";
import { absoluteRange, columnLetters } from "./a1";
import {
  clashSection,
  daysSection,
  overdueSection,
  overloadSection,
  problemSection,
  reviewsSection,
  SECTION_CAP,
  type Section,
} from "./dashboardSections";
import { heatStripSection } from "./heatStrip";
import { baselineSection } from "./baselineSection";
import { planRagSection } from "./planRagSection";
import type { Baseline, BaselineComparison } from "../core/baselineTypes";
import { ownedHeaderRows } from "./ownedHeader";
import { COLOURS, RAG_STYLE } from "./palette";
import { AREA_ACTIONS_NAME, AREA_OVERALL_NAME, AREA_SHEETS_NAME } from "./planSheet";
import {
  DATE_FORMAT,
  emptySheet,
  type DefinedNameSpec,
  type RangeFormat,
  type SerialOf,
  type SheetSpec,
  type SpecValue,
} from "./types";

export interface DashboardOptions {
  now: Date;
  /** Serials in the workbook's date system (default 1900). */
  serialOf?: SerialOf;
  name?: string;
  ragScale?: RagScale;
  reviewWindowDays?: number;
  /** In a consortium workbook, the plan an action comes from (the overloaded owners then name their plans). */
  planOf?: (actionId: string) => string;
  /** The baseline compared with, and what moved since (its own section, first of the lists). */
  baseline?: { chosen: Baseline; comparison: BaselineComparison } | null;
}

/** Columns the RAG chart covers beside the area table (Excel's default chart is about 480 pixels wide). */
const CHART_COLUMNS = 5;
/** The headline figures at the top, one row each (below the title, the stamp and a blank row). */
const KPI_LABELS = [
  "Overall RAG",
  "Actions",
  "Overdue actions",
  "Reviews",
  "Overloaded owners",
  "Deadline clashes",
  "Problems",
] as const;
/** First row of the headline figures: after the owned sheet's title and stamp, and a blank row. */
const KPI_TOP = 4;
/** Row of the RAG-by-area header: after the figures, a blank row and the table's title. */
export const RAG_BY_AREA_HEADER_ROW = KPI_TOP + KPI_LABELS.length + 2;

/** The RAG columns shown: the plan's scale, plus any other value that was used. */
export function ragColumns(analysis: Analysis, scale: RagScale): RagValue[] {
  const five: RagValue[] = ["Red", "Amber/Red", "Amber", "Amber/Green", "Green", "Complete", "Not rated"];
  return five.filter((v) => scale === 5 || !v.includes("/") || analysis.overall.rag[v] > 0);
}

/**
 * The Dashboard.
 * @example dashboardSheet(analysis, parsed.problems, { now: new Date() }).rows[3] // ["Overall RAG", "Amber", "rule: Worst of, over every action"]
 */
export function dashboardSheet(analysis: Analysis, parseProblems: Problem[], options: DashboardOptions): SheetSpec {
  const sheet = emptySheet(options.name ?? "Dashboard", true);
  const rags = ragColumns(analysis, options.ragScale ?? 3);
  const rule = ROLLUP_RULE_LABELS[analysis.overall.rule];
  const problems = [...parseProblems, ...analysis.problems];
  const header = ownedHeaderRows("Dashboard", {
    now: options.now,
    asOf: analysis.asOf,
    actions: analysis.timeline.length,
  });
  const window = options.reviewWindowDays ?? 14;
  const serial = options.serialOf ?? ((day: Day) => serialOf(day));
  const owners = new Set(analysis.overloads.map((o) => o.owner)).size;
  const kpis: SpecValue[][] = [
    ["Overall RAG", analysis.overall.status, `rule: ${rule}, over every action`],
    ["Actions", analysis.timeline.length, `in ${analysis.areas.length} areas`],
    ["Overdue actions", analysis.overdue.length],
    [`Reviews overdue or due in the next ${window} days`, analysis.reviews.length], // "Reviews"
    ["Overloaded owners", owners, `${analysis.overloads.length} owner-weeks above capacity`],
    ["Deadline clashes", analysis.clashes.length],
    ["Problems", problems.length, `${problems.filter((p) => p.severity === "error").length} errors`],
  ];
  const areaHeader = ["Area", ...rags, "Actions", "Overall", "Rule", "Sheet"];
  const areaRows: SpecValue[][] = analysis.areas.map((a) => [
    a.name,
    ...rags.map((v) => a.rag[v]),
    a.actions,
    a.overall,
    ROLLUP_RULE_LABELS[a.rule],
    a.sheet,
  ]);
  const totalRow = [
    "All areas",
    ...rags.map((v) => analysis.overall.rag[v]),
    analysis.timeline.length,
    analysis.overall.status,
    rule,
    null,
  ];
  sheet.rows = [
    ...header.rows,
    [],
    ...kpis,
    [],
    [`RAG by area (roll-up rule: ${rule})`],
    areaHeader,
    ...areaRows,
    totalRow,
  ];
  const kpiBottom = KPI_TOP + kpis.length - 1;
  const formats: RangeFormat[] = [
    ...header.formats,
    { range: `A${KPI_TOP}:A${kpiBottom}`, bold: true },
    { range: `C${KPI_TOP}:C${kpiBottom}`, italic: true, fontColor: COLOURS.stampFont },
  ];
  formats.push(ragFormat(`B${KPI_TOP}`, analysis.overall.status));
  const h = RAG_BY_AREA_HEADER_ROW;
  const lastCol = columnLetters(areaHeader.length - 1);
  const overallCol = columnLetters(rags.length + 2);
  formats.push(
    { range: `A${h - 1}`, bold: true, fontSize: 12, fontColor: COLOURS.titleFont },
    { range: `A${h}:${lastCol}${h}`, bold: true, fill: COLOURS.sectionFill, wrap: true },
    ...rags.map((v, i) => ({ ...ragFormat(`${columnLetters(i + 1)}${h}`, v), bold: true })),
    { range: `A${h + areaRows.length + 1}:${lastCol}${h + areaRows.length + 1}`, bold: true, borderBottom: "#000000" },
    ...[...analysis.areas.map((a) => a.overall), analysis.overall.status].map((v, i) =>
      ragFormat(`${overallCol}${h + 1 + i}`, v),
    ),
  );
  // In-cell bars on the counts, one scale for every column so lengths compare across the table.
  if (areaRows.length > 0) {
    const most = Math.max(1, ...analysis.areas.flatMap((a) => rags.map((v) => a.rag[v])));
    rags.forEach((v, i) => {
      const col = columnLetters(i + 1);
      sheet.conditionalFormats.push({
        kind: "dataBar",
        range: `${col}${h + 1}:${col}${h + areaRows.length}`,
        color: RAG_STYLE[v].fill,
        max: most,
      });
    });
  }
  let row = h + areaRows.length + 3;
  const strip = heatStripSection(analysis);
  const sections = [
    ...(analysis.plans ? [planRagSection(analysis.plans, serial)] : []),
    ...(options.baseline
      ? [baselineSection(analysis, options.baseline.chosen, options.baseline.comparison, serial)]
      : []),
    overdueSection(analysis, serial),
    reviewsSection(analysis, window, serial),
    overloadSection(analysis, serial, options.planOf),
    ...(strip ? [strip] : []),
    clashSection(analysis, serial),
    ...(analysis.daysOverloads.length > 0 ? [daysSection(analysis, serial)] : []),
    problemSection(problems),
  ];
  // The printed page ends before the problems: they are for whoever keeps the plan, not the strategy group.
  let printEnd = row;
  for (const section of sections) {
    if (section === sections[sections.length - 1]) printEnd = row - 2;
    row = addSection(sheet, formats, section, row);
  }
  sheet.formats = formats;
  // Long text sits in each list's last column, where it can spill to the right.
  sheet.columns = [{ width: 40 }, ...areaHeader.slice(1).map(() => ({ width: 13 }))];
  sheet.charts.push({
    kind: "stackedBar",
    title: "RAG by area",
    data: `A${h}:${columnLetters(rags.length)}${h + areaRows.length}`,
    anchor: `${columnLetters(areaHeader.length + 1)}${h - 1}`,
    seriesColors: rags.map((v) => RAG_STYLE[v].fill),
  });
  sheet.freeze = { rows: 2, columns: 0 };
  // One landscape page: everything down to the problems, and the chart beside the area table.
  const width = Math.max(areaHeader.length + 1 + CHART_COLUMNS, ...sheet.rows.slice(0, printEnd).map((r) => r.length));
  sheet.print = {
    orientation: "landscape",
    fit: { wide: 1, tall: 1 },
    area: `A1:${columnLetters(width - 1)}${printEnd}`,
  };
  return sheet;
}

/**
 * Names over the area table that the Plan sheet's Actions and Overall RAG columns look up.
 * @example dashboardNames(analysis, "Dashboard", 3).map((n) => n.name) // ["Planner_AreaSheets", …]
 */
export function dashboardNames(analysis: Analysis, sheetName: string, scale: RagScale): DefinedNameSpec[] {
  const rags = ragColumns(analysis, scale);
  const first = RAG_BY_AREA_HEADER_ROW + 1;
  const last = RAG_BY_AREA_HEADER_ROW + Math.max(1, analysis.areas.length);
  const col = (offset: number) => absoluteRange(sheetName, rags.length + offset, first, rags.length + offset, last);
  return [
    { name: AREA_SHEETS_NAME, refersTo: col(4) },
    { name: AREA_ACTIONS_NAME, refersTo: col(1) },
    { name: AREA_OVERALL_NAME, refersTo: col(2) },
  ];
}

function ragFormat(range: string, value: RagValue): RangeFormat {
  return { range, fill: RAG_STYLE[value].fill, fontColor: RAG_STYLE[value].font };
}

/** Write one titled list from `row`; returns the row after it and a gap. */
function addSection(sheet: SheetSpec, formats: RangeFormat[], section: Section, row: number): number {
  const shown = section.rows.slice(0, SECTION_CAP);
  while (sheet.rows.length < row - 1) sheet.rows.push([]);
  sheet.rows.push([section.title]);
  formats.push({ range: `A${row}`, bold: true, fontSize: 12, fontColor: COLOURS.titleFont });
  if (section.rows.length === 0) {
    sheet.rows.push(["None."]);
    return row + 3;
  }
  const last = columnLetters(section.header.length - 1);
  sheet.rows.push(section.header, ...shown);
  formats.push({ range: `A${row + 1}:${last}${row + 1}`, bold: true, fill: COLOURS.sectionFill });
  for (const c of section.dateColumns) {
    formats.push({
      range: `${columnLetters(c)}${row + 2}:${columnLetters(c)}${row + 1 + shown.length}`,
      numberFormat: DATE_FORMAT,
    });
  }
  sheet.conditionalFormats.push(...(section.rules?.(row + 2, row + 1 + shown.length) ?? []));
  let next = row + 2 + shown.length;
  if (section.rows.length > shown.length) {
    sheet.rows.push([
      `… and ${section.rows.length - shown.length} more (the Timeline lists every action; implan check --json lists all)`,
    ]);
    next++;
  }
  return next + 1;
}
