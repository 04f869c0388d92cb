/**
 * The built `implan` command, as `npx implan` runs it after `npm install`:
 * plain JavaScript (no TypeScript compiled on start), with a shebang, whose
 * package.json `bin` entry points at it.
 */
import { execFileSync, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PLAN_20K, writeGeneratedPlan } from "../../bench/generatePlan";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "build", "implan.js");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  version: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
};

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.mjs")], { cwd: ROOT });
});

function run(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
}

test("package.json declares the built command, built on install", () => {
  expect(path.resolve(ROOT, pkg.bin.implan)).toBe(BIN);
  expect(pkg.scripts.prepare).toContain("build-cli");
  expect(pkg.scripts.demo).toContain("build/implan.js");
  expect(fs.readFileSync(BIN, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
});

test("--version prints the package's version", () => {
  const result = run("--version");
  expect(result.status).toBe(0);
  expect(result.stdout.trim()).toBe(pkg.version);
});

test("--version does not load ExcelJS (each command's work is imported when it runs)", () => {
  const probe = `require(${JSON.stringify(BIN)}); process.on("exit", () => { if (Object.keys(require.cache).some((k) => k.includes("exceljs"))) process.stderr.write("exceljs loaded"); });`;
  const result = spawnSync(process.execPath, ["-e", probe, "implan", "--version"], { encoding: "utf8" });
  expect(result.stderr).not.toContain("exceljs loaded");
});

test("check reads a fixture, with Excel's quoting of sheet names and the rule's label", () => {
  const result = run("check", path.join(ROOT, "tests", "fixtures", "messy-plan.xlsx"), "--as-of", "2009-11-16");
  expect(result.status).toBe(0);
  expect(result.stdout).toContain("(rule: Worst of)");
  expect(result.stdout).toContain("'Quality assurance'!E2: Due 'TBC'");
  expect(result.stdout).toMatch(/Problems \(\d+; \d+ errors?\):/);
  expect(result.stdout).not.toMatch(/ 1 errors/);
});

test("a reader that stops early (implan check --json | head) ends the run quietly, exit 0, not with an EPIPE trace", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "implan-pipe-"));
  const plan = path.join(dir, "plan.xlsx");
  try {
    // 2,000 actions: far more JSON than a pipe holds, so the command is still writing when the reader goes.
    await writeGeneratedPlan(plan, { ...PLAN_20K, actions: 2_000, areas: 5 });
    const child = spawn(process.execPath, [BIN, "check", plan, "--json"], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
