/**
 * The metadata Excel reads (functions.json), generated from functions.ts by the
 * same library the webpack plugin uses. Ids and parameter lists are a contract:
 * a changed signature hands old workbooks the wrong arguments.
 */
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface Param {
  name: string;
  type: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  helpUrl?: string;
  parameters: Param[];
  result?: { type?: string; dimensionality?: string };
}

const SOURCE = path.join(__dirname, "../../src/functions/functions.ts");

/** Each function's parameters as the issue fixes them: name, then `?` when optional, `[]` when a range. */
const CONTRACT: Record<string, string[]> = {
  RAGSUMMARY: ["ratings[]", "format?"],
  RAGROLLUP: ["ratings[]", "rule?"],
  RAGSTATUS: ["start[]", "due[]", "percent_complete[]", "status?[]", "as_of?"],
  OWNERLOAD: ["owners[]", "starts[]", "dues[]", "owner", "week?", "statuses?[]"],
  OVERLOADED: ["owners[]", "starts[]", "dues[]", "capacity?[]", "statuses?[]", "from?", "to?"],
  CLASHES: ["owners[]", "dues[]", "threshold?", "statuses?[]"],
  TIMELINE: ["areas[]", "actions[]", "owners[]", "starts[]", "dues[]", "statuses?[]"],
  WEEK: ["date"],
};
const SPILLS = ["RAGSUMMARY", "RAGSTATUS", "OVERLOADED", "CLASHES", "TIMELINE"];

let functions: Fn[];
let associations: { functionName: string; id: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([SOURCE], false);
  expect(result.errors).toEqual([]);
  functions = (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions;
  associations = result.associate;
});

const signature = (p: Param) => `${p.name}${p.optional ? "?" : ""}${p.dimensionality === "matrix" ? "[]" : ""}`;

test("every function of the contract is generated, and nothing else", () => {
  expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(CONTRACT).sort());
  expect(associations.map((a) => a.id).sort()).toEqual(Object.keys(CONTRACT).sort());
});

test.each(Object.entries(CONTRACT))("%s has its documented parameters in order", (id, params) => {
  const fn = functions.find((f) => f.id === id);
  expect(fn?.name).toBe(id);
  expect(fn?.parameters.map(signature)).toEqual(params);
});

test.each(Object.keys(CONTRACT))("%s links to its README section", (id) => {
  const fn = functions.find((f) => f.id === id);
  expect(fn?.helpUrl).toBe(`https://github.com/implementation-planner/implementation-planner#plan${id.toLowerCase()}`);
});

test.each(Object.keys(CONTRACT))("%s returns a spilled table only where it is meant to", (id) => {
  const fn = functions.find((f) => f.id === id);
  expect(fn?.result?.dimensionality === "matrix").toBe(SPILLS.includes(id));
});

test("date parameters are numbers (Date is not a type Excel passes)", () => {
  const scalarDates = ["as_of", "week", "from", "to", "date"];
  const types = functions.flatMap((f) => f.parameters).filter((p) => scalarDates.includes(p.name));
  expect(types.length).toBe(5);
  expect(new Set(types.map((p) => p.type))).toEqual(new Set(["number"]));
});

test("every help link lands on a README heading", async () => {
  const { readFile } = await import("fs/promises");
  const readme = await readFile(path.join(__dirname, "../../README.md"), "utf8");
  // GitHub's anchor for "### PLAN.RAGSUMMARY" is "planragsummary".
  const anchors = [...readme.matchAll(/^### (.+)$/gm)].map((m) =>
    m[1]
      .toLowerCase()
      .replace(/[^a-z0-9 -]/g, "")
      .replace(/ /g, "-"),
  );
  for (const fn of functions) expect(anchors).toContain(fn.helpUrl?.split("#")[1]);
});
