/** @jest-environment jsdom */
import "./setup";
import { act, screen, waitFor, within } from "@testing-library/react";
import { officeError } from "../../src/taskpane/demo/fakeGateway";
import { consolidateThenOpen, openTab, renderPane } from "./renderPane";
import { sampleOutcome } from "./outcomes";

describe("Timeline view", () => {
  test("Consolidate shows the summary: actions, areas, span and the time it took", async () => {
    const { user, fake } = renderPane();
    await consolidateThenOpen(user, "Timeline");
    const outcome = sampleOutcome();
    const summary = screen.getByRole("region", { name: "Summary" });
    const values = within(summary)
      .getAllByRole("definition")
      .map((dd) => dd.textContent);
    expect(values).toContain(String(outcome.analysis.timeline.length));
    expect(values).toContain(String(outcome.analysis.areas.length));
    expect(values).toContain("07/09/2009 to 01/11/2009 (8 weeks)");
    expect(values).toContain("1.2 s");
    expect(fake.calls.filter((c) => c.method === "consolidate")).toHaveLength(1);
    expect(screen.getByText(/Consolidate: wrote Timeline, Load, Dashboard/)).toBeTruthy();
  });

  test("a clash lists its actions, each going to its due cell", async () => {
    const { user, fake } = renderPane();
    await consolidateThenOpen(user, "Timeline");
    const clashes = screen.getByRole("region", { name: "Deadline clashes" });
    expect(within(clashes).getByText(/week of 28\/09\/2009: 3 deadlines/)).toBeTruthy();
    await user.click(within(clashes).getByRole("button", { name: "W2 Agree the training plan" }));
    expect(fake.calls.at(-1)).toEqual({ method: "goToCell", args: [{ sheet: "Workforce planning", cell: "I5" }] });
  });

  test("the progress bar follows reading, computing and writing", async () => {
    const { user } = renderPane({ stepDelayMs: 30 });
    await openTab(user, "Timeline");
    await user.click(screen.getByRole("button", { name: "Consolidate" }));
    const seen = new Set<string>();
    let bar = false;
    await waitFor(
      () => {
        const step = document.getElementById("consolidate-step")?.textContent;
        if (step) seen.add(step);
        // Seen while the steps run: on a busy machine the last step may end before the check below.
        if (screen.queryByRole("progressbar")) bar = true;
        expect(seen.size).toBeGreaterThanOrEqual(3);
      },
      { interval: 5 },
    );
    expect([...seen].join(" ")).toMatch(/Reading.*Computing.*Writing/s);
    expect(bar).toBe(true);
    await screen.findByRole("heading", { name: "Summary" });
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("a host error appears as a MessageBar with what to do, and the pane stays usable", async () => {
    const { user, fake } = renderPane();
    fake.fail("consolidate", officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."));
    await openTab(user, "Timeline");
    await user.click(screen.getByRole("button", { name: "Consolidate" }));
    const title = await screen.findByText(/Consolidate failed: Excel is in cell-editing mode\./);
    expect(title.closest('[role="group"]')?.textContent).toMatch(/Finish editing the cell/);
    expect(screen.queryByRole("heading", { name: "Summary" })).toBeNull();
    fake.succeed("consolidate");
    await user.click(screen.getByRole("button", { name: "Consolidate" }));
    await screen.findByRole("heading", { name: "Summary" });
  });

  test("with no clashes it says so", async () => {
    const outcome = sampleOutcome();
    outcome.analysis.clashes = [];
    const { user } = renderPane({ outcome: () => outcome });
    await consolidateThenOpen(user, "Timeline");
    expect(screen.getByText(/No deadline clashes/)).toBeTruthy();
  });

  test("automatic refresh is off until switched on, then updates the outcome and the time; switching it off stops it", async () => {
    const { user, fake } = renderPane();
    await openTab(user, "Timeline");
    const toggle = screen.getByRole("switch", { name: "Refresh when the plan changes" });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(fake.calls.map((c) => c.method)).not.toContain("startAutoRefresh");
    await user.click(toggle);
    await waitFor(() => expect(fake.calls.map((c) => c.method)).toContain("startAutoRefresh"));
    expect(screen.getByText("Not consolidated yet.")).toBeTruthy();
    act(() => fake.refresh());
    await screen.findByRole("heading", { name: "Summary" });
    expect(screen.getByText(/Last refreshed at \d\d:\d\d:\d\d\./)).toBeTruthy();
    await user.click(screen.getByRole("switch", { name: "Refresh when the plan changes" }));
    await waitFor(() => expect(fake.calls.at(-1)?.method).toBe("stopAutoRefresh"));
  });

  test.each([
    [true, /Each refresh is one step in Excel's undo history/],
    [false, /each refresh clears your undo history/],
  ])("the refresh switch says what it does to undo (writes keep undo: %s)", async (keepsUndo, text) => {
    const { user } = renderPane({ keepsUndo });
    await openTab(user, "Timeline");
    expect(screen.getByText(text)).toBeTruthy();
  });

  test("the fill-IDs switch is on until a Consolidate says otherwise, and turning it off is kept in the workbook", async () => {
    const { user, fake } = renderPane({ outcome: () => ({ ...sampleOutcome(), fillIds: false }) });
    await openTab(user, "Timeline");
    const toggle = screen.getByRole("switch", { name: "Fill in missing action IDs" }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await user.click(screen.getByRole("button", { name: "Consolidate" }));
    await screen.findByRole("heading", { name: "Summary" });
    expect((screen.getByRole("switch", { name: "Fill in missing action IDs" }) as HTMLInputElement).checked).toBe(
      false,
    );
    await user.click(screen.getByRole("switch", { name: "Fill in missing action IDs" }));
    await waitFor(() => expect(fake.calls.at(-1)).toEqual({ method: "setFillIds", args: [true] }));
    expect(await screen.findByText("Consolidate fills in blank action IDs.")).toBeTruthy();
  });
});
