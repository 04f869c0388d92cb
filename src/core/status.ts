/** Action statuses as people type them, normalised to the engine's four. */
import type { Status } from "./types";

const SPELLINGS: Record<string, Status> = {
  "not started": "Not started",
  "not yet started": "Not started",
  "to do": "Not started",
  todo: "Not started",
  planned: "Not started",
  "in progress": "In progress",
  progressing: "In progress",
  started: "In progress",
  ongoing: "In progress",
  underway: "In progress",
  "under way": "In progress",
  "on track": "In progress",
  "in hand": "In progress",
  complete: "Complete",
  completed: "Complete",
  done: "Complete",
  finished: "Complete",
  achieved: "Complete",
  closed: "Complete",
  blocked: "Blocked",
  "on hold": "Blocked",
  stalled: "Blocked",
  stuck: "Blocked",
};

/**
 * Normalise a typed status, ignoring case, punctuation and extra spaces.
 * Blank is Not started; anything unrecognised is null (reported by the caller).
 * @example parseStatus("  completed ") // "Complete"
 */
export function parseStatus(text: string): Status | null {
  const plain = text
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
  if (plain === "") return text.trim() === "" ? "Not started" : null;
  return Object.hasOwn(SPELLINGS, plain) ? SPELLINGS[plain] : null;
}
