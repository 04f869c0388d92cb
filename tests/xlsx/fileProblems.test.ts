/** The sentence for each way writing can fail (codes as Node reports them; some, such as EACCES, cannot be caused as root). */
import { whyUnwritable } from "../../src/xlsx/fileProblems";

test.each([
  ["EISDIR", /is a folder; give a file name to write/],
  ["ENOTDIR", /part of this path is a file, not a folder/],
  ["EACCES", /cannot be written here \(no permission\); choose a folder you can write to/],
  ["EPERM", /no permission/],
  ["EROFS", /no permission/],
  ["ENOSPC", /the disk is full/],
  ["ENAMETOOLONG", /the path is too long/],
  ["EIO", /cannot be written \(.*\); choose another output path/],
])("%s", (code, message) => {
  const text = whyUnwritable("out/plan.xlsx", Object.assign(new Error(`${code}: failed`), { code }));
  expect(text).toMatch(/^out\/plan\.xlsx: /);
  expect(text).toMatch(message);
  expect(text).not.toContain("\n");
});
