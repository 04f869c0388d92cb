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

/**
 * Run the built command once, reporting its time and the whole process's peak memory.
 * @example const { ms, peakMb } = runImplan(["check", "plan.xlsx", "--json"]);
 */
export function runImplan(args: string[]): { ms: number; peakMb: number } {
  const started = performance.now();
  const run = spawnSync(process.execPath, [IMPLAN_BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, IMPLAN_REPORT_PEAK: "1" },
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`implan ${args[0]} failed (${run.status}): ${run.stderr}`);
  const peak = /peak memory (\d+) MB/.exec(run.stderr);
  if (!peak) throw new Error(`no peak memory line in: ${run.stderr}`);
  return { ms, peakMb: Number(peak[1]) };
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
