/** Builds dist/ once when it is missing or older than the sources, for tests that need the built page. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..");
export const DIST = path.join(ROOT, "dist");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Run the production build unless dist/ is newer than src/, manifest.xml and assets/. */
export function ensureBuilt(): void {
  const marker = path.join(DIST, "taskpane.html");
  const sources = Math.max(
    newestMtime(path.join(ROOT, "src")),
    newestMtime(path.join(ROOT, "assets")),
    fs.statSync(path.join(ROOT, "manifest.xml")).mtimeMs,
    fs.statSync(path.join(ROOT, "webpack.config.js")).mtimeMs,
  );
  if (
    fs.existsSync(marker) &&
    fs.statSync(marker).mtimeMs >= sources &&
    fs.existsSync(path.join(DIST, "functions.json"))
  )
    return;
  execFileSync(path.join(ROOT, "node_modules", ".bin", "webpack"), ["--mode", "production"], {
    cwd: ROOT,
    stdio: "pipe",
  });
}
