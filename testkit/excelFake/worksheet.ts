/**
 * Fake Excel.Worksheet with its tables, notes, freeze panes and charts. Sources:
 * - Sheet names are unique ignoring case; a clash is ItemAlreadyExists
 *   (support.microsoft.com, "Rename a worksheet"; error-handling page).
 * - Renaming is undoable on the web only and `delete` never ("Undo
 *   capabilities" page): both clear the user's undo stack here (./undo.ts);
 *   deleting breaks references to the sheet (./references.ts).
 * - `Table.delete` "Deletes the table", `Chart.delete` "Deletes the chart
 *   object" (excel.table, excel.chart); `freezePanes.unfreeze` "Removes all
 *   frozen panes in the worksheet" (excel.worksheetfreezepanes).
 * - `notes.add` on a cell that already has a note: not documented; the fake
 *   refuses it (InvalidArgument), so the host must update the note instead.
 * - Navigation properties (`protection`, `notes`) return the same proxy each
 *   time, as Office.js's do.
 */
import { FakeExcel, Loadable, officeError } from "./excel";
import { fakePageLayout } from "./pageLayout";
import { breakReferences } from "./references";
import { FakeRange, type SheetRef } from "./range";
import { setters } from "./rangeParts";
import type { SheetState } from "./state";

export class FakeWorksheet extends Loadable implements SheetRef {
  private bound: SheetState | null = null;

  /** `lookup` finds the sheet when an operation runs (by name, or the one an `add` created). */
  constructor(
    fx: FakeExcel,
    private readonly lookup: () => SheetState | undefined,
    private readonly orNull = false,
  ) {
    super(fx);
    // Office.js fills isNullObject at the next sync without a load.
    if (orNull) this.load([]);
  }

  exists(): boolean {
    return this.bound !== null || this.lookup() !== undefined;
  }

  state(): SheetState {
    if (!this.bound) {
      const found = this.lookup();
      if (!found) throw officeError("ItemNotFound", "the sheet does not exist");
      this.bound = found;
    }
    return this.bound;
  }

  protected fetch(property: string): unknown {
    if (property === "isNullObject") return this.lookup() === undefined;
    if (property === "name") return this.state().name;
    if (property === "id") return this.state().id;
    throw officeError("PropertyNotSupported", `the fake has no Worksheet.${property}`);
  }

  /** Items of a loaded collection know their name. */
  static item(fx: FakeExcel, sheet: SheetState): FakeWorksheet {
    const proxy = new FakeWorksheet(fx, () => sheet);
    proxy.know("name", sheet.name);
    return proxy;
  }

  /** getItemOrNullObject: isNullObject is known after the next sync. */
  override load(properties?: string | string[]): this {
    return super.load(this.orNull ? ["isNullObject", ...[properties ?? []].flat()] : properties);
  }

  get isNullObject(): boolean {
    if (!this.orNull) return false;
    return this.read<boolean>("isNullObject");
  }

  get name(): string {
    return this.read<string>("name");
  }

  set name(name: string) {
    this.fx.enqueue(
      name.length,
      () => {
        const sheet = this.state();
        if (this.fx.state.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase())) {
          throw officeError("ItemAlreadyExists", `a sheet named ${name} exists`);
        }
        sheet.name = name;
      },
      "notUndoable",
    );
  }

  set tabColor(color: string) {
    this.fx.enqueue(10, () => void (this.state().tabColor = color));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.fx, this, address ?? "A1:XFD1048576");
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRange("A1").getCell(row, column);
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.fx, this, "used");
  }

  /** Not undoable ("Undo capabilities": Worksheet.delete, No | No), and every reference to the sheet becomes #REF!. */
  delete(): void {
    this.fx.enqueue(
      10,
      () => {
        const sheets = this.fx.state.sheets;
        const sheet = this.state();
        const at = sheets.indexOf(sheet);
        if (at < 0) throw officeError("ItemNotFound", "the sheet was deleted");
        sheets.splice(at, 1);
        this.fx.deletedSheets++;
        breakReferences(this.fx.state, sheet.name);
      },
      "notUndoable",
    );
  }

  activate(): void {
    this.fx.enqueue(10, () => void (this.fx.state.active = this.state().name), "control");
  }

  get tables(): Loadable & {
    items: { name: string; delete(): void }[];
    add(range: string, headers: boolean): Record<string, unknown>;
  } {
    const collection = namedItems(this.fx, () => this.state().tables);
    return Object.assign(collection, {
      add: (range: string) => {
        const table = { name: "", range, style: "" };
        this.fx.enqueue(range.length, () => void this.state().tables.push(table));
        return setters(
          (key, value) => this.fx.enqueue(20, () => Object.assign(table, { [key]: value })),
          ["name", "style", "showBandedRows"],
        );
      },
    });
  }

  get freezePanes(): Record<string, (arg?: number | FakeRange) => void> {
    const freeze = (text: string | undefined) => this.fx.enqueue(10, () => void (this.state().freeze = text));
    return {
      unfreeze: () => freeze(undefined),
      freezeRows: (n) => freeze(`rows ${String(n)}`),
      freezeColumns: (n) => freeze(`columns ${String(n)}`),
      freezeAt: (range) => freeze(`at ${typeof range === "object" ? range.at : String(range)}`),
    };
  }

  get charts(): Loadable & {
    items: { name: string; delete(): void }[];
    add(type: string, range: FakeRange, by: string): Record<string, unknown>;
  } {
    const fx = this.fx;
    const collection = namedItems(fx, () => this.state().charts);
    return Object.assign(collection, {
      add: (type: string, range: FakeRange) => {
        const chart: { type: string; data: string; title?: string; name?: string } = { type, data: "" };
        this.fx.enqueue(20, () => {
          chart.data = `${this.state().name}!${range.at}`;
          this.state().charts.push(chart);
        });
        return {
          set name(name: string) {
            fx.enqueue(name.length, () => void (chart.name = name));
          },
          title: setters((_, v) => void (chart.title = v as string), ["text"]),
          setPosition: () => undefined,
          series: { getItemAt: () => ({ format: { fill: { setSolidColor: () => undefined } } }) },
        };
      },
    });
  }

  private layoutProxy?: ReturnType<typeof fakePageLayout>;

  /** What the sheet prints (ExcelApi 1.9): ./pageLayout.ts. */
  get pageLayout(): ReturnType<typeof fakePageLayout> {
    return (this.layoutProxy ??= fakePageLayout(this.fx, () => this.state()));
  }

  private protectionProxy?: Loadable & { protected: boolean };
  private notesProxy?: FakeNotes;

  /** Navigation properties return the same proxy each time, as Office.js's do. */
  get protection(): Loadable & { protected: boolean } {
    const sheet = () => this.state();
    return (this.protectionProxy ??= new (class extends Loadable {
      protected fetch(): unknown {
        return sheet().protected;
      }
      get protected(): boolean {
        return this.read<boolean>("protected");
      }
    })(this.fx));
  }

  get notes(): FakeNotes {
    return (this.notesProxy ??= new FakeNotes(this.fx, this));
  }
}

export class FakeNotes extends Loadable {
  constructor(
    fx: FakeExcel,
    private readonly sheet: FakeWorksheet,
  ) {
    super(fx);
  }

  protected fetch(property: string): unknown {
    if (property !== "items") throw officeError("PropertyNotSupported", property);
    return [...this.sheet.state().notes.keys()].map((cell) => new FakeNote(this.fx, this.sheet, cell, true));
  }

  get items(): FakeNote[] {
    return this.read<FakeNote[]>("items");
  }

  add(range: FakeRange | string, content: string): void {
    this.fx.enqueue(content.length, () => {
      const cell = typeof range === "string" ? range : range.at;
      const notes = this.sheet.state().notes;
      if (notes.has(cell)) throw officeError("InvalidArgument", `${cell} already has a note`);
      notes.set(cell, content);
    });
  }

  getItemOrNullObject(cell: string): FakeNote {
    return new FakeNote(this.fx, this.sheet, cell, false);
  }
}

export class FakeNote extends Loadable {
  constructor(
    fx: FakeExcel,
    private readonly sheet: FakeWorksheet,
    private readonly cell: string,
    withContent: boolean,
  ) {
    super(fx);
    if (withContent) {
      this.know("content", sheet.state().notes.get(cell));
      this.know("isNullObject", false);
    }
  }

  protected fetch(property: string): unknown {
    const content = this.sheet.state().notes.get(this.cell);
    if (property === "isNullObject") return content === undefined;
    if (property === "content") return content ?? null;
    throw officeError("PropertyNotSupported", property);
  }

  override load(properties?: string | string[]): this {
    return super.load(["isNullObject", ...[properties ?? []].flat()]);
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  get content(): string {
    return this.read<string>("content");
  }

  set content(text: string) {
    this.fx.enqueue(text.length, () => void this.sheet.state().notes.set(this.cell, text));
  }

  delete(): void {
    this.fx.enqueue(10, () => void this.sheet.state().notes.delete(this.cell));
  }

  getLocation(): FakeRange {
    return new FakeRange(this.fx, this.sheet, this.cell);
  }
}

/** A loadable collection of a sheet's named things (tables, charts), each deletable. */
function namedItems(
  fx: FakeExcel,
  list: () => { name?: string }[],
): Loadable & { items: { name: string; delete(): void }[] } {
  return new (class extends Loadable {
    protected fetch(): unknown {
      return list().map((thing) => ({
        name: thing.name ?? "",
        delete: () =>
          fx.enqueue(10, () => {
            const things = list();
            things.splice(things.indexOf(thing), 1);
          }),
      }));
    }
    get items(): { name: string; delete(): void }[] {
      return this.read("items");
    }
  })(fx);
}
