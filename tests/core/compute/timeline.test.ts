import { buildTimeline } from "../../../src/core/compute";
import { action } from "./factory";

describe("buildTimeline", () => {
  test.each([
    [
      "by start, then due",
      [
        action({ id: "B", start: "2009-03-05", due: "2009-03-20" }),
        action({ id: "A", start: "2009-03-05", due: "2009-03-10" }),
        action({ id: "C", start: "2009-03-01", due: "2009-04-01" }),
      ],
      ["C", "A", "B"],
    ],
    [
      "a missing start sorts as its due date",
      [action({ id: "A", start: "2009-03-05", due: "2009-03-20" }), action({ id: "B", due: "2009-03-04" })],
      ["B", "A"],
    ],
    [
      "no due date goes last, even with a start",
      [
        action({ id: "A", start: "2009-01-01" }),
        action({ id: "B" }),
        action({ id: "C", start: "2009-05-05", due: "2009-05-20" }),
      ],
      ["C", "A", "B"],
    ],
    [
      "then by sheet and row",
      [
        action({ id: "A", sheet: "T", row: 3, due: "2009-03-04" }),
        action({ id: "B", sheet: "S", row: 9, due: "2009-03-04" }),
        action({ id: "C", sheet: "S", row: 4, due: "2009-03-04" }),
      ],
      ["C", "B", "A"],
    ],
    ["equal actions keep their order", [action({ id: "A" }), action({ id: "B" })], ["A", "B"]],
  ])("%s", (_name, actions, ids) => {
    expect(buildTimeline(actions).map((a) => a.id)).toEqual(ids);
  });

  test("leaves its input alone", () => {
    const actions = [action({ id: "A", due: "2009-03-09" }), action({ id: "B", due: "2009-03-01" })];
    buildTimeline(actions);
    expect(actions.map((a) => a.id)).toEqual(["A", "B"]);
  });
});
