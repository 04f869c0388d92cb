/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import { consolidateThenOpen, openTab, renderPane } from "./renderPane";
import { cleanOutcome, sampleOutcome } from "./outcomes";

describe("People view", () => {
  test("before a consolidation it offers one", async () => {
    const { user, fake } = renderPane();
    await openTab(user, "People");
    expect(screen.getByText(/Consolidate the plan to see who is overstretched/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Consolidate" }));
    await screen.findByRole("heading", { name: "Jane Smith" });
    expect(fake.calls.map((c) => c.method)).toContain("consolidate");
  });

  test("overloaded owners come first, with their worst week's load against capacity and a weekly strip", async () => {
    const { user } = renderPane();
    await consolidateThenOpen(user, "People");
    const overloaded = screen.getByRole("region", { name: "Overloaded" });
    const cards = within(overloaded)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(cards).toEqual(["Jane Smith"]);
    expect(within(overloaded).getByText("5 against 3")).toBeTruthy();
    expect(within(overloaded).getByText(/Worst in the week of 28\/09\/2009; over capacity in 2 weeks/)).toBeTruthy();
    const strip = within(overloaded).getByRole("img");
    expect(strip.getAttribute("aria-label")).toMatch(/peak 5 in the week of 28\/09\/2009, against a capacity of 3/);
    const weeks = sampleOutcome().analysis.load.find((l) => l.owner === "Jane Smith")?.weeks ?? [];
    const bars = [...strip.children].slice(0, weeks.length) as HTMLElement[];
    // Heights scale to the peak (5): 4 of 5 is 80%.
    expect(bars.map((b) => b.style.height)).toEqual(weeks.map((n) => `${Math.round((n / 5) * 1000) / 10}%`));
    const within2 = screen.getByRole("region", { name: "Within capacity" });
    expect(within(within2).getByRole("heading", { name: "Tom Patel" })).toBeTruthy();
  });

  test("expanding an owner lists the weeks worst first and the actions behind them; an action goes to its owner cell", async () => {
    const { user, fake } = renderPane();
    await consolidateThenOpen(user, "People");
    const toggle = screen.getByRole("button", { name: "Show the actions behind it" });
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    const weeks = screen.getByRole("list", { name: /Jane Smith's overloaded weeks/ });
    const items = within(weeks).getAllByRole("listitem");
    expect(items.map((li) => li.querySelector("p,span")?.textContent)).toEqual([
      "Week of 28/09/2009: 5 against 3",
      "Week of 21/09/2009: 4 against 3",
    ]);
    await user.click(within(items[0]).getByRole("button", { name: "E1 Sign placement agreements" }));
    expect(fake.calls.at(-1)).toEqual({ method: "goToCell", args: [{ sheet: "Employer engagement", cell: "F4" }] });
  });

  test("saving a capacity writes it and consolidates again; a bad capacity is explained", async () => {
    const { user, fake } = renderPane();
    await consolidateThenOpen(user, "People");
    await user.click(screen.getByRole("button", { name: "Show the actions behind it" }));
    const form = screen.getByRole("form", { name: "Jane Smith's capacity" });
    const input = within(form).getByRole("spinbutton", { name: "Capacity (actions a week)" });
    await user.clear(input);
    await user.type(input, "0");
    await user.click(within(form).getByRole("button", { name: "Save capacity" }));
    expect(
      within(form).getByText(/"0" is not a capacity: type a whole number of actions from 1 to 100 a week/),
    ).toBeTruthy();
    expect(fake.calls.map((c) => c.method)).not.toContain("setOwnerCapacity");
    await user.clear(input);
    await user.type(input, "5");
    await user.click(within(form).getByRole("button", { name: "Save capacity" }));
    await waitFor(() => expect(fake.calls.filter((c) => c.method === "consolidate")).toHaveLength(2));
    expect(fake.calls.find((c) => c.method === "setOwnerCapacity")?.args).toEqual(["Jane Smith", 5]);
  });

  test("Flag in workbook and Clear flags call the host and show its message", async () => {
    const { user, fake } = renderPane();
    await consolidateThenOpen(user, "People");
    await user.click(screen.getByRole("button", { name: "Flag in workbook" }));
    await screen.findByText(/Flagged overloaded owners/);
    await user.click(screen.getByRole("button", { name: "Clear flags" }));
    await screen.findByText(/Cleared the planner's flags/);
    expect(fake.calls.map((c) => c.method)).toEqual(expect.arrayContaining(["flagOverloads", "clearFlags"]));
  });

  test("when no one is overloaded it says so", async () => {
    const { user } = renderPane({ outcome: cleanOutcome });
    await consolidateThenOpen(user, "People");
    expect(screen.getByText(/No one is overloaded/)).toBeTruthy();
  });
});
