/**
 * Every Office.js member the Excel host uses is in the ExcelApi set the
 * manifest declares — or is one of the newer members it feature-detects.
 * Each member's set comes from its `[Api set: ExcelApi 1.x]` tag in
 * @types/office-js, resolved by the TypeScript checker (so `add` on a
 * worksheet collection and `add` on a note collection are told apart).
 */
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";
import { MIN_EXCEL_API, NOTES_API } from "../../src/excel/requirements";

const ROOT = path.resolve(__dirname, "../..");
const EXCEL_DIR = path.join(ROOT, "src/excel");

/** Members above the minimum that the host only uses after `excelApiSupported(NOTES_API)`. */
const FEATURE_DETECTED: Record<string, string> = {
  "Worksheet.notes": NOTES_API,
  "NoteCollection.add": NOTES_API,
  "NoteCollection.items": NOTES_API,
  "NoteCollection.getItemOrNullObject": NOTES_API,
  "NoteCollection.load": NOTES_API,
  "Note.content": NOTES_API,
  "Note.delete": NOTES_API,
  "Note.getLocation": NOTES_API,
  "Note.load": NOTES_API,
  "Note.isNullObject": NOTES_API,
};

const minor = (version: string) => Number(version.split(".")[1]);

function usedMembers(): Map<string, string> {
  const files = fs.readdirSync(EXCEL_DIR).map((f) => path.join(EXCEL_DIR, f));
  const program = ts.createProgram(files, {
    types: ["office-js"],
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const used = new Map<string, string>();
  for (const file of program.getSourceFiles().filter((f) => f.fileName.startsWith(EXCEL_DIR))) {
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declaration = symbol?.declarations?.[0];
        if (declaration && declaration.getSourceFile().fileName.includes("@types/office-js")) {
          const owner = (declaration.parent as ts.ClassDeclaration).name?.getText() ?? "?";
          const tag = /\[\s*Api set: ExcelApi (1\.\d+)/.exec(declaration.getFullText());
          if (tag) used.set(`${owner}.${node.name.text}`, tag[1]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return used;
}

test("the manifest declares the ExcelApi set the code needs, and only that", () => {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${MIN_EXCEL_API}"/>`);
  const used = usedMembers();
  expect(used.size).toBeGreaterThan(30);
  if (process.env.SHOW_API) console.log([...used].sort().join("\n"));
  const tooNew = [...used].filter(
    ([member, set]) => minor(set) > minor(MIN_EXCEL_API) && FEATURE_DETECTED[member] !== set,
  );
  expect(tooNew).toEqual([]);
  // The minimum is needed: something in use requires exactly that set.
  expect([...used.values()].some((set) => set === MIN_EXCEL_API)).toBe(true);
});
