/** Office.js failures turned into what happened and what to do. */
import { adviceFor, PlannerError } from "../contract/errorAdvice";
import { codeOf, ExcelHostError } from "./session";
import { WriteFailure } from "./writeFailure";

/**
 * An error with a message a consortium manager can act on (the original code kept).
 * @example throw friendlyError(error, "Consolidate")
 */
export function friendlyError(error: unknown, action: string): Error {
  if (error instanceof PlannerError) return error;
  if (error instanceof WriteFailure) {
    const advice = adviceFor(error.code);
    const reason = advice && !advice.keepMessage ? `${advice.what}.` : `${error.message.replace(/\.$/, "")}.`;
    const failure = new ExcelHostError(`${action} stopped part-way: ${reason} ${error.whatWasWritten()}`, error.code);
    return Object.assign(failure, { advice: advice?.todo });
  }
  const code = codeOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  const where = sheetIn(error);
  const advice = adviceFor(code);
  const message =
    advice && !advice.keepMessage
      ? `${action} could not finish${where ? ` on sheet ‘${where}’` : ""}: ${advice.what}.`
      : `${action} could not finish: ${detail.replace(/\.$/, "")}.`;
  return Object.assign(new ExcelHostError(message, code || "Unknown"), { advice: advice?.todo });
}

/** Office.js names the failing statement's location in debugInfo, e.g. "Worksheet['Transport']". */
function sheetIn(error: unknown): string | null {
  const info =
    typeof error === "object" && error !== null && "debugInfo" in error
      ? (error as { debugInfo?: { errorLocation?: string } }).debugInfo
      : undefined;
  const match = /Worksheet(?:s)?\[?['"]?([^'"\]]+)['"]?\]?/.exec(info?.errorLocation ?? "");
  return match ? match[1] : null;
}
