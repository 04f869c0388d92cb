/**
 * Hosts the =PLAN.* functions in HyperFormula, a real formula engine, the way
 * Excel hosts them: ranges arrive as 2-D arrays (blanks as null, errors as
 * error objects), scalars as values, omitted optionals as null; a thrown
 * function error becomes the cell's error value, and tables spill.
 * Tests only: HyperFormula is GPL-licensed here and never bundled.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionMetadata,
  type ImplementedFunctions,
} from "hyperformula";
import * as plan from "../../src/functions/functions";
import { FunctionError } from "../../src/functions/errors";

type Ast = Parameters<FunctionPlugin["evaluateAst"]>[0];
type State = Parameters<FunctionPlugin["evaluateAst"]>[1];
type Value = ReturnType<FunctionPlugin["evaluateAst"]>;
type Cell = string | number | boolean | null;

/** How each function's result is shaped: one value, or a table as tall as a range argument (plus a header). */
type Shape = { kind: "scalar" } | { kind: "table"; width: number; heightOfArg: number; extraRows: number };

interface Hosted {
  fn: (...args: unknown[]) => unknown;
  /** Kind of each parameter, in order; `?` marks an optional one. */
  params: string[];
  shape: Shape | ((args: Ast[]) => ArraySize);
}

const table = (width: number, heightOfArg: number, extraRows = 1): Shape => ({
  kind: "table",
  width,
  heightOfArg,
  extraRows,
});

/** RAGSUMMARY's shape depends on its format argument: at most 7 classes. */
function summaryShape(args: Ast[]): ArraySize {
  const format = args[1] as { value?: unknown } | undefined;
  const text = typeof format?.value === "string" ? format.value.toLowerCase() : "text";
  if (text === "row") return new ArraySize(7, 2);
  if (text === "column") return new ArraySize(2, 7);
  return ArraySize.scalar();
}

const HOSTED: Record<string, Hosted> = {
  RAGSUMMARY: { fn: plan.ragsummary as Hosted["fn"], params: ["range", "?scalar"], shape: summaryShape },
  RAGROLLUP: { fn: plan.ragrollup as Hosted["fn"], params: ["range", "?scalar"], shape: { kind: "scalar" } },
  RAGSTATUS: {
    fn: plan.ragstatus as Hosted["fn"],
    params: ["range", "range", "range", "?range", "?scalar"],
    shape: table(1, 0, 0),
  },
  OWNERLOAD: {
    fn: plan.ownerload as Hosted["fn"],
    params: ["range", "range", "range", "scalar", "?scalar", "?range"],
    shape: { kind: "scalar" },
  },
  OVERLOADED: {
    fn: plan.overloaded as Hosted["fn"],
    params: ["range", "range", "range", "?range", "?range", "?scalar", "?scalar"],
    shape: table(5, 0),
  },
  CLASHES: { fn: plan.clashes as Hosted["fn"], params: ["range", "range", "?scalar", "?range"], shape: table(3, 0) },
  TIMELINE: {
    fn: plan.timeline as Hosted["fn"],
    params: ["range", "range", "range", "range", "range", "?range"],
    shape: table(6, 0),
  },
  WEEK: { fn: plan.week as Hosted["fn"], params: ["scalar"], shape: { kind: "scalar" } },
};

const ERROR_TEXT: Partial<Record<ErrorType, string>> = {
  [ErrorType.NA]: "#N/A",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.NAME]: "#NAME?",
};
const ERROR_TYPE: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
};

/** How this engine hands over a blank cell: null on the web, 0 on desktop, "" in some builds. */
let blankAs: null | 0 | "" = null;

/** A cell as Excel hands it to a custom function. */
function excelCell(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return blankAs;
  if (value instanceof CellError) return { code: ERROR_TEXT[value.type] ?? "#VALUE!", message: value.message };
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val;
  return value;
}

function excelArg(value: unknown, kind: string): unknown {
  // An omitted or empty optional argument arrives as null, as in Excel.
  if (value === undefined || (value === EmptyValue && kind.startsWith("?"))) return null;
  if (value instanceof SimpleRangeValue) {
    const rows = value.data.map((row) => row.map(excelCell));
    return kind.endsWith("range") ? rows : rows[0][0];
  }
  const cell = excelCell(value);
  return kind.endsWith("range") ? [[cell]] : cell;
}

/** A function's result as HyperFormula holds it. */
function engineValue(result: unknown): Value {
  if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result.map((row: Cell[]) => row.map((c) => c ?? "")));
  return result as Value;
}

function sizeOf(hosted: Hosted, args: Ast[]): ArraySize {
  if (typeof hosted.shape === "function") return hosted.shape(args);
  if (hosted.shape.kind === "scalar") return ArraySize.scalar();
  const range = args[hosted.shape.heightOfArg] as { start?: { row: number }; end?: { row: number } } | undefined;
  const height = range?.start && range.end ? range.end.row - range.start.row + 1 : 1;
  return new ArraySize(hosted.shape.width, height + hosted.shape.extraRows);
}

class PlanPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    Object.entries(HOSTED).map(([id, h]): [string, FunctionMetadata] => [
      `PLAN.${id}`,
      {
        method: `call_${id}`,
        sizeOfResultArrayMethod: `size_${id}`,
        vectorizationForbidden: true,
        parameters: h.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.startsWith("?") })),
      },
    ]),
  );

  /** Evaluate `PLAN.<id>` as Excel would call the add-in's function. */
  call(id: string, ast: { args: Ast[] }, state: State): Value {
    const hosted = HOSTED[id];
    return this.runFunction(ast.args, state, this.metadata(`PLAN.${id}`), (...values: unknown[]) => {
      const args = hosted.params.map((kind, i) => excelArg(values[i], kind));
      try {
        return engineValue(hosted.fn(...args));
      } catch (error) {
        if (error instanceof FunctionError) return new CellError(ERROR_TYPE[error.code], error.message);
        throw error;
      }
    });
  }
}

for (const [id, hosted] of Object.entries(HOSTED)) {
  const proto = PlanPlugin.prototype as unknown as Record<string, unknown>;
  proto[`call_${id}`] = function (this: PlanPlugin, ast: { args: Ast[] }, state: State) {
    return this.call(id, ast, state);
  };
  proto[`size_${id}`] = (ast: { args: Ast[] }) => sizeOf(hosted, ast.args);
}

let registered = false;

/**
 * A HyperFormula engine with the =PLAN.* functions registered; blank cells
 * reach the functions as `options.blankAs` (default null).
 * @example const hf = planEngine({ Plan: [["RAG"], ["G"]] }, { blankAs: 0 });
 */
export function planEngine(sheets: Record<string, Cell[][]>, options: { blankAs?: null | 0 | "" } = {}): HyperFormula {
  blankAs = options.blankAs ?? null;
  if (!registered) {
    const names = Object.fromEntries(Object.keys(HOSTED).map((id) => [`PLAN.${id}`, `PLAN.${id}`]));
    HyperFormula.registerFunctionPlugin(PlanPlugin, { enGB: names });
    registered = true;
  }
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
}

/** The function ids hosted, for checking against the metadata. */
export const HOSTED_IDS = Object.keys(HOSTED);
