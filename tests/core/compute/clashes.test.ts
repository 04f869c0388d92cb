import { findClashes, type LoadItem } from "../../../src/core/compute";
import { isoOf } from "../../../src/core/days";
import { d } from "./factory";

function item(id: string, owners: string[], due: string | null, complete = false): LoadItem {
  return { id, owners, start: null, due: due === null ? null : d(due), complete };
}

// Week of Monday 2009-03-02 runs to Sunday 2009-03-08.
const items = [
  item("W1", ["Jo"], "2009-03-02"),
  item("W2", ["Jo", "Al"], "2009-03-08"),
  item("W3", ["Jo"], "2009-03-05"),
  item("W4", ["Jo"], "2009-03-09"),
  item("W5", ["Al"], "2009-03-03"),
  item("W6", ["Al"], "2009-03-04", true),
  item("W7", ["Al"], null),
  item("W8", ["bea", "bea"], "2009-03-04"),
  item("W9", ["bea"], "2009-03-04"),
];

describe("findClashes", () => {
  test.each([
    [3, ["Jo 2009-03-02 3 W1,W2,W3"]],
    [2, ["Al 2009-03-02 2 W2,W5", "bea 2009-03-02 2 W8,W9", "Jo 2009-03-02 3 W1,W2,W3"]],
    [4, []],
    [0, ["Al 2009-03-02 2 W2,W5", "bea 2009-03-02 2 W8,W9", "Jo 2009-03-02 3 W1,W2,W3", "Jo 2009-03-09 1 W4"]],
  ])("threshold %p", (threshold, expected) => {
    const found = findClashes(items, threshold);
    expect(found.map((c) => `${c.owner} ${isoOf(c.week)} ${c.deadlines} ${c.actions.join(",")}`)).toEqual(expected);
  });
});
