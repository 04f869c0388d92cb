import { COMMAND_ERROR_EVENT, PlannerError, type CommandErrorDetail } from "../contract/errorAdvice";
import { consolidateWorkbook } from "../excel";

/**
 * Ribbon "Consolidate": one click, no dialog. A failure is reported through
 * the pane's status channel; the event is completed either way.
 * @example Office.actions.associate("consolidate", consolidateCommand);
 */
export async function consolidateCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await consolidateWorkbook();
  } catch (error) {
    reportCommandError(error);
  } finally {
    event.completed();
  }
}

function reportCommandError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const advice = error instanceof PlannerError ? error.advice : undefined;
  const detail: CommandErrorDetail = { message, advice };
  // The shared runtime keeps the pane's page alive: it listens for this event and shows a MessageBar.
  if (typeof window !== "undefined") window.dispatchEvent(new CustomEvent(COMMAND_ERROR_EVENT, { detail }));
}
