/** @jest-environment jsdom */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { COMMAND_ERROR_EVENT } from "../../src/taskpane/state/usePlanner";
import { officeError } from "../../src/taskpane/demo/fakeGateway";
import { renderPane } from "./renderPane";

describe("the pane around the views", () => {
  test("without a gateway (outside Excel) it says how to open it in Excel", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App gateway={null} />
      </FluentProvider>,
    );
    expect(screen.getByRole("heading", { name: "Open this in Excel" })).toBeTruthy();
  });

  test("the five views are tabs, Plan first", () => {
    renderPane();
    const names = ["Plan", "Timeline", "People", "Status", "Problems"];
    expect(screen.getAllByRole("tab")).toEqual(names.map((name) => screen.getByRole("tab", { name })));
    expect(screen.getByRole("tab", { name: "Plan" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe("tab-plan");
  });

  test("a ribbon command's error (window event) shows as a MessageBar, and can be dismissed", async () => {
    const { user } = renderPane();
    act(() => {
      window.dispatchEvent(new CustomEvent(COMMAND_ERROR_EVENT, { detail: "The workbook is read-only" }));
    });
    const title = screen.getByText("The ribbon command failed: The workbook is read-only.");
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(title.isConnected).toBe(false);
  });

  test("a failing go-to-cell is reported too", async () => {
    const { user, fake } = renderPane();
    fake.fail("goToCell", officeError("ItemNotFound", "The sheet Transport was not found."));
    await user.click(screen.getByRole("tab", { name: "Problems" }));
    await user.click(screen.getByRole("button", { name: "Consolidate" }));
    await user.click((await screen.findAllByRole("button", { name: /^Go to cell/ }))[0]);
    const title = await screen.findByText(/failed: The sheet Transport was not found\./);
    expect(title.closest('[role="group"]')?.textContent).toMatch(/Check the sheet names/);
  });

  test("the automatic refresh failing to start is reported, not swallowed", async () => {
    const { user } = renderPane({ failing: { startAutoRefresh: new Error("Events are not supported") } });
    await user.click(screen.getByRole("tab", { name: "Timeline" }));
    await user.click(screen.getByRole("switch", { name: "Refresh when the plan changes" }));
    expect(await screen.findByText("Automatic refresh failed: Events are not supported.")).toBeTruthy();
  });
});
