/** The short block `npm test` ends with when engines were missing: what, which tests, how to install. */
import * as path from "path";
import type { SkipRecord } from "./engines";

/**
 * Group skip records by engine; `pending` counts the skipped tests of each file.
 * @example skipReport(records, new Map([["/repo/tests/browser/pane.test.ts", 3]]), "/repo")
 */
export function skipReport(records: SkipRecord[], pending: Map<string, number>, root: string): string {
  if (records.length === 0) return "";
  const byEngine = new Map<string, { record: SkipRecord; files: Set<string> }>();
  for (const record of records) {
    const entry = byEngine.get(record.engine) ?? { record, files: new Set<string>() };
    entry.files.add(record.file);
    byEngine.set(record.engine, entry);
  }
  const allFiles = new Set(records.map((r) => r.file));
  const total = [...allFiles].reduce((sum, file) => sum + (pending.get(file) ?? 0), 0);
  const lines = [
    `Skipped ${total} ${total === 1 ? "test" : "tests"}: ${byEngine.size} outside ${byEngine.size === 1 ? "engine" : "engines"} not found.`,
  ];
  for (const { record, files } of byEngine.values()) {
    lines.push(`  ${record.label}: ${record.reason}`);
    for (const file of [...files].sort()) {
      const count = pending.get(file) ?? 0;
      lines.push(
        `    left out: ${path.relative(root, file).split(path.sep).join("/")} (${count} ${count === 1 ? "test" : "tests"})`,
      );
    }
    lines.push(`    install:  ${record.install}   (or set ${record.envVar} to its path)`);
  }
  lines.push("CI sets IMPLAN_REQUIRE_ENGINES=1, under which a missing engine fails the run.");
  return `${lines.join("\n")}\n`;
}
