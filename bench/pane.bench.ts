/**
 * First render of the built pane in headless Chromium: navigation start to the
 * pane's heading in the DOM, on the demo page (fake gateway, Office.js served
 * locally), cold cache each run. Median of five.
 */
import { launchChromium } from "../testkit/browser";
import { ensureBuilt } from "../testkit/build";
import { firstRenderMs, openDemoPane } from "../testkit/demoPane";
import { serveDirectory } from "../testkit/server";
import { median, round, type Benchmark } from "./harness";

const RUNS = 5;

export const benchmark: Benchmark = {
  name: "task pane first render (headless Chromium, demo page)",
  async run() {
    ensureBuilt();
    const server = await serveDirectory();
    const browser = await launchChromium();
    try {
      const times: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const { context, page } = await openDemoPane(browser, server.url, { width: 320 });
        const ms = await firstRenderMs(page);
        await context.close();
        if (i > 0) times.push(ms); // the first run warms Chromium itself, not the page
      }
      return { first_render_ms: round(median(times)) };
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
