/** The walkthrough's gateway: the demo plan through the real engine, so the pane shows real numbers. */
import { createDemoGateway } from "../../src/taskpane/demo/demoGateway";
import { ownerRows } from "../../src/taskpane/views/ownerRows";

describe("demo gateway", () => {
  test("consolidating reports reading, computing, writing in order and returns the engine's analysis", async () => {
    const gateway = createDemoGateway(0);
    const steps: string[] = [];
    const outcome = await gateway.consolidate({ onProgress: (step) => steps.push(step) });
    expect([...new Set(steps)]).toEqual(["reading", "computing", "writing"]);
    expect(outcome.analysis.areas.map((a) => a.name)).toEqual([
      "Workforce planning",
      "Employer engagement",
      "Curriculum planning",
      "Transport",
    ]);
    // Jane Smith carries five live actions in the week of 05/10/2009 against a capacity of 3.
    expect(ownerRows(outcome.analysis)[0].load.owner).toBe("Jane Smith");
    expect(outcome.analysis.clashes.some((c) => c.owner === "Jane Smith")).toBe(true);
  });

  test("the cells typed the way people do are reported at their addresses", async () => {
    const outcome = await createDemoGateway(0).consolidate();
    const where = outcome.parseProblems.map((p) => `${p.sheet}!${p.cell}`);
    expect(where).toEqual(expect.arrayContaining(["Curriculum planning!I6", "Curriculum planning!T4"]));
  });

  test("a saved capacity changes the next consolidation", async () => {
    const gateway = createDemoGateway(0);
    const before = await gateway.consolidate();
    const jane = (o: typeof before) => o.analysis.overloads.filter((x) => x.owner === "Jane Smith");
    expect(jane(before).length).toBeGreaterThan(0);
    await gateway.setOwnerCapacity("Jane Smith", 10);
    expect(jane(await gateway.consolidate())).toEqual([]);
  });
});
