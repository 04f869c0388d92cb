import { countRag, rollUp } from "../../../src/core/compute";
import type { RagValue, RollupRule } from "../../../src/core/types";

describe("countRag", () => {
  test("counts every value, all seven keys present", () => {
    expect(countRag(["Red", "Green", "Green", "Complete"])).toEqual({
      Red: 1,
      "Amber/Red": 0,
      Amber: 0,
      "Amber/Green": 0,
      Green: 2,
      Complete: 1,
      "Not rated": 0,
    });
  });

  test("takes any iterable", () => {
    expect(countRag(new Set<RagValue>(["Amber"])).Amber).toBe(1);
  });
});

describe("rollUp", () => {
  test.each<[RollupRule, RagValue[], RagValue]>([
    ["worst", ["Green", "Amber", "Green"], "Amber"],
    ["worst", ["Green", "Amber/Green", "Red", "Complete"], "Red"],
    ["worst", ["Complete", "Green", "Not rated"], "Green"],
    ["worst", ["Complete", "Not rated"], "Complete"],
    ["worst", ["Not rated", "Not rated"], "Not rated"],
    ["worst", [], "Not rated"],
    ["majority", ["Green", "Amber", "Green"], "Green"],
    ["majority", ["Green", "Red"], "Red"],
    ["majority", ["Green", "Green", "Amber", "Amber", "Red"], "Amber"],
    ["majority", ["Amber/Green", "Green", "Complete", "Complete", "Complete"], "Amber/Green"],
    ["majority", ["Complete", "Not rated", "Not rated"], "Complete"],
    ["majority", ["Not rated"], "Not rated"],
    ["score", ["Red", "Green"], "Amber"],
    ["score", ["Green", "Green", "Amber"], "Amber/Green"],
    ["score", ["Red", "Amber"], "Amber/Red"],
    ["score", ["Amber", "Green"], "Amber/Green"],
    ["score", ["Amber", "Amber/Green"], "Amber"],
    ["score", ["Red", "Amber/Red"], "Red"],
    ["score", ["Amber/Green", "Green"], "Amber/Green"],
    ["score", ["Green", "Green", "Green", "Red"], "Amber/Green"],
    ["score", ["Green", "Complete", "Not rated"], "Green"],
    ["score", ["Complete"], "Complete"],
    ["score", [], "Not rated"],
  ])("%s of %j is %s", (rule, values, expected) => {
    expect(rollUp(values, rule)).toBe(expected);
    expect(rollUp(countRag(values), rule)).toBe(expected);
  });
});
