/**
 * Each short name's LAMBDA, checked against the custom functions' metadata
 * generated afresh (scripts/function-signatures.ts, not the checked-in list
 * the code uses) and evaluated by a
 * small reader of its own: for every combination of optional arguments a
 * caller might leave out, the branch the IFs choose calls the function with
 * exactly the arguments given, each in its place.
 */
import { signaturesFromMetadata } from "../../scripts/function-signatures";
import { functionNames, isOwnFunctionName, type FunctionName } from "../../src/sheets/functionNames";

interface Parameter {
  name: string;
  optional: boolean;
}

let metadata: Map<string, Parameter[]>;

beforeAll(async () => {
  metadata = new Map((await signaturesFromMetadata()).map((f) => [f.id, [...f.parameters]]));
}, 60_000);

const names = functionNames();
const wrapped = (f: FunctionName) => f.wraps.replace(/^PLAN\./, "");

test("the names are the issue's eight, WEEK as PLANWEEK (Excel users know WEEKNUM)", () => {
  expect(names.map((f) => f.name)).toEqual([
    "RAGSUMMARY",
    "RAGROLLUP",
    "RAGSTATUS",
    "OWNERLOAD",
    "OVERLOADED",
    "CLASHES",
    "TIMELINE",
    "PLANWEEK",
  ]);
  expect(names.find((f) => f.name === "PLANWEEK")?.wraps).toBe("PLAN.WEEK");
});

/** The LAMBDA's declared parameters, as typed (`[x]` optional) or as stored (`_xlop.x` optional). */
function declared(text: string, stored: boolean): Parameter[] {
  const inner = text.slice(text.indexOf("(") + 1);
  const parts = inner.split(",");
  const params: Parameter[] = [];
  for (const part of parts) {
    const match = stored ? /^_xl(pm|op)\.(\w+)$/.exec(part) : /^(\[?)(\w+)\]?$/.exec(part);
    if (!match) break;
    params.push({ name: match[2], optional: stored ? match[1] === "op" : match[1] === "[" });
  }
  return params;
}

describe.each(names.map((f) => [f.name, f] as const))("%s", (_name, f) => {
  test("declares exactly the function's parameters in order, optional ones marked, in both spellings", () => {
    const expected = metadata.get(wrapped(f));
    expect(expected).toBeDefined();
    expect(f.formula.startsWith("=LAMBDA(")).toBe(true);
    expect(f.stored.startsWith("_xlfn.LAMBDA(")).toBe(true);
    expect(declared(f.formula, false)).toEqual(expected);
    expect(declared(f.stored, true)).toEqual(expected);
    // Stored: every use of a parameter is _xlpm., newer functions _xlfn., the add-in's _xldudf_PLAN_.
    expect(f.stored).not.toMatch(/\[|PLAN\.|(?<!_xlfn\.)ISOMITTED|(?<![._])LAMBDA/);
    expect(f.stored).toContain(`_xldudf_PLAN_${wrapped(f)}(`);
  });

  test("calls the function with exactly the arguments given, for every set of optional ones left out", () => {
    const params = metadata.get(wrapped(f)) ?? [];
    const optional = params.filter((p) => p.optional).map((p) => p.name);
    for (let mask = 0; mask < 1 << optional.length; mask++) {
      const omitted = new Set(optional.filter((_, i) => mask & (1 << i)));
      const call = evaluate(body(f.formula, params.length), omitted);
      const expectedArgs = params.map((p) => (omitted.has(p.name) ? "" : p.name));
      while (expectedArgs.length > 0 && expectedArgs[expectedArgs.length - 1] === "") expectedArgs.pop();
      expect(call).toBe(`${f.wraps}(${expectedArgs.join(",")})`);
    }
  });

  test("carries the planner's mark and a comment Excel's dialog can hold", () => {
    expect(isOwnFunctionName(f)).toBe(true);
    expect(f.comment.length).toBeLessThanOrEqual(255);
    expect(f.comment).toContain(f.wraps);
  });
});

test("a name without the mark, or with another comment, is the user's", () => {
  expect(isOwnFunctionName({ comment: "My RAG counter" })).toBe(false);
  expect(isOwnFunctionName({ comment: null })).toBe(false);
  expect(isOwnFunctionName({})).toBe(false);
});

/** The LAMBDA's body: what follows its declared parameters. */
function body(formula: string, count: number): string {
  let rest = formula.slice("=LAMBDA(".length, -1);
  for (let i = 0; i < count; i++) rest = rest.slice(rest.indexOf(",") + 1);
  return rest;
}

/** Evaluate `IF(ISOMITTED(p),a,b)` chains down to the one call they choose. */
function evaluate(expression: string, omitted: Set<string>): string {
  const match = /^IF\(ISOMITTED\((\w+)\),/.exec(expression);
  if (!match) return expression;
  const [whenOmitted, whenGiven] = splitTopLevel(expression.slice(match[0].length, -1));
  return evaluate(omitted.has(match[1]) ? whenOmitted : whenGiven, omitted);
}

/** Split `a,b` at the comma outside any brackets. */
function splitTopLevel(text: string): [string, string] {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")") depth--;
    else if (text[i] === "," && depth === 0) return [text.slice(0, i), text.slice(i + 1)];
  }
  throw new Error(`no top-level comma in ${text}`);
}
