/** Action statuses as people type them. */
import { parseStatus } from "../../src/core/status";

test.each([
  ["Not started", "Not started"],
  ["not started", "Not started"],
  ["", "Not started"],
  ["In progress", "In progress"],
  ["in-progress", "In progress"],
  ["Ongoing", "In progress"],
  ["Complete", "Complete"],
  ["Completed", "Complete"],
  ["Done", "Complete"],
  [" DONE ", "Complete"],
  ["Blocked", "Blocked"],
  ["On hold", "Blocked"],
])("%p reads as %p", (text, status) => {
  expect(parseStatus(text)).toBe(status);
});

test.each(["Sort of", "next week", "Progress", "50%"])("%p is not a status", (text) => {
  expect(parseStatus(text)).toBeNull();
});
