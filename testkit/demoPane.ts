/**
 * The built pane's walkthrough page (`taskpane.html?demo=fake`) in headless
 * Chromium: Office.js (the npm copy) reports no host, and the URL asks for the
 * fake gateway over the demo plan.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { routeOffice } from "./browser";

export interface DemoPaneOptions {
  width: number;
  height?: number;
  colorScheme?: "light" | "dark";
  forcedColors?: "active" | "none";
}

export interface DemoPane {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and console errors seen on the page. */
  errors: string[];
}

/** Records when the pane's first heading reaches the DOM, before any of the page's own scripts run. */
const FIRST_RENDER_PROBE = `
  new MutationObserver((_, observer) => {
    if (document.querySelector("#container h1")) {
      window.__implanFirstRenderMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

/**
 * Open the walkthrough page in a fresh context (cold cache) and wait for the pane.
 * @example const { page } = await openDemoPane(browser, server.url, { width: 320, colorScheme: "dark" });
 */
export async function openDemoPane(browser: Browser, baseUrl: string, options: DemoPaneOptions): Promise<DemoPane> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? "light",
    forcedColors: options.forcedColors ?? "none",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await routeOffice(page);
  await page.addInitScript(FIRST_RENDER_PROBE);
  await page.goto(`${baseUrl}/taskpane.html?demo=fake`);
  await page.getByRole("heading", { name: "Implementation Planner" }).waitFor({ timeout: 20_000 });
  return { context, page, errors };
}

/** Milliseconds from navigation start to the pane's first heading, as the probe saw it. */
export function firstRenderMs(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __implanFirstRenderMs?: number }).__implanFirstRenderMs ?? NaN);
}
