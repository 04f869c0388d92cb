/**
 * Several plans together (a consortium's partners' workbooks): one load,
 * one set of overloads and clashes over every plan's actions, while each
 * plan keeps its own areas and guide checks. Inside the roll-up an action is
 * `<plan>/<ID>`, so `W1` may appear in every plan and is never renamed in
 * anyone's file. Owners are matched across plans as within one (case,
 * spacing, joint owners); a person whose capacity differs between People
 * sheets gets the lowest, with a warning naming both plans and cells.
 */
import type { Analysis } from "../analysisTypes";
import { cellReference } from "../parse/a1";
import { nameKey, OwnerDirectory } from "../rules/names";
import { DEFAULT_SETTINGS, type Day, type ParseResult, type Person, type Problem } from "../types";
import { analysePlan } from "./analyse";

/** One plan workbook as read. */
export interface PlanInput {
  /** The file it came from (its base name names the plan when the Plan sheet does not). */
  file: string;
  parsed: ParseResult;
}

/** A problem with the plan it belongs to. */
export type PlanProblem = Problem & { plan: string };

export interface RolledPlan {
  name: string;
  file: string;
  /** This plan alone: its areas and guide checks (its load, overloads and clashes are empty: see `combined`). */
  analysis: Analysis;
}

export interface Rollup {
  plans: RolledPlan[];
  /** Every plan's actions together; IDs are `<plan>/<ID>`. */
  combined: Analysis;
  /** Qualified ID → the plan and the ID as its file has it. */
  origin: Map<string, { plan: string; id: string }>;
  /** Every plan's reading problems and guide checks, then the roll-up's own (capacity conflicts). */
  problems: PlanProblem[];
  /** One person per name across the People sheets, with the lowest capacity where they differ. */
  people: Person[];
}

/**
 * Roll several plans up into one analysis as of one date.
 * @example rollupPlans([{ file: "a.xlsx", parsed: a }, { file: "b.xlsx", parsed: b }], asOf).combined.overloads
 */
export function rollupPlans(inputs: readonly PlanInput[], asOf: Day): Rollup {
  const names = planNames(inputs);
  const origin = new Map<string, { plan: string; id: string }>();
  const problems: PlanProblem[] = [];
  const plans: RolledPlan[] = inputs.map((input, i) => {
    const analysis = analysePlan(input.parsed.plan, asOf, { load: false });
    for (const p of [...input.parsed.problems, ...analysis.problems]) problems.push({ ...p, plan: names[i] });
    return { name: names[i], file: input.file, analysis };
  });
  const { people, conflicts } = mergePeople(inputs, names);
  problems.push(...conflicts);
  const owners = new OwnerDirectory(people.map((p) => p.name));
  const actions = inputs.flatMap((input, i) =>
    input.parsed.plan.actions.map((a) => {
      const id = `${names[i]}/${a.id}`;
      origin.set(id, { plan: names[i], id: a.id });
      return { ...a, id, owners: a.owners.map((o) => owners.canonical(o)) };
    }),
  );
  const first = inputs[0]?.parsed.plan;
  const settings = { ...(first?.settings ?? DEFAULT_SETTINGS), name: "Roll-up", asOf };
  const combined = analysePlan({ settings, people, areas: [], actions, risks: [] }, asOf);
  return { plans, combined, origin, problems, people };
}

/**
 * The plans a set of qualified action IDs come from, sorted.
 * @example plansOf(["Northside/W1", "Eastside/T2"], rollup.origin) // ["Eastside", "Northside"]
 */
export function plansOf(ids: readonly string[], origin: Rollup["origin"]): string[] {
  return [...new Set(ids.map((id) => origin.get(id)?.plan ?? ""))].filter(Boolean).sort();
}

/**
 * A plan's name: its Plan sheet's, else its file's (without folder or extension).
 * @example planName(parsed, "plans/east.xlsx") // "east" when the Plan sheet keeps the template's name
 */
export function planName(parsed: ParseResult, file: string): string {
  const own = parsed.plan.settings.name;
  return own && own !== DEFAULT_SETTINGS.name ? own : fileBase(file);
}

/** Each plan's name; a second plan of one name gets " (2)". */
function planNames(inputs: readonly PlanInput[]): string[] {
  const taken = new Map<string, number>();
  return inputs.map((input) => {
    const base = planName(input.parsed, input.file);
    const seen = (taken.get(base.toLowerCase()) ?? 0) + 1;
    taken.set(base.toLowerCase(), seen);
    return seen === 1 ? base : `${base} (${seen})`;
  });
}

function fileBase(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.(xlsx|xlsm)$/i, "");
}

/**
 * One person per name across every People sheet; the lowest capacity where they differ, with a warning.
 * @example mergePeople([north, east], ["Northside", "Eastside"]).people.length
 */
export function mergePeople(
  inputs: readonly PlanInput[],
  names: string[],
): { people: Person[]; conflicts: PlanProblem[] } {
  const byKey = new Map<string, { person: Person; plan: string }>();
  const conflicts: PlanProblem[] = [];
  inputs.forEach((input, i) => {
    for (const person of input.parsed.plan.people) {
      const key = nameKey(person.name);
      const seen = byKey.get(key);
      if (!seen) {
        byKey.set(key, { person: { ...person }, plan: names[i] });
        continue;
      }
      const [a, b] = [seen.person.capacity, person.capacity];
      if (a !== null && b !== null && a !== b) {
        const low = Math.min(a, b);
        conflicts.push({
          plan: names[i],
          sheet: person.ref.sheet,
          cell: person.ref.cell,
          severity: "warning",
          message:
            `${seen.person.name}'s capacity is ${a} in ${seen.plan} (${cellReference(seen.person.ref.sheet, seen.person.ref.cell)}) ` +
            `and ${b} in ${names[i]} (${cellReference(person.ref.sheet, person.ref.cell)}): the roll-up uses ${low}, the lower. ` +
            "Agree one figure and type it in both People sheets.",
        });
        if (b < a) byKey.set(key, { person: { ...seen.person, capacity: b, ref: person.ref }, plan: names[i] });
      } else if (a === null && b !== null) {
        byKey.set(key, { person: { ...seen.person, capacity: b, ref: person.ref }, plan: names[i] });
      }
    }
  });
  return { people: [...byKey.values()].map((v) => v.person), conflicts };
}
