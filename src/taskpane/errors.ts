/** Turns a host failure into what happened and what to do, for a MessageBar (advice from src/contract). */
import { adviceFor, FALLBACK_TODO } from "../contract/errorAdvice";

export interface PaneError {
  id: number;
  /** What happened, e.g. "Consolidate failed: the workbook is in cell-edit mode." */
  title: string;
  /** What the user can do about it. */
  advice: string;
}

/** The `code` an Office.js error carries, if any. */
function codeOf(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : null;
  }
  return null;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  return "an unknown error";
}

/**
 * Describe a failed task for the user.
 * @example describeError("Consolidate", { code: "AccessDenied", message: "Denied" }, 1).advice
 * // "A sheet the planner writes to is protected. …"
 */
export function describeError(task: string, error: unknown, id: number): PaneError {
  const code = codeOf(error);
  const message = messageOf(error).trim().replace(/\.$/, "");
  // The host's own message already says which task failed ("Consolidate could not finish …").
  const title = message.startsWith(task) ? `${message}.` : `${task} failed: ${message}.`;
  return { id, title, advice: adviceOf(error) ?? adviceFor(code)?.todo ?? FALLBACK_TODO };
}

/** Advice the host attached to its error, if any. */
function adviceOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("advice" in error)) return undefined;
  const advice = (error as { advice: unknown }).advice;
  return typeof advice === "string" && advice !== "" ? advice : undefined;
}
