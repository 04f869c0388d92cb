/**
 * The built pane in headless Chromium over the demo's fake gateway: walk
 * Plan → Consolidate → People → Problems (and Status) at 320 and 500 px, light
 * and dark, plus high contrast, saving a screenshot of each view under tests/artifacts/.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../../testkit/browser";
import { ensureBuilt, ROOT } from "../../testkit/build";
import { describeWithEngines } from "../../testkit/engines";
import { openDemoPane, type DemoPaneOptions } from "../../testkit/demoPane";
import { serveDirectory, type StaticServer } from "../../testkit/server";

const ARTIFACTS = path.join(ROOT, "tests", "artifacts");
let server: StaticServer;
let browser: Browser;

describeWithEngines(["chromium"], __filename, "the pane's views in a browser", () => {
  beforeAll(async () => {
    ensureBuilt();
    server = await serveDirectory();
    browser = await launchChromium();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Nothing may stick out sideways: a pane that scrolls horizontally is unreadable at 320 px. */
  async function expectNoSidewaysScroll(page: Page): Promise<void> {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }

  async function shoot(page: Page, view: string, label: string): Promise<void> {
    await expectNoSidewaysScroll(page);
    await page.screenshot({
      path: path.join(ARTIFACTS, `pane-${view}-${label}.png`),
      fullPage: true,
      animations: "disabled",
    });
  }

  async function openTab(page: Page, name: string): Promise<void> {
    await page.getByRole("tab", { name }).click();
    await page.waitForFunction(
      (n) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.startsWith(n),
      name,
    );
  }

  const RUNS: [string, DemoPaneOptions][] = [
    ["320-light", { width: 320, colorScheme: "light" }],
    ["500-light", { width: 500, colorScheme: "light" }],
    ["320-dark", { width: 320, colorScheme: "dark" }],
    ["500-dark", { width: 500, colorScheme: "dark" }],
    ["320-contrast", { width: 320, forcedColors: "active" }],
  ];

  test.each(RUNS)("walkthrough at %s: Plan → Consolidate → People → Problems", async (label, options) => {
    const { context, page, errors } = await openDemoPane(browser, server.url, options);
    try {
      // Plan: the structure proposal with its correctable mapping and preview.
      await page.getByRole("button", { name: "Structure this sheet" }).click();
      await page.getByRole("button", { name: "Write the area sheet" }).waitFor();
      await shoot(page, "plan", label);

      // Timeline: Consolidate, with the progress bar on the way.
      await openTab(page, "Timeline");
      await page.getByRole("button", { name: "Consolidate" }).click();
      await page.getByRole("progressbar").waitFor();
      await page.getByRole("heading", { name: "Summary" }).waitFor();
      expect(await page.getByRole("progressbar").count()).toBe(0);
      await shoot(page, "timeline", label);

      // People: the worst-overloaded owner first, expanded to the actions behind it.
      await openTab(page, "People");
      const first = page.getByRole("region", { name: "Overloaded" }).getByRole("heading", { level: 3 }).first();
      expect(await first.textContent()).toBe("Jane Smith");
      await page.getByRole("button", { name: "Show the actions behind it" }).first().click();
      await shoot(page, "people", label);

      await openTab(page, "Status");
      await shoot(page, "status", label);

      // Problems: grouped by sheet, each with Go to cell.
      await openTab(page, "Problems");
      const goTo = page.getByRole("button", { name: /^Go to cell/ });
      expect(await goTo.count()).toBeGreaterThan(0);
      await goTo.first().click();
      await shoot(page, "problems", label);

      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("the theme follows the colour scheme: dark background in dark, light in light", async () => {
    const backgrounds: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      const { context, page } = await openDemoPane(browser, server.url, { width: 320, colorScheme });
      backgrounds.push(
        await page.evaluate(
          () => getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor,
        ),
      );
      await context.close();
    }
    const luminance = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((n, v) => n + Number(v), 0);
    expect(luminance(backgrounds[0])).toBeGreaterThan(600);
    expect(luminance(backgrounds[1])).toBeLessThan(200);
  });
});
