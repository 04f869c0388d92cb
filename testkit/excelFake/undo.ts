/**
 * The user's undo stack, as the "Undo capabilities" page of the Excel add-ins
 * docs describes it (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities):
 * - Add-in writes are undoable from ExcelApi 1.20 ("The ExcelApi 1.20 adds
 *   undo support for Excel JavaScript APIs", the 1.20 requirement-set page);
 *   before that, a write from the add-in clears the user's stack (office-js
 *   #2543: "clearing the undo stack is still the expected behavior").
 * - Some APIs are never undoable (`Worksheet.delete` is "No | No"); "If you
 *   call an unsupported API in your add-in, the user's undo stack is cleared
 *   starting from that API call". Renaming a sheet is undoable on the web
 *   only: the fake takes the stricter desktop rule.
 * - "When false, each context.sync() call creates an undo record. When true,
 *   all context.sync() calls in a single Excel.run are merged into one undo
 *   group" (RunOptions.mergeUndoGroup, ExcelApi 1.20).
 */
import type { SheetState, WorkbookState } from "./state";

/** What the fake needs of Excel to decide. */
export interface UndoHost {
  supports(version: string): boolean;
  runOptions: { mergeUndoGroup?: boolean };
  runId: number;
}

interface Snapshot {
  sheets: SheetState[];
  names: Map<string, string>;
  nameComments: Map<string, string>;
}

interface UndoRecord {
  label: string;
  run: number | null;
  before: Snapshot;
}

export const UNDO_API = "1.20";

export class UndoHistory {
  private records: UndoRecord[] = [];

  constructor(private readonly state: WorkbookState) {}

  /** How many Ctrl+Z steps the user has. */
  get steps(): number {
    return this.records.length;
  }

  /** The labels, oldest first (tests read what is left). */
  get labels(): string[] {
    return this.records.map((r) => r.label);
  }

  /** The user did something undoable (typed a value). */
  userAction(label: string): void {
    this.records.push({ label, run: null, before: this.snapshot() });
  }

  /** A sync with writes starts: one undo record, merged into the run's when asked and supported. */
  beginSync(writes: boolean, host: UndoHost): void {
    if (!writes) return;
    if (!host.supports(UNDO_API)) {
      this.clear();
      return;
    }
    const last = this.records[this.records.length - 1];
    if (host.runOptions.mergeUndoGroup && last?.run === host.runId) return;
    this.records.push({ label: "add-in", run: host.runId, before: this.snapshot() });
  }

  /** A call to an API without undo support: nothing before it can be undone. */
  clear(): void {
    this.records = [];
  }

  /** Ctrl+Z: the workbook as it was before the last record. */
  undoLast(): string | null {
    const record = this.records.pop();
    if (!record) return null;
    this.state.sheets.splice(0, this.state.sheets.length, ...record.before.sheets);
    this.state.names.clear();
    for (const [k, v] of record.before.names) this.state.names.set(k, v);
    this.state.nameComments.clear();
    for (const [k, v] of record.before.nameComments) this.state.nameComments.set(k, v);
    return record.label;
  }

  private snapshot(): Snapshot {
    return structuredClone({
      sheets: this.state.sheets,
      names: this.state.names,
      nameComments: this.state.nameComments,
    });
  }
}
