import {
  isMarkedFormula,
  isOwnedTitle,
  markFormula,
  markNote,
  ownedTitle,
  userPartOfNote,
} from "../../src/sheets/marks";

test("a marked formula is found again and still tests the same condition", () => {
  const marked = markFormula('=$A4="x"');
  expect(marked).toBe('=AND(N("Implementation Planner")=0,$A4="x")');
  expect(isMarkedFormula(marked.slice(1))).toBe(true);
  expect(isMarkedFormula('$A4="x"')).toBe(false);
});

test.each([
  [null, "Jane is overloaded", null],
  ["Check with Tom", "Jane is overloaded", "Check with Tom"],
])("a note beside the user's note %p comes off again leaving theirs", (user, own, left) => {
  const text = markNote(own, user);
  expect(text).toContain(own);
  expect(userPartOfNote(text)).toBe(left);
});

test("a user's note without the mark is all theirs", () => {
  expect(userPartOfNote("Mine")).toBe("Mine");
});

test.each([
  ["Implementation Planner — Timeline", "Timeline", true],
  ["Implementation Planner — Timeline", "Load", false],
  ["Implementation Planner — Load", undefined, true],
  ["Implementation Planner rollout", undefined, false],
  ["Timeline", "Timeline", false],
  [42, undefined, false],
])("isOwnedTitle(%p, %p) is %p", (a1, kind, owned) => {
  expect(isOwnedTitle(a1, kind)).toBe(owned);
});

test("ownedTitle names the kind", () => {
  expect(ownedTitle("Dashboard")).toBe("Implementation Planner — Dashboard");
});
