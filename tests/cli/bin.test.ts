/**
 * The built `implan` command, as `npx implan` runs it after `npm install`:
 * plain JavaScript (no TypeScript compiled on start), with a shebang, whose
 * package.json `bin` entry points at it.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

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
