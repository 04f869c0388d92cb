/**
 * A write that failed part-way. Excel does not roll a failed batch back: the
 * operations before the failing one stay applied (OfficeExtension.Error,
 * "All other commands after the failed command in the batch are not
 * executed"). So the message says exactly what was and was not written.
 */
import { codeOf } from "./session";

/** Which trip failed: the owned sheets' contents, or the flags, notes, names and titles after them. */
export type WriteStage = "sheets" | "flags";

export class WriteFailure extends Error {
  readonly code: string;

  constructor(
    readonly original: unknown,
    readonly stage: WriteStage,
    readonly sheets: { owned: string[]; added: string[] },
  ) {
    super(original instanceof Error ? original.message : String(original));
    this.code = codeOf(original) || "Unknown";
  }

  /**
   * What the user should know, after the reason.
   * @example failure.whatWasWritten() // "Dashboard, Timeline and Load were partly written …"
   */
  whatWasWritten(): string {
    const list = listed(this.sheets.owned);
    const them = this.sheets.owned.length === 1 ? "it" : "them";
    if (this.stage === "sheets") {
      return `${list} ${this.sheets.owned.length === 1 ? "was" : "were"} partly written and say INCOMPLETE in A1; your plan sheets, flags and notes were not changed. Run Consolidate again to repair ${them}.`;
    }
    return `${list} ${this.sheets.owned.length === 1 ? "was" : "were"} written, but the flags and notes on your plan sheets and the planner's names may be only partly updated, and A1 still says INCOMPLETE. Run Consolidate again to finish.`;
  }
}

function listed(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
