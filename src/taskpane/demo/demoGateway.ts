/**
 * The walkthrough page's gateway (`taskpane.html?demo=fake`, outside Excel):
 * the demo consortium's first four areas through the real engine, so the pane
 * shows real numbers, behind the fake gateway's recorded use cases.
 */
import { analysePlan } from "../../core/compute";
import { dayFromIso, serialOf } from "../../core/days";
import { addPlansSpec } from "../../sheets/addPlansSpec";
import { clockSerial } from "../../sheets/ownedHeader";
import { parseWorkbook } from "../../core/parse";
import { DEMO_AREAS, DEMO_AS_OF, demoPlan, specInput } from "../../sheets/demo/demoPlan";
import type { ConsolidateOutcome } from "../../contract/operations";
import { createFakeGateway, type FakeGateway } from "./fakeGateway";
import { DEMO_PROPOSAL } from "./demoProposal";

const AREAS = DEMO_AREAS.slice(0, 4);

/**
 * A gateway over the demo plan; capacities saved in the People view change later consolidations.
 * @example const outcome = await createDemoGateway(0).consolidate(); outcome.analysis.areas.length // 4
 */
export function createDemoGateway(stepDelayMs = 350): FakeGateway {
  const input = specInput(demoPlan(AREAS));
  const sheetNames = () => input.grids.map((g) => g.sheet);
  const asOf = dayFromIso(DEMO_AS_OF) as number;
  const capacities = new Map<string, number>();

  const outcome = (): ConsolidateOutcome => {
    const started = performance.now();
    const { plan, problems } = parseWorkbook(input);
    for (const person of plan.people) {
      const saved = capacities.get(person.name.toLowerCase());
      if (saved !== undefined) person.capacity = saved;
    }
    const analysis = analysePlan(plan, asOf);
    return {
      analysis,
      parseProblems: problems,
      elapsedMs: Math.round(performance.now() - started),
      syncs: 4,
      sheets: ["Dashboard", "Timeline", "Load"],
      messages: [],
    };
  };

  return createFakeGateway({
    outcome,
    proposal: DEMO_PROPOSAL,
    sheets: ["Plan", "People", ...AREAS, "Risks", "Old IAG plan"],
    stepDelayMs,
    onCapacity: (owner, capacity) => void capacities.set(owner.toLowerCase(), capacity),
    // Partners' plans are copied into the demo workbook's grids, as Excel would hold them.
    addPlans: (files) => {
      const consortium = parseWorkbook(input);
      const partners = files.map((f) => ({ file: f.file, parsed: parseWorkbook(f.input) }));
      const spec = addPlansSpec(consortium, partners, sheetNames(), clockSerial(new Date()), (day) => serialOf(day));
      for (const copy of spec.copies) {
        const grid = specInput({ sheets: [copy.spec], patches: [], names: [], functionNames: {} }).grids[0];
        const at = input.grids.findIndex((g) => g.sheet === copy.spec.name);
        if (at >= 0) input.grids[at] = grid;
        else input.grids.push(grid);
      }
      const people = input.grids.find((g) => g.sheet === "People");
      for (const p of spec.people) people?.values.push([p.name, p.role, p.group, p.capacity, p.daysPerWeek]);
      return {
        sheets: spec.copies.map((c) => c.spec.name),
        messages: spec.messages,
        plans: spec.copies.map((c) => c.added),
      };
    },
  });
}
