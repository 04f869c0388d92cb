/**
 * The built pane in headless Chromium, outside Excel: Office.js (the npm copy,
 * standing in for the CDN) reports no host, so the pane must say how to open it in Excel.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";
import { launchChromium, routeOffice } from "../../testkit/browser";
import { ensureBuilt, ROOT } from "../../testkit/build";
import { describeWithEngines } from "../../testkit/engines";
import { serveDirectory, type StaticServer } from "../../testkit/server";

const ARTIFACTS = path.join(ROOT, "tests", "artifacts");
let server: StaticServer;
let browser: Browser;

describeWithEngines(["chromium"], __filename, "the built pane outside Excel, in a browser", () => {
  beforeAll(async () => {
    ensureBuilt();
    server = await serveDirectory();
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("outside Excel the built pane renders and says how to open it in Excel", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await routeOffice(page);
    await page.goto(`${server.url}/taskpane.html`);
    const heading = page.getByRole("heading", { name: "Open this in Excel" });
    await heading.waitFor({ timeout: 20_000 });
    expect(await page.getByText("Upload my add-in").count()).toBeGreaterThan(0);
    const officeLoaded = await page.evaluate(() => typeof (globalThis as { Office?: unknown }).Office !== "undefined");
    expect(officeLoaded).toBe(true);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-outside-excel.png"), fullPage: true });
    expect(errors).toEqual([]);
  });
});
