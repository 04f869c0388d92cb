/**
 * Worksheet change events as Excel raises them:
 * - Every change raises `onChanged`, the add-in's own writes included, while
 *   `context.runtime.enableEvents` is true ("Events are enabled and disabled
 *   at the runtime level. The enableEvents property determines if events are
 *   fired and their handlers are activated", learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
 *   While it is false, the user's own edits raise nothing either: they are lost to the add-in.
 * - `event.source` is `Local` for this user and `Remote` for a co-author
 *   (Excel.EventSource; WorksheetChangedEventArgs.source, ExcelApi 1.7).
 */

export type EventSource = "Local" | "Remote";

export interface ChangeEventArgs {
  worksheetId: string;
  address: string;
  source: EventSource;
  changeType: "RangeEdited";
  type: "WorksheetChanged";
}

/** A changed-sheet listener registered by the host. */
export type ChangeHandler = (event: ChangeEventArgs) => Promise<void>;

export class ChangeEvents {
  handlers: ChangeHandler[] = [];
  enabled = true;
  /** Every value written to `runtime.enableEvents`, in order. */
  switches: boolean[] = [];
  /** Events raised, in order (the add-in's writes and users' edits). */
  raised: ChangeEventArgs[] = [];
  /** Edits made while events were off: no handler heard of them. */
  dropped = 0;
  private pending: ChangeEventArgs[] = [];

  set(on: boolean): void {
    this.enabled = on;
    this.switches.push(on);
  }

  /** A change happened (inside a sync, or a user's edit). */
  changed(worksheetId: string, address: string, source: EventSource): void {
    if (!this.enabled) {
      this.dropped++;
      return;
    }
    this.pending.push({ worksheetId, address, source, changeType: "RangeEdited", type: "WorksheetChanged" });
  }

  /** Deliver what was raised; handlers run after the sync returns, as Excel's do. */
  flush(): void {
    const events = this.pending.splice(0);
    this.raised.push(...events);
    for (const event of events) for (const handler of [...this.handlers]) void handler(event);
  }
}
