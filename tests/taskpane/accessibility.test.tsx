/** @jest-environment jsdom */
import "./setup";
import { act, screen } from "@testing-library/react";
import { axe } from "jest-axe";
import { DEMO_PROPOSAL } from "../../src/taskpane/demo/demoProposal";
import { COMMAND_ERROR_EVENT } from "../../src/taskpane/state/usePlanner";
import type { UserEvent } from "@testing-library/user-event";
import { controlsIn, tabStops } from "./keyboard";
import { cleanOutcome } from "./outcomes";
import { consolidateThenOpen, openTab, renderPane, type Pane } from "./renderPane";

/** Each view in its fullest state: forms open, proposal shown, owners expanded. */
const VIEWS: [string, (user: UserEvent) => Promise<void>][] = [
  [
    "Plan",
    async (user) => {
      await user.click(screen.getByRole("button", { name: "Start a new plan" }));
      await user.click(screen.getByRole("button", { name: "Create plan" }));
      await user.click(screen.getByRole("button", { name: "Structure this sheet" }));
      await screen.findByRole("button", { name: "Write the area sheet" });
    },
  ],
  ["Timeline", (user) => consolidateThenOpen(user, "Timeline")],
  [
    "People",
    async (user) => {
      await consolidateThenOpen(user, "People");
      for (const toggle of screen.getAllByRole("button", { name: /^Show/ })) await user.click(toggle);
    },
  ],
  ["Status", (user) => consolidateThenOpen(user, "Status")],
  ["Problems", (user) => consolidateThenOpen(user, "Problems")],
];

/** Let Fluent's deferred updates (the tab indicator's animation frame) land inside act before axe runs. */
async function settle(): Promise<void> {
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

function pane(): Pane {
  return renderPane({ proposal: DEMO_PROPOSAL });
}

describe("accessibility", () => {
  test.each(VIEWS)("the %s view has no axe violations", async (_name, open) => {
    const { container, user } = pane();
    await open(user);
    await settle();
    expect(await axe(container)).toHaveNoViolations();
  });

  test.each(["Timeline", "People", "Status", "Problems"])(
    "the %s view's empty state has no axe violations",
    async (name) => {
      const { container, user } = pane();
      await openTab(user, name);
      await settle();
      expect(await axe(container)).toHaveNoViolations();
    },
  );

  test("the clean-plan states and an error MessageBar have no axe violations", async () => {
    const { container, user } = renderPane({ outcome: cleanOutcome });
    await consolidateThenOpen(user, "Problems");
    act(() => {
      window.dispatchEvent(new CustomEvent(COMMAND_ERROR_EVENT, { detail: "Excel is busy" }));
    });
    await settle();
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("keyboard", () => {
  test.each(VIEWS)("every control of the %s view is reachable with Tab", async (_name, open) => {
    const { container, user } = pane();
    await open(user);
    const controls = controlsIn(container);
    expect(controls.length).toBeGreaterThan(1);
    (document.activeElement as HTMLElement | null)?.blur();
    const stops = await tabStops(user);
    const missed = controls.filter((c) => !stops.includes(c)).map((c) => c.outerHTML.slice(0, 120));
    expect(missed).toEqual([]);
  });

  test("the arrow keys move along the tabs and Enter opens a view", async () => {
    const { user } = pane();
    const tabs = ["Plan", "Timeline", "People", "Status", "Problems"];
    screen.getByRole("tab", { name: "Plan" }).focus();
    for (const name of tabs.slice(1)) {
      await user.keyboard("{ArrowRight}");
      expect(document.activeElement).toBe(screen.getByRole("tab", { name }));
      await user.keyboard("{Enter}");
      expect(screen.getByRole("tab", { name }).getAttribute("aria-selected")).toBe("true");
    }
  });

  test("a go-to-cell button works from the keyboard", async () => {
    const { user, fake } = pane();
    await consolidateThenOpen(user, "Problems");
    screen.getAllByRole("button", { name: /^Go to cell/ })[0].focus();
    await user.keyboard("{Enter}");
    expect(fake.calls.at(-1)?.method).toBe("goToCell");
  });
});
