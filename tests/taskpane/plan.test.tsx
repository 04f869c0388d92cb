/** @jest-environment jsdom */
import "./setup";
import { screen, within } from "@testing-library/react";
import { DEMO_PROPOSAL } from "../../src/taskpane/demo/demoProposal";
import type { StructureProposal } from "../../src/contract/operations";
import { day } from "./outcomes";
import { renderPane } from "./renderPane";

describe("Plan view: new plan", () => {
  test("creating asks for a name, a real dd/mm/yyyy start and an area before calling the host", async () => {
    const { user, fake } = renderPane();
    await user.click(screen.getByRole("button", { name: "Start a new plan" }));
    await user.type(screen.getByRole("textbox", { name: /Plan start/ }), "31/09/2009");
    await user.click(screen.getByRole("button", { name: "Create plan" }));
    expect(screen.getByText(/Give the plan a name/)).toBeTruthy();
    expect(screen.getByText(`"31/09/2009" is not a date: type it as dd/mm/yyyy, e.g. 01/09/2009.`)).toBeTruthy();
    expect(screen.getByText(/Pick at least one development area, or add your own/).getAttribute("role")).toBe("alert");
    expect(fake.calls.map((c) => c.method)).not.toContain("newPlan");
  });

  test("a valid form calls newPlan with the name, start, chosen and custom areas and scale", async () => {
    const { user, fake } = renderPane();
    await user.click(screen.getByRole("button", { name: "Start a new plan" }));
    await user.type(screen.getByRole("textbox", { name: /Plan name/ }), "Northside");
    await user.type(screen.getByRole("textbox", { name: /Plan start/ }), "01/09/2009");
    await user.click(screen.getByRole("checkbox", { name: "Transport" }));
    await user.click(screen.getByRole("checkbox", { name: "Workforce planning" }));
    await user.type(screen.getByRole("textbox", { name: "Your own area" }), "Sixth form links{Enter}");
    expect((screen.getByRole("checkbox", { name: "Sixth form links" }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole("radio", { name: /Five-point/ }));
    await user.click(screen.getByRole("button", { name: "Create plan" }));
    await screen.findByText(/New plan: wrote Plan, People, Workforce planning, Transport, Sixth form links, Risks\./);
    expect(fake.calls.find((c) => c.method === "newPlan")?.args).toEqual([
      {
        name: "Northside",
        start: day("2009-09-01"),
        areas: ["Workforce planning", "Transport", "Sixth form links"],
        ragScale: 5,
      },
    ]);
  });
});

describe("Plan view: add an area", () => {
  test("an empty name is explained; a name adds the sheet", async () => {
    const { user, fake } = renderPane();
    const form = screen.getByRole("form", { name: "Add an area" });
    await user.click(within(form).getByRole("button", { name: "Add area" }));
    expect(within(form).getByText(/Type the area's name/)).toBeTruthy();
    await user.type(within(form).getByRole("textbox", { name: "Area name" }), "Plan");
    await user.click(within(form).getByRole("button", { name: "Add area" }));
    // "Plan" is taken: the host picks another name and the pane says which.
    await screen.findByText("Add area: wrote Plan (2).");
    expect(fake.calls.find((c) => c.method === "addArea")?.args).toEqual(["Plan"]);
  });
});

describe("Plan view: structure this sheet", () => {
  const proposal: StructureProposal = DEMO_PROPOSAL;

  test("shows the detected mapping and a preview under the chosen headers", async () => {
    const { user } = renderPane({ proposal });
    await user.click(screen.getByRole("button", { name: "Structure this sheet" }));
    await screen.findByText(/Found the header on row 3 of ‘Old IAG plan’, with 12 rows below it/);
    const selects = screen.getAllByRole("combobox");
    expect(selects.map((s) => (s as HTMLSelectElement).value)).toEqual(proposal.columns.map((c) => c.field ?? ""));
    const preview = screen.getByRole("region", { name: "Preview of the first rows" });
    const headers = within(preview)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual(["ID", "Action", "Owner", "Due", "Owner", "Status"]);
    expect(within(preview).getAllByRole("row")).toHaveLength(1 + proposal.preview.length);
  });

  test("correcting the mapping: a field taken twice blocks writing until one column is left out", async () => {
    const { user, fake } = renderPane({ proposal });
    await user.click(screen.getByRole("button", { name: "Structure this sheet" }));
    const write = await screen.findByRole("button", { name: "Write the area sheet" });
    expect(screen.getByRole("alert").textContent).toMatch(/Columns C and E both go to Owner/);
    await user.click(write);
    expect(fake.calls.map((c) => c.method)).not.toContain("applyStructure");

    await user.selectOptions(screen.getByRole("combobox", { name: "Column E (Lead school) goes to" }), "");
    await user.selectOptions(screen.getByRole("combobox", { name: "Column G (Budget code) goes to" }), "notes");
    expect(screen.queryByRole("alert")).toBeNull();
    await user.click(write);
    await screen.findByText(/Structure this sheet: wrote Old IAG plan \(template\)\./);
    const sent = fake.calls.find((c) => c.method === "applyStructure")?.args[0] as StructureProposal;
    expect(sent.columns.map((c) => [c.column, c.field])).toEqual([
      ["A", "id"],
      ["B", "action"],
      ["C", "owner"],
      ["D", "due"],
      ["E", null],
      ["F", "status"],
      ["G", "notes"],
    ]);
    expect(screen.queryByRole("button", { name: "Write the area sheet" })).toBeNull();
  });

  test("Cancel drops the proposal without writing", async () => {
    const { user, fake } = renderPane({ proposal });
    await user.click(screen.getByRole("button", { name: "Structure this sheet" }));
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    expect(screen.getByRole("button", { name: "Structure this sheet" })).toBeTruthy();
    expect(fake.calls.map((c) => c.method)).not.toContain("applyStructure");
  });

  test("a sheet with no header gives a MessageBar saying what happened and what to do", async () => {
    const { user } = renderPane({ proposal: undefined });
    await user.click(screen.getByRole("button", { name: "Structure this sheet" }));
    const title = await screen.findByText(/Structure this sheet failed: No header row was found/);
    expect(title.closest('[role="group"]')?.textContent).toMatch(/try again/);
  });
});

describe("Plan view: functions without the prefix", () => {
  test("the buttons add and remove the short names through the host and say what happened", async () => {
    const { user, fake } = renderPane();
    await user.click(screen.getByRole("button", { name: "Remove the short names" }));
    await screen.findByText(/^Removed the short function names/);
    await user.click(screen.getByRole("button", { name: "Add the short names" }));
    await screen.findByText(/^Added 8 short function names: type =RAGSUMMARY\(ratings, \[format\]\)/);
    expect(fake.calls.filter((c) => c.method === "setFunctionNames").map((c) => c.args)).toEqual([[false], [true]]);
  });
});
