/**
 * Add plans from files in the built pane, in headless Chromium over the demo
 * gateway: three real .xlsx partner plans are chosen in the file picker, read
 * in the browser by the package reader (fetched only then, as its own
 * chunk), and the People view names the plans behind the overload they make
 * together. Saves tests/artifacts/pane-people-plans-500-light.png (the
 * README's picture, docs/pane-people-plans.png, is a copy of it).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../testkit/browser";
import { ensureBuilt, ROOT } from "../../testkit/build";
import { describeWithEngines } from "../../testkit/engines";
import { openDemoPane } from "../../testkit/demoPane";
import { busy, partnerPlan } from "../../testkit/partnerPlans";
import { rawXlsx } from "../../testkit/rawXlsx";
import { serveDirectory, type StaticServer } from "../../testkit/server";

const ARTIFACTS = path.join(ROOT, "tests", "artifacts");
let server: StaticServer;
let browser: Browser;
let folder: string;

async function writePlan(file: string, name: string, capacity: number | null, owner: string, ids: string[]) {
  const people: [string, number][] | null = capacity === null ? null : [[owner, capacity]];
  const bytes = await rawXlsx({
    sheets: partnerPlan(
      name,
      people,
      ids.map((id) => busy(id, owner)),
    ),
  });
  fs.writeFileSync(path.join(folder, file), bytes);
  return path.join(folder, file);
}

describeWithEngines(["chromium"], __filename, "Add plans from files in a browser", () => {
  beforeAll(async () => {
    ensureBuilt();
    server = await serveDirectory();
    browser = await launchChromium();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "implan-partners-"));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test("three partners' files: the reader arrives only when used, and the People view names the plans", async () => {
    const { context, page, errors } = await openDemoPane(browser, server.url, { width: 500, colorScheme: "light" });
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    try {
      const files = [
        await writePlan("northside.xlsx", "Northside", 3, "Kim Osei", ["W1", "W2"]),
        await writePlan("eastside.xlsx", "Eastside", 2, "kim  osei", ["W1"]),
        await writePlan("westside.xlsx", "Westside", null, "KIM OSEI", ["W1"]),
      ];
      expect(fetched.some((p) => p.endsWith("/reader.js"))).toBe(false);
      await page.getByTestId("plan-files").setInputFiles(files);
      const table = page.getByRole("region", { name: "Plans in this workbook" });
      await table.waitFor({ timeout: 20_000 });
      expect(await table.getByRole("rowheader").allTextContents()).toEqual([
        expect.any(String),
        "Northside",
        "Eastside",
        "Westside",
      ]);
      expect(fetched.some((p) => p.endsWith("/reader.js"))).toBe(true);

      await page.getByRole("tab", { name: "People" }).click();
      const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Kim Osei" }) });
      await card.getByText("From 3 plans: Eastside, Northside, Westside").waitFor();
      expect(await card.getByText("4 against 2").count()).toBe(1);
      await card.getByRole("button", { name: "Show the actions behind it" }).click();
      await card.screenshot({ path: path.join(ARTIFACTS, "pane-people-plans-500-light.png"), animations: "disabled" });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
