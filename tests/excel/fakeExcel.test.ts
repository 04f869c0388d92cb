/**
 * The fake is a claim about Excel: each strict behaviour it models, checked
 * on its own (the citations are beside each behaviour in tests/excel/fake/).
 */
import { coerceEnUs } from "../../testkit/excelFake/enUs";
import { officeError, PAYLOAD_LIMIT } from "../../testkit/excelFake/excel";
import { createFakeExcel, sheetOf } from "../../testkit/excelFake/workbook";

const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe("strings written into General cells are parsed the en-US way", () => {
  test.each([
    ["01/03/2009", serial(2009, 1, 3)],
    ["12/31/2009", serial(2009, 12, 31)],
    ["31/03/2009", "31/03/2009"],
    ["Sep 2009", serial(2009, 9, 1)],
    ["1 September 2009", serial(2009, 9, 1)],
    ["2009-09-01", serial(2009, 9, 1)],
    ["1.10", 1.1],
    ["007", 7],
    ["1,000", 1000],
    ["40%", 0.4],
    ["-3", -3],
    ["TRUE", true],
    ["false", false],
    ["Jane Smith", "Jane Smith"],
    ["TBC", "TBC"],
  ])("%s becomes %p", (text, value) => {
    expect(coerceEnUs(text, false).value).toBe(value);
  });

  test.each(["=1+1", "+44 helpline", "-3 weeks", "@home visits"])("%s becomes a formula", (text) => {
    expect(coerceEnUs(text, false).formula).toBeDefined();
  });

  test("a cell formatted as text keeps the string", async () => {
    const fake = createFakeExcel([sheetOf("S")]);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:B1").numberFormat = [["@", "@"]];
      sheet.getRange("A1:B1").values = [["01/03/2009", "007"]];
      sheet.getRange("A2:B2").values = [["01/03/2009", "007"]];
      await context.sync();
    });
    const cells = fake.state.sheets[0].cells;
    expect(["A1", "B1", "A2", "B2"].map((a) => cells.get(a)?.value)).toEqual([
      "01/03/2009",
      "007",
      serial(2009, 1, 3),
      7,
    ]);
  });
});

test("a failed batch is not rolled back: operations before the failure stay applied", async () => {
  const fake = createFakeExcel([sheetOf("S")]);
  fake.failAtSync(1, officeError("GeneralException"), 1);
  await expect(
    fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1").values = [[1]];
      sheet.getRange("A2").values = [[2]];
      await context.sync();
    }),
  ).rejects.toThrow("GeneralException");
  expect(fake.state.sheets[0].cells.get("A1")?.value).toBe(1);
  expect(fake.state.sheets[0].cells.get("A2")).toBeUndefined();
});

test("a request or a response over 5 MB fails; a read of over 5,000,000 cells fails", async () => {
  const fake = createFakeExcel([sheetOf("S", [["x"]])]);
  const big = [["x".repeat(PAYLOAD_LIMIT)]];
  const write = fake.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1").values = big;
    await context.sync();
  });
  await expect(write).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  const sheet = fake.state.sheets[0];
  for (let r = 1; r <= 600; r++) sheet.cells.set(`A${r}`, { value: "y".repeat(10_000) });
  const read = fake.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1:A600").load("values");
    await context.sync();
  });
  await expect(read).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  const huge = fake.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1:Z200000").load("values");
    await context.sync();
  });
  await expect(huge).rejects.toMatchObject({ code: "RangeExceedsLimit" });
});

test("every empty cell counts in a response as an empty string", async () => {
  const fake = createFakeExcel([sheetOf("S", [["x"]])]);
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1:J1000").load("values");
    await context.sync();
  });
  expect(fake.responses[0]).toBeGreaterThan(10_000 * 3);
});

test("deleting a sheet breaks references to it and cannot be undone", async () => {
  const fake = createFakeExcel([sheetOf("Load", [["x"]]), sheetOf("Report")]);
  fake.api = "1.20";
  const report = fake.state.sheets[1];
  report.cells.set("A1", { value: "x", formula: "=Load!A1" });
  report.cells.set("A2", { value: 3, formula: "=SUM('Load'!B1:B9)+1" });
  fake.userEdit("Report", "B1", 5);
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem("Load").delete();
    await context.sync();
  });
  expect(report.cells.get("A1")).toEqual({ value: "#REF!", formula: "=#REF!" });
  expect(report.cells.get("A2")?.formula).toBe("=SUM(#REF!)+1");
  expect(fake.undo.steps).toBe(0);
});

test("from ExcelApi 1.20 each sync is one undo record, and mergeUndoGroup makes a run one", async () => {
  const fake = createFakeExcel([sheetOf("S")]);
  fake.api = "1.20";
  const twoSyncs = async (context: Excel.RequestContext) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("A1").values = [[1]];
    await context.sync();
    sheet.getRange("A2").values = [[2]];
    await context.sync();
  };
  await fake.run(twoSyncs);
  expect(fake.undo.steps).toBe(2);
  await fake.run(twoSyncs, { mergeUndoGroup: true });
  expect(fake.undo.steps).toBe(3);
});

test("change events: the add-in's writes raise them unless events are off; the user's edits are lost while off", async () => {
  const fake = createFakeExcel([sheetOf("S")]);
  const heard: string[] = [];
  await fake.run(async (context) => {
    context.workbook.worksheets.onChanged.add(async (e) => void heard.push(`${e.source} ${e.address}`));
    context.workbook.worksheets.getItem("S").getRange("A1").values = [[1]];
    await context.sync();
    context.runtime.enableEvents = false;
    await context.sync();
  });
  fake.userEdit("S", "B2", 2);
  await Promise.resolve();
  expect(heard).toEqual(["Local A1"]);
  expect(fake.events.dropped).toBe(1);
});

describe("page layout (ExcelApi 1.9) is checked as Excel's documentation states, or more strictly", () => {
  const attempt = (apply: (layout: Excel.PageLayout) => void) => {
    const fake = createFakeExcel([sheetOf("S")]);
    const run = fake.run(async (context) => {
      apply(context.workbook.worksheets.getItem("S").pageLayout);
      await context.sync();
    });
    return { fake, run };
  };

  test("A4 landscape, fit to pages, titles and footer are kept", async () => {
    const { fake, run } = attempt((layout) => {
      layout.orientation = "Landscape";
      layout.paperSize = "A4";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintTitleRows("$3:$4");
      layout.setPrintTitleColumns("$A:$C");
      layout.headersFooters.defaultForAllPages.rightFooter = "Page &P of &N";
    });
    await run;
    expect(fake.state.sheets[0].pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: "$3:$4",
      titleColumns: "$A:$C",
      footer: { right: "Page &P of &N" },
    });
  });

  test.each<[string, (layout: Excel.PageLayout) => void]>([
    ["a scale below 10", (l) => (l.zoom = { scale: 5 })],
    ["a scale and pages together", (l) => (l.zoom = { scale: 50, horizontalFitToPages: 1 })],
    ["title rows that are not whole rows", (l) => l.setPrintTitleRows("A1:B2")],
    ["title columns that are not whole columns", (l) => l.setPrintTitleColumns("$1:$2")],
    ["a footer section over 255 characters", (l) => (l.headersFooters.defaultForAllPages.leftFooter = "x".repeat(256))],
  ])("refuses %s at the sync", async (_case, apply) => {
    await expect(attempt(apply).run).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

test("names: one spelling whatever the case; a LAMBDA name fails where Excel has no LAMBDA", async () => {
  const fake = createFakeExcel([sheetOf("S")], { lambda: false });
  fake.state.names.set("Budget", "=S!$A$1");
  await expect(
    fake.run(async (context) => {
      context.workbook.names.add("BUDGET", "=S!$B$1");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  await expect(
    fake.run(async (context) => {
      context.workbook.names.add("Twice", "=LAMBDA(x,x*2)", "doubles");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
  await fake.run(async (context) => {
    context.workbook.names.add("Rate", "=0.2", "VAT");
    await context.sync();
  });
  expect(fake.state.nameComments.get("Rate")).toBe("VAT");
});
