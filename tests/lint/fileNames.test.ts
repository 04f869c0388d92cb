/**
 * No two files in one folder whose names differ only in case (`loadStrip.ts`
 * beside `LoadStrip.tsx`): on Windows and macOS, where file names ignore case,
 * an import would resolve to the wrong one.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

function folders(dir: string): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  return [dir, ...entries.filter((e) => e.isDirectory()).flatMap((e) => folders(path.join(dir, e.name)))];
}

test.each(["src", "tests", "bench", "scripts"])("%s has no names that differ only in case", (top) => {
  const clashes: string[] = [];
  for (const dir of folders(path.join(ROOT, top))) {
    const seen = new Map<string, string>();
    for (const name of fs.readdirSync(dir)) {
      const key = name.toLowerCase().replace(/\.(tsx?|mjs|cjs|js)$/, "");
      const other = seen.get(key);
      if (other) clashes.push(`${path.relative(ROOT, dir)}: ${other} and ${name}`);
      else seen.set(key, name);
    }
  }
  expect(clashes).toEqual([]);
});
