/**
 * The fake's entry point: a request context over a workbook state, and a
 * runner the host's use cases take in place of `Excel.run`.
 */
import type { ExcelRunner } from "../../../src/excel";
import { FakeExcel, Loadable, officeError } from "./excel";
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

/** A changed-sheet listener registered by the host. */
export type ChangeHandler = (event: { worksheetId: string; address: string }) => Promise<void>;

/**
 * A fake Excel over `sheets`; `fake.run` is the runner to hand the host.
 * @example const fake = createFakeExcel([sheetOf("People", [["Name"]])]); await consolidateWorkbook({ run: fake.run });
 */
export function createFakeExcel(
  sheets: SheetState[] = [],
): FakeExcel & { run: ExcelRunner; handlers: ChangeHandler[] } {
  const state: WorkbookState = { sheets, names: new Map(), active: sheets[0]?.name ?? null, selection: null };
  const fx = new FakeExcel(state);
  const handlers: ChangeHandler[] = [];
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
        fx.enqueue(10, () => void handlers.push(handler));
        return { remove: () => fx.enqueue(10, () => void handlers.splice(handlers.indexOf(handler), 1)) };
      },
    },
  });
  const tables = new Collection(fx, () => state.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name }))));
  const names = Object.assign(
    new Collection(fx, () =>
      [...state.names.keys()].map((name) => ({
        name,
        delete: () => fx.enqueue(10, () => void state.names.delete(name)),
      })),
    ),
    {
      add(name: string, reference: string) {
        fx.enqueue(name.length + reference.length, () => {
          if (state.names.has(name)) throw officeError("ItemAlreadyExists", `the name ${name} exists`);
          state.names.set(name, reference);
        });
      },
    },
  );
  const runtime = {
    set enableEvents(on: boolean) {
      fx.enqueue(10, () => {
        fx.eventsEnabled = on;
        fx.eventSwitches.push(on);
      });
    },
  };
  const application = { suspendApiCalculationUntilNextSync: () => fx.enqueue(10, () => void fx.calcSuspensions++) };
  fx.context = {
    workbook: { worksheets, tables, names, application },
    runtime,
    application,
    sync: () => fx.sync(),
  } as unknown as Excel.RequestContext;
  const run: ExcelRunner = (batch) => batch(fx.context);
  return Object.assign(fx, { run, handlers });
}

/** The values of a sheet from A1 to its last used cell, blanks as "". */
export function sheetValues(fake: FakeExcel, name: string): Value[][] {
  const sheet = fake.state.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const used = usedBounds(sheet);
  return used ? valuesIn(sheet, { ...used, top: 1, left: 0 }) : [];
}

export { sheetOf };
