/** A Chromium-based browser (found by testkit/engineFinder.ts) through playwright-core, with Office.js served from the npm copy. */
import * as fs from "fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { requireEngine } from "./engines";
import { officeFileFor } from "./server";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireEngine("chromium"),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Route Microsoft's CDN to the npm copy of Office.js and refuse every other outside request. */
export async function routeOffice(page: Page): Promise<void> {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, async (route) => {
    const file = officeFileFor(route.request().url());
    if (file) {
      await route.fulfill({ status: 200, contentType: "text/javascript", body: fs.readFileSync(file) });
    } else {
      await route.abort();
    }
  });
}
