/**
 * Start-up of the built `implan` command: `node build/implan.js --version`,
 * the median of five runs after one warm-up (goal: under 400 ms).
 */
import { execFileSync, spawnSync } from "child_process";
import * as path from "path";
import { medianMs, type Benchmark } from "./harness";

const ROOT = path.resolve(__dirname, "..");
export const IMPLAN_BIN = path.join(ROOT, "build", "implan.js");

/** Build the command from the current source, as `npm install` does. */
export function buildCli(): void {
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT });
}

export const benchmark: Benchmark = {
  name: "implan start-up (built command)",
  async run() {
    buildCli();
    const version = () => {
      const run = spawnSync(process.execPath, [IMPLAN_BIN, "--version"], { encoding: "utf8" });
      if (run.status !== 0) throw new Error(`implan --version failed: ${run.stderr}`);
    };
    return { cli_version_ms: await medianMs(version, 5) };
  },
};
