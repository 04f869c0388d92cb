/**
 * A fake of the Office.js objects the Excel host uses. It keeps Office's
 * rules: operations are queued and applied at `sync`; a property read before
 * its `load` was synced throws; a failed sync discards the queue. It counts
 * syncs and the size of each request, and can fail like Excel does.
 */
import type { WorkbookState } from "./state";

/** An error shaped like Office.js's. */
export function officeError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

interface Op {
  bytes: number;
  run: () => void;
}

export class FakeExcel {
  syncs = 0;
  /** Approximate JSON bytes of each sync's request. */
  requests: number[] = [];
  /** Milliseconds spent applying requests: "inside Excel", as far as the host's timing goes. */
  insideMs = 0;
  calcSuspensions = 0;
  eventsEnabled = true;
  /** Every value written to `runtime.enableEvents`, in order. */
  eventSwitches: boolean[] = [];
  private queue: Op[] = [];
  private failures: { at: number; error: Error }[] = [];
  /** The batch-level context the host receives. */
  context!: Excel.RequestContext;

  constructor(readonly state: WorkbookState) {}

  enqueue(bytes: number, run: () => void): void {
    this.queue.push({ bytes: bytes + 40, run });
  }

  /** Make sync number `at` (1-based, counted across runs) fail with `error`, applying nothing. */
  failAtSync(at: number, error: Error): void {
    this.failures.push({ at, error });
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    this.requests.push(ops.reduce((n, op) => n + op.bytes, 0));
    const failure = this.failures.find((f) => f.at === this.syncs);
    if (failure) throw failure.error;
    const started = performance.now();
    try {
      for (const op of ops) op.run();
    } finally {
      this.insideMs += performance.now() - started;
    }
  }

  get largestRequest(): number {
    return Math.max(0, ...this.requests);
  }
}

/**
 * Something with Office's load semantics: properties readable only once loaded and synced.
 */
export abstract class Loadable {
  private readonly loaded = new Set<string>();
  private readonly snapshot: Record<string, unknown> = {};

  constructor(protected readonly fx: FakeExcel) {}

  /** The value of a property now (at sync time). */
  protected abstract fetch(property: string, path: string[]): unknown;

  load(properties?: string | string[]): this {
    const list = (Array.isArray(properties) ? properties : [properties ?? ""])
      .flatMap((p) => p.split(","))
      .map((p) => p.trim())
      .filter((p) => p !== "");
    this.fx.enqueue(0, () => {
      for (const entry of list) {
        const [property, ...path] = entry.split("/");
        this.snapshot[property] = this.fetch(property, path);
        this.loaded.add(property);
      }
    });
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
