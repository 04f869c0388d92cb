/** Size of the page's production JavaScript (taskpane, functions, commands together), gzipped. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { round, type Benchmark } from "./harness";

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");

export const benchmark: Benchmark = {
  name: "bundle (production build of taskpane.html's scripts)",
  async run() {
    execFileSync(path.join(ROOT, "node_modules", ".bin", "webpack"), ["--mode", "production"], {
      cwd: ROOT,
      stdio: "pipe",
    });
    const scripts = ["taskpane.js", "functions.js", "commands.js"].map((f) => fs.readFileSync(path.join(DIST, f)));
    const raw = scripts.reduce((n, b) => n + b.length, 0);
    const gzip = scripts.reduce((n, b) => n + zlib.gzipSync(b, { level: 9 }).length, 0);
    return { bundle_raw_kb: round(raw / 1024), bundle_gzip_kb: round(gzip / 1024) };
  },
};
