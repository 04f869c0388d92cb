/**
 * Task pane entry: wait for Office, pick the gateway, then render inside one
 * FluentProvider themed like Office.
 *
 * Gateways: in Excel, the Excel host's use cases. Outside Excel (Office.js
 * reports no host) the pane explains how to open it in Excel — unless the URL
 * asks for the walkthrough with `?demo=fake`, which loads the fake gateway over
 * a canned demo plan in a separate chunk. The demo never runs inside Excel, so
 * canned data cannot reach a real workbook's flow.
 */
import { createRoot } from "react-dom/client";
import { Root } from "./components/Root";
import type { PlannerGateway } from "./gateway";
import { themeFor, type OfficeThemeColours } from "./theme";

function mount(gateway: PlannerGateway | null, officeTheme?: OfficeThemeColours): void {
  const container = document.getElementById("container");
  if (!container) return;
  const media = (query: string) => window.matchMedia?.(query).matches ?? false;
  const theme = themeFor(officeTheme, media("(forced-colors: active)"), media("(prefers-color-scheme: dark)"));
  createRoot(container).render(<Root theme={theme} gateway={gateway} />);
}

function demoRequested(): boolean {
  return new URLSearchParams(window.location.search).get("demo") === "fake";
}

async function start(host: string | null): Promise<void> {
  if (host === "Excel") {
    const { createExcelGateway } = await import(/* webpackMode: "eager" */ "./excelGateway");
    mount(createExcelGateway(), Office.context.officeTheme);
  } else if (!host && demoRequested()) {
    const { createDemoGateway } = await import(/* webpackChunkName: "demo" */ "./demo/demoGateway");
    mount(createDemoGateway());
  } else {
    mount(null);
  }
}

if (typeof Office === "undefined") {
  // Office.js could not load (offline, or opened as a plain web page): still say what this is.
  void start(null);
} else {
  Office.onReady((info) => void start(info.host ? String(info.host) : null));
}
