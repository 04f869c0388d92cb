/**
 * Build the `implan` command to plain JavaScript (build/implan.js), so it
 * starts in a fraction of a second instead of compiling TypeScript on each
 * run. Our code is bundled; packages stay in node_modules (`dependencies`).
 * Run by `npm install` (the `prepare` script) and by `npm run build:cli`.
 */
import { build } from "esbuild";
import { chmodSync } from "fs";
import { dirname, join } from "path";
import { fileURLToPath } from "url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "build", "implan.js");

await build({
  entryPoints: [join(root, "src", "cli", "main.ts")],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  packages: "external",
  sourcemap: "linked",
  banner: { js: "#!/usr/bin/env node" },
  logLevel: "warning",
});
chmodSync(outfile, 0o755);
