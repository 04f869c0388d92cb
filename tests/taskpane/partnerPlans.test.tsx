/**
 * @jest-environment jsdom
 *
 * Add plans from files in the pane, over the demo gateway (the real engine,
 * and the real package reader on real .xlsx bytes): the chosen files arrive
 * as plans, Consolidate runs, the Plans table lists them, and the People view
 * names the plans behind an overload no single plan shows.
 */
import "./setup";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { createDemoGateway } from "../../src/taskpane/demo/demoGateway";
import { busy, partnerPlan } from "../../testkit/partnerPlans";
import { rawXlsx } from "../../testkit/rawXlsx";

async function planFile(
  file: string,
  name: string,
  capacity: number | null,
  owner: string,
  ids: string[],
): Promise<File> {
  const people: [string, number][] | null = capacity === null ? null : [[owner, capacity]];
  const bytes = await rawXlsx({
    sheets: partnerPlan(
      name,
      people,
      ids.map((id) => busy(id, owner)),
    ),
  });
  return new File([new Uint8Array(bytes)], file, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

test("three partners' plans added from files: the Plans table lists them and the People view names the plans", async () => {
  const gateway = createDemoGateway(0);
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={gateway} />
    </FluentProvider>,
  );
  await user.click(screen.getByRole("tab", { name: "Plan" }));
  const files = [
    await planFile("north.xlsx", "Northside", 3, "Kim Osei", ["W1", "W2"]),
    await planFile("east.xlsx", "Eastside", 2, "kim  osei", ["W1"]),
    await planFile("west.xlsx", "Westside", null, "KIM OSEI", ["W1"]),
  ];
  await user.upload(screen.getByTestId("plan-files"), files);
  const table = await screen.findByRole("region", { name: "Plans in this workbook" });
  const rows = within(table).getAllByRole("row").slice(1);
  expect(rows.map((r) => within(r).getAllByRole("rowheader")[0].textContent)).toEqual([
    expect.any(String), // the demo consortium's own plan
    "Northside",
    "Eastside",
    "Westside",
  ]);
  expect(within(rows[2]).getByText("east.xlsx")).toBeTruthy();
  expect(await screen.findByText(/Added Eastside from east\.xlsx as the sheet Eastside: 1 action\./)).toBeTruthy();
  expect(gateway.calls.map((c) => c.method)).toEqual(expect.arrayContaining(["addPlans", "consolidate"]));

  await user.click(screen.getByRole("tab", { name: "People" }));
  const card = (await screen.findByRole("heading", { name: "Kim Osei" })).closest("li") as HTMLElement;
  expect(within(card).getByText("4 against 2")).toBeTruthy();
  expect(within(card).getByText("From 3 plans: Eastside, Northside, Westside")).toBeTruthy();
});

test("a file that is not a workbook is refused by name, and nothing is added", async () => {
  const gateway = createDemoGateway(0);
  const user = userEvent.setup({ applyAccept: false });
  render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={gateway} />
    </FluentProvider>,
  );
  await user.click(screen.getByRole("tab", { name: "Plan" }));
  await user.upload(screen.getByTestId("plan-files"), [new File(["not a zip"], "east.xlsx")]);
  expect(await screen.findByText(/east\.xlsx could not be read: the zip package is damaged/)).toBeTruthy();
  expect(
    screen.getByText(/save it again as Excel Workbook \(\.xlsx\), and choose it again; nothing was added/),
  ).toBeTruthy();
  expect(gateway.calls.map((c) => c.method)).not.toContain("addPlans");
});
