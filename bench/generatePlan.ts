/**
 * A large synthetic plan in the template's form (Plan, People, one sheet per
 * area, Risks), deterministic from a seed: the input of the consolidate and
 * core benchmarks. As a WorkbookSpec, as grids for the core, or as an .xlsx.
 */
import { addMonths, dayFromIso, serialOf } from "../src/core/days";
import type { CellValue, WorkbookInput } from "../src/core/types";
import { TEMPLATE_COLUMNS } from "../src/sheets/templateColumns";
import { templateWorkbook } from "../src/sheets/templateWorkbook";
import { TYPICAL_AREAS } from "../src/sheets/typicalAreas";
import type { SpecValue, WorkbookSpec } from "../src/sheets/types";
import { newWorkbook, saveWorkbook } from "../src/xlsx/writeWorkbook";

export interface GeneratedPlanOptions {
  actions: number;
  owners: number;
  areas: number;
  years: number;
  seed?: number;
  /** Plan start, ISO (default 2009-09-01); the as-of date is a year later. */
  start?: string;
}

/** The benchmark's plan: 20,000 actions, 300 owners, 30 areas, two years. */
export const PLAN_20K: GeneratedPlanOptions = { actions: 20_000, owners: 300, areas: 30, years: 2, seed: 20091 };

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same plan. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The plan as a template workbook spec.
 * @example generatePlanSpec({ actions: 100, owners: 10, areas: 3, years: 1 }).sheets.length // 6
 */
export function generatePlanSpec(options: GeneratedPlanOptions): WorkbookSpec {
  const rand = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const start = dayFromIso(options.start ?? "2009-09-01") as number;
  const end = addMonths(start, 12 * options.years);
  const asOf = addMonths(start, 12);
  const areas = Array.from({ length: options.areas }, (_, i) => TYPICAL_AREAS[i] ?? `Development area ${i + 1}`);
  const people = Array.from({ length: options.owners }, (_, i) => `Person ${String(i + 1).padStart(3, "0")}`);
  const actions: Record<string, SpecValue[][]> = Object.fromEntries(areas.map((a) => [a, []]));
  for (let i = 0; i < options.actions; i++) {
    const area = areas[i % areas.length];
    const from = start + Math.floor(rand() * (end - start - 14));
    // One to eight weeks: the guide asks for short, realistic deadlines.
    const due = Math.min(end, from + 7 + Math.floor(rand() * 49));
    const done = due < asOf && rand() < 0.8;
    // A few busy people carry more, so some owners are overloaded as in real plans.
    const owner = rand() < 0.15 ? people[Math.floor(rand() * 10)] : pick(people);
    const values: Partial<Record<string, SpecValue>> = {
      id: `A${i + 1}`,
      objective: `Objective ${(i % 7) + 1} of ${area}`,
      step: (i % 5) + 1,
      action: `Action ${i + 1}: ${pick(["review", "agree", "deliver", "publish", "train", "audit"])} ${pick(["CPD", "timetable", "placements", "prospectus", "routes", "handbook"])}`,
      owner: rand() < 0.1 ? `${owner}; ${pick(people)}` : owner,
      start: serialOf(from),
      due: serialOf(due),
      staffDays: rand() < 0.5 ? 1 + Math.floor(rand() * 10) : null,
      reviewDate: rand() < 0.4 ? serialOf(from + Math.floor((due - from) / 2)) : null,
      reviewer: "Operations group",
      status: done ? "Complete" : from < asOf ? "In progress" : "Not started",
      percentComplete: done ? 1 : from < asOf ? Math.round(rand() * 10) / 10 : null,
      rag: done ? "G" : pick(["R", "A", "G", "Amber", "green", null]),
    };
    actions[area].push(TEMPLATE_COLUMNS.map((c) => values[c.field] ?? null));
  }
  const peopleRows = people.map((p, i) => [p, "Staff", `Group ${(i % 12) + 1}`, 2 + (i % 4), i % 3 === 0 ? 2 : null]);
  const risks = areas.flatMap((a, i) => [
    [
      a,
      `Risk ${i + 1}a`,
      "Medium",
      "High",
      pick(["R", "A", "G"]),
      "Mitigate",
      pick(people),
      serialOf(asOf + (i % 20)),
      "Open",
    ],
    [a, `Risk ${i + 1}b`, "Low", "Medium", "G", "Monitor", pick(people), null, "Open"],
  ]);
  return templateWorkbook(
    { name: `Generated plan (${options.actions} actions)`, start, areas, ragScale: 3 },
    { people: peopleRows, actions, risks, asOf },
  );
}

/** The plan as the grids a host hands the core (formulas read as blanks, as a file without cached results). */
export function generatePlanInput(options: GeneratedPlanOptions): WorkbookInput {
  const spec = generatePlanSpec(options);
  const cell = (v: SpecValue): CellValue => (v === null || typeof v !== "object" ? v : "text" in v ? v.text : null);
  return { grids: spec.sheets.map((s) => ({ sheet: s.name, topLeft: "A1", values: s.rows.map((r) => r.map(cell)) })) };
}

/**
 * Write the plan as an .xlsx file.
 * @example await writeGeneratedPlan(path.join(os.tmpdir(), "plan-20k.xlsx"), PLAN_20K)
 */
export async function writeGeneratedPlan(file: string, options: GeneratedPlanOptions): Promise<void> {
  await saveWorkbook(newWorkbook(generatePlanSpec(options), new Date(Date.UTC(2009, 8, 1))), file);
}
