/** The production build writes the page, the generated function metadata and the manifest. */
import * as fs from "fs";
import * as path from "path";
import { DIST, ensureBuilt } from "../../testkit/build";

interface FunctionMetadata {
  id: string;
  name: string;
  parameters: { name: string; type?: string; optional?: boolean; dimensionality?: string }[];
}

beforeAll(() => ensureBuilt(), 180_000);

test("dist holds taskpane.html with all three bundles, functions.json and manifest.xml", () => {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  // The production page is minified, so attribute quotes may be dropped.
  for (const bundle of ["taskpane.js", "functions.js", "commands.js"]) {
    expect(html).toMatch(new RegExp(`src="?${bundle.replace(".", "\\.")}"?[ >]`));
  }
  expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  expect(fs.existsSync(path.join(DIST, "manifest.xml"))).toBe(true);
  expect(fs.existsSync(path.join(DIST, "assets", "icon-32.png"))).toBe(true);
});

test("functions.json is generated from the JSDoc and the bundle associates every function", () => {
  const { functions } = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
    functions: FunctionMetadata[];
  };
  const week = functions.find((f) => f.id === "WEEK");
  expect(week?.name).toBe("WEEK");
  expect(week?.parameters.map((p) => p.name)).toEqual(["date"]);
  const bundle = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
  for (const f of functions) expect(bundle).toContain(`CustomFunctions.associate("${f.id}"`);
});
