/** Status cells ("Complete", "done", "In progress" …), read by the engine's rules, one parse per distinct text. */
import { parseStatus } from "../core/status";
import type { Status } from "../core/types";
import { badCell, textAt, type Column } from "./args";

const EXPECTED = "a status (Not started, In progress, Complete, Blocked or blank)";
const parsed = new Map<string, Status | null>();

/**
 * The status in a cell; blank is null (no status given).
 * @example statusAt(columnArg("statuses", [["done"]]), 0) // "Complete"
 */
export function statusAt(column: Column, index: number): Status | null {
  const text = textAt(column, index, EXPECTED);
  if (text === "") return null;
  let status = parsed.get(text);
  if (status === undefined) {
    status = parseStatus(text);
    if (parsed.size < 1024) parsed.set(text, status);
  }
  if (status === null) throw badCell(column, index, EXPECTED);
  return status;
}

/** True when the row's status is Complete. */
export function isCompleteAt(column: Column, index: number): boolean {
  return statusAt(column, index) === "Complete";
}
