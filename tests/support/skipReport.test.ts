/** The closing block of `npm test`, from skip records and the run's pending counts. */
import type { SkipRecord } from "../../testkit/engines";
import { skipReport } from "../../testkit/skipReport";

const record = (engine: SkipRecord["engine"], label: string, file: string, install: string): SkipRecord => ({
  engine,
  label,
  install,
  envVar: `IMPLAN_${engine.toUpperCase()}`,
  reason: "not found on PATH or in the usual places",
  file,
  title: "block",
});

test("names each missing engine once, the files it left out with their test counts, and the install command", () => {
  const records = [
    record(
      "chromium",
      "Chromium (or Chrome, Edge)",
      "/repo/tests/browser/pane.test.ts",
      "sudo apt-get install -y chromium",
    ),
    record(
      "chromium",
      "Chromium (or Chrome, Edge)",
      "/repo/tests/browser/views.test.ts",
      "sudo apt-get install -y chromium",
    ),
    record(
      "soffice",
      "LibreOffice",
      "/repo/tests/libreoffice/consolidated.test.ts",
      "sudo apt-get install -y libreoffice-calc",
    ),
  ];
  const pending = new Map([
    ["/repo/tests/browser/pane.test.ts", 1],
    ["/repo/tests/browser/views.test.ts", 11],
    ["/repo/tests/libreoffice/consolidated.test.ts", 7],
  ]);
  expect(skipReport(records, pending, "/repo").split("\n")).toEqual([
    "Skipped 19 tests: 2 outside engines not found.",
    "  Chromium (or Chrome, Edge): not found on PATH or in the usual places",
    "    left out: tests/browser/pane.test.ts (1 test)",
    "    left out: tests/browser/views.test.ts (11 tests)",
    "    install:  sudo apt-get install -y chromium   (or set IMPLAN_CHROMIUM to its path)",
    "  LibreOffice: not found on PATH or in the usual places",
    "    left out: tests/libreoffice/consolidated.test.ts (7 tests)",
    "    install:  sudo apt-get install -y libreoffice-calc   (or set IMPLAN_SOFFICE to its path)",
    "CI sets IMPLAN_REQUIRE_ENGINES=1, under which a missing engine fails the run.",
    "",
  ]);
});

test("nothing skipped, nothing said", () => {
  expect(skipReport([], new Map(), "/repo")).toBe("");
});
