/** Task pane entry: wait for Office, then render inside one FluentProvider themed like Office. */
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { themeFor } from "./theme";

function render(host: string | null): void {
  const container = document.getElementById("container");
  if (!container) return;
  const officeTheme = host && typeof Office !== "undefined" ? Office.context.officeTheme : undefined;
  const highContrast = window.matchMedia?.("(forced-colors: active)").matches ?? false;
  createRoot(container).render(
    <FluentProvider theme={themeFor(officeTheme, highContrast)}>
      <App host={host} />
    </FluentProvider>,
  );
}

if (typeof Office === "undefined") {
  // Office.js could not load (offline, or opened as a plain web page): still say what this is.
  render(null);
} else {
  Office.onReady((info) => render(info.host ? String(info.host) : null));
}
