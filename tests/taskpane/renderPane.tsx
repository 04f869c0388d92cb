/** Renders the pane over a fake gateway, as index.tsx does over the real one. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, type RenderResult } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { App } from "../../src/taskpane/components/App";
import { createFakeGateway, type FakeGateway, type FakeGatewayOptions } from "../../src/taskpane/demo/fakeGateway";
import { sampleOutcome } from "./outcomes";

export interface Pane extends RenderResult {
  fake: FakeGateway;
  user: UserEvent;
}

/**
 * The pane over a fake gateway (sample outcome unless told otherwise).
 * @example const { fake, user } = renderPane(); await user.click(screen.getByRole("tab", { name: "People" }));
 */
export function renderPane(options: Partial<FakeGatewayOptions> = {}): Pane {
  const fake = createFakeGateway({ outcome: sampleOutcome, ...options });
  const user = userEvent.setup();
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <App gateway={fake} />
    </FluentProvider>,
  );
  return { ...result, fake, user };
}

/** Open a view by its tab. */
export async function openTab(user: UserEvent, name: string): Promise<void> {
  await user.click(screen.getByRole("tab", { name }));
}

/** Open a view and consolidate from its empty state. */
export async function consolidateThenOpen(user: UserEvent, name: string): Promise<void> {
  await openTab(user, "Timeline");
  await user.click(screen.getByRole("button", { name: "Consolidate" }));
  await screen.findByRole("heading", { name: "Summary" });
  if (name !== "Timeline") await openTab(user, name);
}
