/**
 * The fake's entry point: a request context over a workbook state, a runner
 * the host's use cases take in place of `Excel.run`, and the user's side of
 * Excel (typing, a co-author's edits, Ctrl+Z). Sources:
 * - `Excel.run(options, batch)`: RunOptions `mergeUndoGroup` (ExcelApi 1.20)
 *   and `delayForCellEdit` (learn.microsoft.com/javascript/api/excel/excel.runoptions).
 * - `names.add` of a name that exists: ItemAlreadyExists (error-handling page);
 *   names are compared without regard to case, as Excel does ("Names in formulas":
 *   "Names are not case-sensitive"). `add(name, reference, comment)` keeps the
 *   comment (Excel.NamedItemCollection.add, ExcelApi 1.4).
 * - A name whose formula uses LAMBDA in an Excel without it (`lambda: false`:
 *   Excel 2021 and older; the LAMBDA function page lists Excel for Microsoft 365
 *   and Excel 2024 only). What error code such an Excel gives is not documented:
 *   the fake fails the add at the sync with InvalidArgument, and the batch stops there.
 * - `workbook.functions.date(1904, 1, 1)` (Excel.Functions, ExcelApi 1.2) is 1462
 *   in the 1900 date system and 0 in the 1904 one (support.microsoft.com,
 *   "Date systems in Excel": the 1904 system counts from 1 January 1904).
 * - `suspendApiCalculationUntilNextSync`: "Suspends calculation until the next
 *   context.sync() is called. Once set, it is the developer's responsibility
 *   to re-calc the workbook" (excel.application); `calculate` is recorded.
 * - A user's typing is parsed as Excel's UI parses it (en-US here, ./enUs.ts)
 *   and is one undo step; a co-author's edit reaches this user's add-in as an
 *   event with source Remote and is not in this user's undo stack (./events.ts).
 */
import type { ExcelRunner } from "../../src/excel";
import { coerceEnUs } from "./enUs";
import type { ChangeHandler, EventSource } from "./events";
import { FakeExcel, Loadable, officeError, type RunOptions } from "./excel";
import { FakeWorksheet } from "./worksheet";
import { sheetOf, usedBounds, valuesIn, type SheetState, type Value, type WorkbookState } from "./state";

class Collection<T> extends Loadable {
  constructor(
    fx: FakeExcel,
    private readonly itemsNow: () => T[],
  ) {
    super(fx);
  }
  protected fetch(): unknown {
    return this.itemsNow();
  }
  get items(): T[] {
    return this.read<T[]>("items");
  }
}

/** The result of a worksheet function (`workbook.functions.date(…)`), loadable like Office.js's FunctionResult. */
class FunctionResult extends Loadable {
  constructor(
    fx: FakeExcel,
    private readonly compute: () => number,
  ) {
    super(fx);
  }
  protected fetch(property: string): unknown {
    if (property === "value") return this.compute();
    if (property === "error") return null;
    throw officeError("PropertyNotSupported", property);
  }
  get value(): number {
    return this.read<number>("value");
  }
}

export type FakeWorkbook = FakeExcel & {
  run: ExcelRunner;
  handlers: ChangeHandler[];
  /** The user types `value` into a cell (en-US parsing, as Excel's UI in en-US; events; one undo step). */
  userEdit(sheet: string, address: string, value: Value, source?: EventSource): void;
};

/**
 * A fake Excel over `sheets`; `fake.run` is the runner to hand the host.
 * @example const fake = createFakeExcel([sheetOf("People", [["Name"]])]); await consolidateWorkbook({ run: fake.run });
 */
export function createFakeExcel(
  sheets: SheetState[] = [],
  options: { date1904?: boolean; lambda?: boolean } = {},
): FakeWorkbook {
  const state: WorkbookState = {
    sheets,
    names: new Map(),
    nameComments: new Map(),
    active: sheets[0]?.name ?? null,
    selection: null,
    date1904: options.date1904 === true,
  };
  const fx = new FakeExcel(state);
  const byName = (name: string) => () => state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const worksheets = Object.assign(new Collection(fx, () => state.sheets.map((s) => FakeWorksheet.item(fx, s))), {
    add(name: string) {
      let created: SheetState | undefined;
      fx.enqueue(name.length, () => {
        if (byName(name)()) throw officeError("ItemAlreadyExists", `a sheet named ${name} exists`);
        created = sheetOf(name);
        state.sheets.push(created);
      });
      return new FakeWorksheet(fx, () => created);
    },
    getItem: (name: string) => new FakeWorksheet(fx, byName(name)),
    getItemOrNullObject: (name: string) => new FakeWorksheet(fx, byName(name), true),
    getActiveWorksheet: () =>
      new FakeWorksheet(fx, () => state.sheets.find((s) => s.name === state.active) ?? state.sheets[0]),
    onChanged: {
      add(handler: ChangeHandler) {
        fx.enqueue(10, () => void fx.events.handlers.push(handler), "control");
        const handlers = fx.events.handlers;
        return {
          remove: () => fx.enqueue(10, () => void handlers.splice(handlers.indexOf(handler), 1), "control"),
        };
      },
    },
  });
  const tables = new Collection(fx, () => state.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name }))));
  const names = Object.assign(
    new Collection(fx, () =>
      [...state.names].map(([name, formula]) => ({
        name,
        formula,
        comment: state.nameComments.get(name) ?? "",
        delete: () =>
          fx.enqueue(10, () => {
            state.names.delete(name);
            state.nameComments.delete(name);
          }),
      })),
    ),
    {
      add(name: string, reference: string, comment?: string) {
        fx.enqueue(name.length + reference.length + (comment?.length ?? 0), () => {
          if ([...state.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) {
            throw officeError("ItemAlreadyExists", `the name ${name} exists`);
          }
          if (options.lambda === false && /\bLAMBDA\(/i.test(reference)) {
            throw officeError("InvalidArgument", `this Excel has no LAMBDA function (${name})`);
          }
          state.names.set(name, reference);
          if (comment) state.nameComments.set(name, comment);
        });
      },
    },
  );
  const runtime = {
    set enableEvents(on: boolean) {
      fx.enqueue(10, () => fx.events.set(on), "control");
    },
  };
  const application = {
    suspendApiCalculationUntilNextSync: () =>
      fx.enqueue(
        10,
        () => {
          fx.calcSuspensions++;
          fx.calcSuspended = true;
        },
        "control",
      ),
    calculate: () =>
      fx.enqueue(
        10,
        () => {
          // Asked for while calculation is suspended, a recalculation does nothing (the stricter reading).
          if (!fx.calcSuspended) fx.staleFormulas = false;
        },
        "control",
      ),
  };
  // DATE(1904,1,1) is 1462 in the 1900 date system and 0 in the 1904 one.
  const functions = { date: () => new FunctionResult(fx, () => (state.date1904 ? 0 : 1462)) };
  fx.context = {
    workbook: { worksheets, tables, names, application, functions },
    runtime,
    application,
    sync: () => fx.sync(),
  } as unknown as Excel.RequestContext;
  const run = (async <T>(batch: (context: Excel.RequestContext) => Promise<T>, runOptions: RunOptions = {}) => {
    fx.runId++;
    fx.runOptions = runOptions;
    try {
      return await batch(fx.context);
    } finally {
      fx.runOptions = {};
    }
  }) as ExcelRunner;
  const userEdit = (sheetName: string, address: string, value: Value, source: EventSource = "Local") => {
    const sheet = byName(sheetName)();
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    if (source === "Local") fx.undo.userAction(`typed in ${sheetName}!${address}`);
    const typed = typeof value === "string" ? coerceEnUs(value, state.date1904) : { value };
    sheet.cells.set(address, { ...sheet.cells.get(address), value: typed.value, formula: typed.formula });
    fx.events.changed(sheet.id, address, source);
    fx.events.flush();
  };
  return Object.assign(fx, { run, handlers: fx.events.handlers, userEdit });
}

/** The values of a sheet from A1 to its last used cell, blanks as "". */
export function sheetValues(fake: FakeExcel, name: string): Value[][] {
  const sheet = fake.state.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const used = usedBounds(sheet);
  return used ? valuesIn(sheet, { ...used, top: 1, left: 0 }) : [];
}

export { sheetOf };
