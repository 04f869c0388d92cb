/**
 * Ribbon commands. Each calls the same use case the task pane calls and always
 * completes the event, also on failure, so Excel never shows a spinning button.
 */
import { consolidateCommand } from "./consolidateCommand";

import type { CommandName } from "./names";

const HANDLERS: Record<CommandName, (event: Office.AddinCommands.Event) => Promise<void>> = {
  consolidate: consolidateCommand,
};

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    for (const [name, handler] of Object.entries(HANDLERS)) Office.actions.associate(name, handler);
  });
}
