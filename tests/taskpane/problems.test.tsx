/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import { consolidateThenOpen, openTab, renderPane } from "./renderPane";
import { cleanOutcome, sampleOutcome } from "./outcomes";

describe("Problems view", () => {
  test("before a consolidation it offers one", async () => {
    const { user } = renderPane();
    await openTab(user, "Problems");
    expect(screen.getByText(/Consolidate the plan to see the problems/)).toBeTruthy();
  });

  test("problems are grouped by sheet, top to bottom, reading and engine problems together", async () => {
    const { user } = renderPane();
    await consolidateThenOpen(user, "Problems");
    const groups = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(groups).toEqual(["Workforce planning (2)", "Transport (1)"]);
    const workforce = screen.getByRole("region", { name: "Workforce planning (2)" });
    const buttons = within(workforce).getAllByRole("button", { name: /^Go to cell/ });
    expect(buttons.map((b) => b.getAttribute("aria-label"))).toEqual([
      "Go to cell I9 on Workforce planning",
      "Go to cell T10 on Workforce planning",
    ]);
  });

  test.each(
    sampleOutcome()
      .parseProblems.concat(sampleOutcome().analysis.problems)
      .map((p) => [p.sheet, p.cell, p]),
  )("Go to cell on %s!%s calls goToCell with its address", async (_sheet, _cell, problem) => {
    const { user, fake } = renderPane();
    await consolidateThenOpen(user, "Problems");
    expect(screen.getByText(problem.message)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: `Go to cell ${problem.cell} on ${problem.sheet}` }));
    expect(fake.calls.at(-1)).toEqual({ method: "goToCell", args: [{ sheet: problem.sheet, cell: problem.cell }] });
  });

  test("a plan with no problems gets the empty state", async () => {
    const { user } = renderPane({ outcome: cleanOutcome });
    await consolidateThenOpen(user, "Problems");
    expect(screen.getByRole("heading", { name: "No problems" })).toBeTruthy();
    expect(screen.getByText(/The plan reads cleanly/)).toBeTruthy();
  });
});
