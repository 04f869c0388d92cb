/**
 * The users' own words: workbook names `RAGSUMMARY`, `OWNERLOAD`, … that wrap
 * the `PLAN.*` custom functions in a LAMBDA (Excel for Microsoft 365 and Excel
 * 2024), so `=RAGSUMMARY(T4:T200)` works without the add-in's prefix. Each is
 * built from the functions' metadata (src/contract/functionSignatures.ts), in
 * two spellings: as typed (Office.js `names.add`) and as Excel stores it in a
 * file (`_xlfn.`, `_xlpm.`, `_xlop.`, `_xldudf_`; see docs/ARCHITECTURE.md).
 * The planner knows its names by the mark in their comment, never by their
 * text, and never replaces a name of the user's.
 */
import { FUNCTION_SIGNATURES, type FunctionSignature } from "../contract/functionSignatures";
import { OWNED_TITLE_PREFIX } from "../core/rules/ownedMark";

/** The add-in's custom function namespace (manifest.xml, `Functions.Namespace`). */
export const FUNCTION_NAMESPACE = "PLAN";
/** The comment of every name the planner adds starts with this. */
export const FUNCTION_NAME_MARK = `${OWNED_TITLE_PREFIX}: wraps ${FUNCTION_NAMESPACE}.`;
/** A workbook name the planner sets to FALSE when the user turned the short names off, so they stay off. */
export const FUNCTION_NAMES_SWITCH = "Planner_FunctionNames";
/** The switch's comment, so a user who finds it in Name Manager knows what it does. */
export const FUNCTION_NAMES_SWITCH_COMMENT = `${OWNED_TITLE_PREFIX}: FALSE keeps the short function names (=RAGSUMMARY and the rest) off; add them again from the Plan view, or delete this name.`;
/** Excel's New Name dialog takes comments of at most 255 characters. */
const MAX_COMMENT = 255;
/** Functions whose plain name would read as something else: `WEEK` as a built-in to anyone used to WEEKNUM. */
const RENAMED: Readonly<Record<string, string>> = { WEEK: "PLANWEEK" };

/** One name the planner adds: `RAGSUMMARY` wrapping `PLAN.RAGSUMMARY`. */
export interface FunctionName {
  name: string;
  /** The function it wraps, e.g. "PLAN.RAGSUMMARY". */
  wraps: string;
  /** As typed in Excel and given to Office.js, with the `=`. */
  formula: string;
  /** As Excel stores it in a file's `<definedName>`, without the `=`. */
  stored: string;
  comment: string;
  /** How a user calls it, e.g. "RAGSUMMARY(ratings, [format])". */
  usage: string;
}

interface Dialect {
  lambda: string;
  isOmitted: string;
  call(id: string): string;
  param(name: string): string;
  optionalParam(name: string): string;
}

const TYPED: Dialect = {
  lambda: "LAMBDA",
  isOmitted: "ISOMITTED",
  call: (id) => `${FUNCTION_NAMESPACE}.${id}`,
  param: (name) => name,
  optionalParam: (name) => `[${name}]`,
};

/** Excel's file spelling: newer functions `_xlfn.`, LAMBDA parameters `_xlpm.` (declared optional: `_xlop.`), add-in functions `_xldudf_`. */
const STORED: Dialect = {
  lambda: "_xlfn.LAMBDA",
  isOmitted: "_xlfn.ISOMITTED",
  call: (id) => `_xldudf_${FUNCTION_NAMESPACE}_${id}`,
  param: (name) => `_xlpm.${name}`,
  optionalParam: (name) => `_xlop.${name}`,
};

/**
 * Every name the planner offers, one per custom function, in the metadata's order.
 * @example functionNames()[0].formula // "=LAMBDA(ratings,[format],IF(ISOMITTED(format),PLAN.RAGSUMMARY(ratings),PLAN.RAGSUMMARY(ratings,format)))"
 */
export function functionNames(signatures: readonly FunctionSignature[] = FUNCTION_SIGNATURES): FunctionName[] {
  return signatures.map((signature) => {
    const usage = `${shortNameOf(signature.id)}(${signature.parameters
      .map((p) => (p.optional ? `[${p.name}]` : p.name))
      .join(", ")})`;
    return {
      name: shortNameOf(signature.id),
      wraps: `${FUNCTION_NAMESPACE}.${signature.id}`,
      formula: `=${lambdaOf(signature, TYPED)}`,
      stored: lambdaOf(signature, STORED),
      comment: `${FUNCTION_NAME_MARK}${signature.id}. ${usage}: ${signature.description}`.slice(0, MAX_COMMENT),
      usage,
    };
  });
}

/**
 * The workbook name for a custom function.
 * @example shortNameOf("WEEK") // "PLANWEEK"; shortNameOf("CLASHES") // "CLASHES"
 */
export function shortNameOf(id: string): string {
  return RENAMED[id] ?? id;
}

/**
 * True for a name the planner added (by the mark in its comment).
 * @example isOwnFunctionName({ name: "RAGSUMMARY", comment: "Implementation Planner: wraps PLAN.RAGSUMMARY. …" }) // true
 */
export function isOwnFunctionName(name: { comment?: string | null }): boolean {
  return typeof name.comment === "string" && name.comment.startsWith(FUNCTION_NAME_MARK);
}

/**
 * True for the planner's off switch for the short names, in any case.
 * @example isFunctionNamesSwitch("planner_functionnames") // true
 */
export function isFunctionNamesSwitch(name: string): boolean {
  return name.toLowerCase() === FUNCTION_NAMES_SWITCH.toLowerCase();
}

/**
 * The LAMBDA: each optional parameter the caller left out is left out of the
 * call too (ISOMITTED chooses the branch), so the function sees it omitted
 * and applies its own default rather than a stand-in value.
 */
function lambdaOf(signature: FunctionSignature, dialect: Dialect): string {
  const declared = signature.parameters.map((p) =>
    p.optional ? dialect.optionalParam(p.name) : dialect.param(p.name),
  );
  const optional = signature.parameters.filter((p) => p.optional).map((p) => p.name);
  const branch = (index: number, given: readonly string[]): string => {
    if (index === optional.length) return callOf(signature, given, dialect);
    const name = optional[index];
    const without = branch(index + 1, given);
    const withIt = branch(index + 1, [...given, name]);
    return `IF(${dialect.isOmitted}(${dialect.param(name)}),${without},${withIt})`;
  };
  return `${dialect.lambda}(${[...declared, branch(0, [])].join(",")})`;
}

function callOf(signature: FunctionSignature, given: readonly string[], dialect: Dialect): string {
  const args = signature.parameters.map((p) => (!p.optional || given.includes(p.name) ? dialect.param(p.name) : ""));
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return `${dialect.call(signature.id)}(${args.join(",")})`;
}
