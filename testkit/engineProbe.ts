/**
 * Not a test of its own (the name does not end in .test.ts): run by
 * tests/support/engines.test.ts in a separate jest with LibreOffice hidden, to prove that
 * a missing engine skips by default and fails under IMPLAN_REQUIRE_ENGINES=1.
 */
import { describeWithEngines } from "./engines";

describeWithEngines(["soffice"], __filename, "a block that needs LibreOffice", () => {
  test("runs only with LibreOffice", () => {
    expect(true).toBe(true);
  });
});
