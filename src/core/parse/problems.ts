/** Problems collected while reading, each at its own cell. */
import type { Problem, Severity } from "../types";

/**
 * A list of problems with a short way to add one.
 * @example const p = new Problems(); p.add("Plan", "B4", "warning", "…"); p.list.length // 1
 */
export class Problems {
  readonly list: Problem[] = [];

  add(sheet: string, cell: string, severity: Severity, message: string): void {
    this.list.push({ sheet, cell, severity, message });
  }
}
