/**
 * The checked-in signatures are the custom functions' metadata as the build
 * generates it now: change a function's parameters and forget `npm run
 * signatures`, and this fails (so the short names never drift).
 */
import { FUNCTION_SIGNATURES } from "../../src/contract/functionSignatures";
import { signaturesFromMetadata } from "../../scripts/function-signatures";

test("src/contract/functionSignatures.ts is what the custom-function metadata says (run `npm run signatures` if not)", async () => {
  expect(FUNCTION_SIGNATURES).toEqual(await signaturesFromMetadata());
}, 60_000);

test("every custom function is listed, with its parameters", () => {
  expect(FUNCTION_SIGNATURES.map((f) => f.id)).toEqual([
    "RAGSUMMARY",
    "RAGROLLUP",
    "RAGSTATUS",
    "OWNERLOAD",
    "OVERLOADED",
    "CLASHES",
    "TIMELINE",
    "WEEK",
  ]);
  expect(FUNCTION_SIGNATURES.every((f) => f.parameters.length > 0)).toBe(true);
});
