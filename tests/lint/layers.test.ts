import { spawn } from "child_process";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
const eslintBin = path.join(root, "node_modules", ".bin", "eslint");

interface LintMessage {
  ruleId: string | null;
  message: string;
}

/** Runs the project's real ESLint (as `npm run lint` does) on `code` as if it were `file`. */
function messagesFor(file: string, code: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(eslintBin, ["--stdin", "--stdin-filename", file, "--format", "json"], { cwd: root });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("close", () => {
      try {
        const [result] = JSON.parse(out) as { messages: LintMessage[] }[];
        resolve(result.messages.filter((m) => m.ruleId === "layers/layer-imports").map((m) => m.message));
      } catch (error) {
        reject(error);
      }
    });
    child.stdin.end(code);
  });
}

describe("the import rules of ARCHITECTURE.md fail lint", () => {
  test.each([
    [
      "src/core/probe.ts",
      'import { readWorkbookGrids } from "../excel/readGrids";\nexport const x = readWorkbookGrids;\n',
    ],
    ["src/core/parse/probe.ts", 'import { x } from "../../sheets/probe";\nexport const y = x;\n'],
    ["src/core/probe.ts", 'import * as fs from "fs";\nexport const y = fs;\n'],
    ["src/sheets/probe.ts", 'import ExcelJS from "exceljs";\nexport const y = ExcelJS;\n'],
    ["src/functions/probe.ts", 'import { x } from "../sheets/probe";\nexport const y = x;\n'],
    ["src/cli/probe.ts", 'import { x } from "../excel/probe";\nexport const y = x;\n'],
    ["src/taskpane/components/probe.tsx", 'import { x } from "../../excel/probe";\nexport const y = x;\n'],
    ["src/xlsx/probe.ts", 'export { x } from "../taskpane/probe";\n'],
    [
      "src/taskpane/views/probe.ts",
      'import { readWorkbookBytes } from "../../reader/readPackage";\nexport const y = readWorkbookBytes;\n',
    ],
    [
      "src/excel/probe.ts",
      'import { readWorkbookBytes } from "../reader/readPackage";\nexport const y = readWorkbookBytes;\n',
    ],
    ["src/reader/probe.ts", 'import { x } from "../xlsx/probe";\nexport const y = x;\n'],
  ])("%s: %s", async (file, code) => {
    expect(await messagesFor(file, code)).toHaveLength(1);
  });

  test.each([
    ["src/core/parse/probe.ts", 'import { isoOf } from "../days";\nexport const y = isoOf;\n'],
    ["src/sheets/probe.ts", 'import { isoOf } from "../core/days";\nexport const y = isoOf;\n'],
    ["src/cli/probe.ts", 'import { x } from "./commands";\nexport const y = x;\n'],
    ["src/commands/probe.ts", 'import { x } from "../excel/probe";\nexport const y = x;\n'],
    ["src/taskpane/index.tsx", 'import { x } from "../excel/probe";\nexport const y = x;\n'],
    ["src/xlsx/probe.ts", 'import ExcelJS from "exceljs";\nexport const y = ExcelJS;\n'],
    ["src/taskpane/views/probe.ts", 'export const load = () => import("../../reader/readPackage");\n'],
    ["src/reader/probe.ts", 'import { unzipSync } from "fflate";\nexport const y = unzipSync;\n'],
  ])("allowed: %s", async (file, code) => {
    expect(await messagesFor(file, code)).toEqual([]);
  });
});
