/**
 * Runs every benchmark in bench/ (files named *.bench.ts) and prints medians.
 * `--json` prints one flat JSON object of every figure instead; `--only NAME`
 * runs the benchmarks whose file name contains NAME.
 */
import * as fs from "fs";
import * as path from "path";
import type { Benchmark } from "./harness";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const onlyAt = args.indexOf("--only");
  const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)))
    .sort();
  const figures: Record<string, number> = {};
  for (const file of files) {
    const mod = (await import(path.join(__dirname, file))) as { benchmark: Benchmark };
    if (!json) process.stdout.write(`${mod.benchmark.name}\n`);
    const result = await mod.benchmark.run();
    for (const [key, value] of Object.entries(result)) {
      figures[key] = value;
      if (!json) process.stdout.write(`  ${key.padEnd(40)} ${value}\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
