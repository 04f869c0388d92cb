/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { consolidateThenOpen, openTab, renderPane } from "./renderPane";
import { cleanOutcome, day, sampleOutcome } from "./outcomes";

describe("Status view", () => {
  test("before a consolidation it offers one", async () => {
    const { user } = renderPane();
    await openTab(user, "Status");
    expect(screen.getByText(/Consolidate the plan to see RAG status by area/)).toBeTruthy();
  });

  test("each area has a stacked bar with its counts and its status", async () => {
    const { user } = renderPane();
    await consolidateThenOpen(user, "Status");
    const areas = screen.getByRole("region", { name: "By area" });
    const bar = within(areas).getByRole("img", { name: "Workforce planning: Red 1, Amber 1" });
    expect([...bar.children].map((s) => (s as HTMLElement).style.width)).toEqual(["50%", "50%"]);
    const item = bar.closest("li") as HTMLElement;
    expect(within(item).getByText("Red 1")).toBeTruthy();
    expect(within(item).getByText("Amber 1")).toBeTruthy();
  });

  test.each([
    ["worst", "Worst of", "Red"],
    ["majority", "Majority", "Green"],
    ["score", "Weighted score", "Amber"],
  ])("the %s rule recomputes the overall status (Red 1, Amber 1, Green 2)", async (rule, label, expected) => {
    const { user } = renderPane();
    await consolidateThenOpen(user, "Status");
    await user.selectOptions(screen.getByRole("combobox", { name: /Roll-up rule/ }), rule);
    const overall = screen.getByRole("region", { name: "Overall" });
    expect(within(overall).getByText(`Plan status (${label}):`)).toBeTruthy();
    expect(within(overall).getByText(expected, { exact: true })).toBeTruthy();
  });

  test("overdue actions and reviews go to their cells", async () => {
    const { user, fake } = renderPane();
    await consolidateThenOpen(user, "Status");
    const overdue = screen.getByRole("region", { name: "Overdue actions" });
    await user.click(within(overdue).getByRole("button", { name: "W1 Audit staff skills" }));
    expect(fake.calls.at(-1)?.args).toEqual([{ sheet: "Workforce planning", cell: "I4" }]);
    const reviews = screen.getByRole("region", { name: "Reviews due in the next 14 days" });
    expect(within(reviews).getByText("overdue, was due 12/10/2009")).toBeTruthy();
    await user.click(within(reviews).getByRole("button", { name: "Risk: Minibus tender attracts no bids" }));
    expect(fake.calls.at(-1)?.args).toEqual([{ sheet: "Risks", cell: "H2" }]);
  });

  test("with nothing overdue or due it says so", async () => {
    const { user } = renderPane({ outcome: cleanOutcome });
    await consolidateThenOpen(user, "Status");
    expect(screen.getByText("Nothing is overdue as of 19/10/2009.")).toBeTruthy();
    expect(screen.getByText(/No reviews are due in the next 14 days/)).toBeTruthy();
  });
});

describe("Status view: since the baseline", () => {
  test("without a baseline it offers to set one; setting it consolidates again", async () => {
    const { user, fake } = renderPane();
    await consolidateThenOpen(user, "Status");
    const section = screen.getByRole("region", { name: "Baseline" });
    await user.click(within(section).getByRole("button", { name: "Set a baseline" }));
    await waitFor(() => expect(fake.calls.map((c) => c.method).slice(-2)).toEqual(["setBaseline", "consolidate"]));
  });

  test("with one, each kind of change lists its actions as links to their cells", async () => {
    const outcome = () => ({
      ...sampleOutcome(),
      baseline: {
        date: day("2009-11-02"),
        slipped: [
          { id: "W2", area: "Workforce planning", action: "Agree the training plan", from: 1, to: 15, days: 14 },
        ],
        forward: [],
        added: ["T1"],
        removed: ["C9"],
        completed: [],
        worsened: [{ id: "W1", area: "Workforce planning", from: "Amber" as const, to: "Red" as const }],
        renamed: [{ id: "E1", from: "Sign agreements", to: "Sign placement agreements" }],
        newlyOverloaded: ["Tom Patel"],
      },
      baselines: [day("2009-10-05"), day("2009-11-02")],
    });
    const { user, fake } = renderPane({ outcome });
    await consolidateThenOpen(user, "Status");
    const section = screen.getByRole("region", { name: "Since the baseline of 02/11/2009" });
    expect(within(section).getByText("Slipped: W2 14 days")).toBeTruthy();
    expect(within(section).getByText("Removed: C9")).toBeTruthy();
    expect(within(section).getByText("Reworded (was: E1 “Sign agreements”)")).toBeTruthy();
    expect(within(section).getByRole("button", { name: "E1 Sign placement agreements" })).toBeTruthy();
    expect(within(section).getByText("Overloaded now and not then: Tom Patel")).toBeTruthy();
    await user.click(within(section).getByRole("button", { name: "W1 Audit staff skills" }));
    expect(fake.calls.find((c) => c.method === "goToCell")?.args[0]).toMatchObject({ sheet: "Workforce planning" });
    expect(within(section).getByRole("button", { name: "Set a new baseline" })).toBeTruthy();
    // Another baseline: the next Consolidate compares with it (and later runs keep that choice).
    await user.selectOptions(
      within(section).getByRole("combobox", { name: "Compare with the baseline of" }),
      "05/10/2009",
    );
    await waitFor(() =>
      expect(fake.calls.filter((c) => c.method === "consolidate").at(-1)?.args[0]).toMatchObject({
        baseline: day("2009-10-05"),
      }),
    );
  });
});
