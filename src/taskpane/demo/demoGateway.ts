/**
 * The walkthrough page's gateway (`taskpane.html?demo=fake`, outside Excel):
 * the demo consortium's first four areas through the real engine, so the pane
 * shows real numbers, behind the fake gateway's recorded use cases.
 */
import { analysePlan } from "../../core/compute";
import { dayFromIso } from "../../core/days";
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
  });
}
