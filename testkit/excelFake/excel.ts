/**
 * A fake of the Office.js objects the Excel host uses, at least as strict as
 * Excel. Each behaviour cites where Excel's is documented:
 * - Operations are queued and applied at `sync`; reading a property before
 *   its `load` was synced throws PropertyNotLoaded (OfficeExtension.ErrorCodes.propertyNotLoaded,
 *   learn.microsoft.com/javascript/api/office/officeextension.errorcodes; "you must call load
 *   … and then call context.sync() before you can read the properties",
 *   learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).
 *   office-addin-mock only returns a string here.
 * - While the user edits a cell, a batch fails with InvalidOperationInCellEditMode
 *   unless run with `delayForCellEdit` ("the batch request is delayed until the
 *   user exits cell edit mode", excel.runoptions; error-handling page).
 * - A failed batch is not rolled back: the operations before the failing one
 *   stay applied, those after it do not run (OfficeExtension.Error,
 *   learn.microsoft.com/javascript/api/office/officeextension.error: "All
 *   other commands after the failed command in the batch are not executed").
 * - Requests and responses over 5 MB fail on Excel on the web with
 *   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded; a
 *   read of more than 5,000,000 cells fails with RangeExceedsLimit
 *   (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 *   A request counts its operations and the objects it creates, not only
 *   values (same page, "performance"); a response counts every empty cell as "".
 * - Undo: see ./undo.ts. Events: see ./events.ts.
 */
import { ChangeEvents } from "./events";
import type { WorkbookState } from "./state";
import { UndoHistory } from "./undo";

/** An error shaped like Office.js's. */
export function officeError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

/** What an operation does to the workbook, for undo: reads and switches change nothing. */
export type OpKind = "read" | "control" | "write" | "notUndoable";

interface Op {
  bytes: number;
  kind: OpKind;
  run: () => void;
}

/** Excel on the web's payload limit, requests and responses alike. */
export const PAYLOAD_LIMIT = 5_000_000;
/** Excel's limit on the cells of one read. */
export const READ_CELL_LIMIT = 5_000_000;
/** Bytes an operation costs in a request beyond its arguments (the method, the object path, ids). */
export const OPERATION_BYTES = 40;
/** Bytes each proxy object (a range, a sheet, a collection) costs in the request that first uses it. */
export const OBJECT_BYTES = 30;

export interface RunOptions {
  mergeUndoGroup?: boolean;
  delayForCellEdit?: boolean;
}

export class FakeExcel {
  syncs = 0;
  /** Bytes of each sync's request: arguments, operations and objects. */
  requests: number[] = [];
  /** Bytes of each sync's response: every loaded value, blanks as "". */
  responses: number[] = [];
  /** Milliseconds spent applying requests: "inside Excel", as far as the host's timing goes. */
  insideMs = 0;
  calcSuspensions = 0;
  /** True while calculation is suspended until the next sync ends. */
  calcSuspended = false;
  /** Cells were written while calculation was suspended and no recalculation has run since. */
  staleFormulas = false;
  /** Sheets whose values (more than one cell) were read, in order. */
  valuesRead: string[] = [];
  /** Sheets deleted by the add-in (each breaks references to it). */
  deletedSheets = 0;
  /** The ExcelApi requirement set this Excel supports, e.g. "1.9" or "1.20". */
  api = "1.18";
  /** Enforce the 5 MB limits (Excel on the web); desktop Excel has none. */
  web = true;
  /** Options of the `Excel.run` in progress, and which run it is. */
  runOptions: RunOptions = {};
  runId = 0;
  /** True while the user is typing in a cell: batches fail unless run with delayForCellEdit. */
  cellEditMode = false;
  readonly undo: UndoHistory;
  readonly events: ChangeEvents;
  private queue: Op[] = [];
  private objects = 0;
  private responseBytes = 0;
  private failures: { at: number; error: Error; afterOps: number | "half" }[] = [];
  /** The batch-level context the host receives. */
  context!: Excel.RequestContext;

  constructor(readonly state: WorkbookState) {
    this.undo = new UndoHistory(state);
    this.events = new ChangeEvents();
  }

  get eventsEnabled(): boolean {
    return this.events.enabled;
  }

  /** True when this Excel has the ExcelApi version (what `isSetSupported` would say). */
  supports = (version: string): boolean => {
    const [major, minor] = version.split(".").map(Number);
    const [haveMajor, haveMinor] = this.api.split(".").map(Number);
    return haveMajor > major || (haveMajor === major && haveMinor >= minor);
  };

  enqueue(bytes: number, run: () => void, kind: OpKind = "write"): void {
    this.queue.push({ bytes: bytes + OPERATION_BYTES, kind, run });
  }

  /** A proxy object was created: it travels with the next request. */
  countObject(): void {
    this.objects++;
  }

  /** A loaded value travels back in the response. */
  countResponse(value: unknown): void {
    this.responseBytes += value === undefined ? 0 : JSON.stringify(value).length;
  }

  /**
   * Make sync number `at` (1-based, counted across runs) fail with `error`
   * after `afterOps` of its operations have been applied (default: half).
   */
  failAtSync(at: number, error: Error, afterOps: number | "half" = "half"): void {
    this.failures.push({ at, error, afterOps });
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    const request = ops.reduce((n, op) => n + op.bytes, 0) + this.objects * OBJECT_BYTES;
    this.objects = 0;
    this.requests.push(request);
    if (this.cellEditMode && !this.runOptions.delayForCellEdit) {
      throw officeError("InvalidOperationInCellEditMode", "Excel is in cell-edit mode");
    }
    if (this.web && request > PAYLOAD_LIMIT) {
      throw officeError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes`);
    }
    const failure = this.failures.find((f) => f.at === this.syncs);
    const stopAt = failure ? (failure.afterOps === "half" ? Math.floor(ops.length / 2) : failure.afterOps) : ops.length;
    this.responseBytes = 0;
    const started = performance.now();
    try {
      this.undo.beginSync(
        ops.some((op) => op.kind === "write" || op.kind === "notUndoable"),
        this,
      );
      for (const op of ops.slice(0, stopAt)) {
        if (op.kind === "notUndoable") this.undo.clear();
        op.run();
        if (op.kind === "write" && this.calcSuspended) this.staleFormulas = true;
      }
      if (failure) throw failure.error;
    } finally {
      this.insideMs += performance.now() - started;
      this.calcSuspended = false;
      this.responses.push(this.responseBytes);
      this.events.flush();
    }
    if (this.web && this.responseBytes > PAYLOAD_LIMIT) {
      throw officeError("ResponsePayloadSizeLimitExceeded", `response of ${this.responseBytes} bytes`);
    }
  }

  get largestRequest(): number {
    return Math.max(0, ...this.requests);
  }

  get largestResponse(): number {
    return Math.max(0, ...this.responses);
  }
}

/**
 * Something with Office's load semantics: properties readable only once loaded and synced.
 */
export abstract class Loadable {
  private readonly loaded = new Set<string>();
  private readonly snapshot: Record<string, unknown> = {};

  constructor(protected readonly fx: FakeExcel) {
    fx.countObject();
  }

  /** The value of a property now (at sync time). */
  protected abstract fetch(property: string, path: string[]): unknown;

  load(properties?: string | string[]): this {
    const list = (Array.isArray(properties) ? properties : [properties ?? ""])
      .flatMap((p) => p.split(","))
      .map((p) => p.trim())
      .filter((p) => p !== "");
    this.fx.enqueue(
      list.join(",").length,
      () => {
        for (const entry of list) {
          const [property, ...path] = entry.split("/");
          const value = this.fetch(property, path);
          this.snapshot[property] = value;
          this.loaded.add(property);
          if (property !== "items") this.fx.countResponse(value);
        }
      },
      "read",
    );
    return this;
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) {
      throw officeError("PropertyNotLoaded", `${property} was read before it was loaded and synced`);
    }
    return this.snapshot[property] as T;
  }

  /** Mark a property as known without a load (e.g. an item fetched with its collection). */
  protected know(property: string, value: unknown): void {
    this.snapshot[property] = value;
    this.loaded.add(property);
  }
}
