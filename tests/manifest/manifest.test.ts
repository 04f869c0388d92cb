import { XMLParser } from "fast-xml-parser";
import * as fs from "fs";
import * as path from "path";
import { COMMAND_NAMES } from "../../src/commands/names";

const root = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  isArray: () => false,
});
type Node = Record<string, unknown>;
const doc = parser.parse(xml) as Node;
const app = doc.OfficeApp as Node;

/** Every element named `name` anywhere below `node`. */
function findAll(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => findAll(n, name, out));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === name) (Array.isArray(value) ? value : [value]).forEach((v) => out.push(v as Node));
      findAll(value, name, out);
    }
  }
  return out;
}

const urls = new Map(findAll(app, "Url").map((u) => [u["@id"] as string, u["@DefaultValue"] as string]));
const strings = new Map(findAll(app, "String").map((s) => [s["@id"] as string, s["@DefaultValue"] as string]));
const images = new Map(
  findAll(app, "Image")
    .filter((i) => i["@id"])
    .map((i) => [i["@id"] as string, i["@DefaultValue"] as string]),
);

describe("manifest.xml", () => {
  test("is a task pane add-in for workbooks with a GUID id and write access", () => {
    expect(app["@type"]).toBe("TaskPaneApp");
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect((app.Hosts as Node).Host).toEqual({ "@Name": "Workbook" });
  });

  test("declares the shared runtime with a long lifetime on the task pane page", () => {
    const sets = findAll(app, "Set").map((s) => `${s["@Name"]} ${s["@MinVersion"]}`);
    expect(sets).toContain("SharedRuntime 1.1");
    const [runtime] = findAll(app, "Runtime");
    expect(runtime["@lifetime"]).toBe("long");
    expect(urls.get(runtime["@resid"] as string)).toBe("https://localhost:3000/taskpane.html");
  });

  test("custom functions use the PLAN namespace, the pane page and the generated metadata", () => {
    const ext = findAll(app, "ExtensionPoint").find((e) => e["@type"] === "CustomFunctions") as Node;
    expect(ext).toBeDefined();
    expect(strings.get((ext.Namespace as Node)["@resid"] as string)).toBe("PLAN");
    const resid = (name: string) => (((ext[name] as Node).SourceLocation as Node)["@resid"] as string) ?? "";
    expect(urls.get(resid("Page"))).toBe("https://localhost:3000/taskpane.html");
    expect(urls.get(resid("Metadata"))).toBe("https://localhost:3000/functions.json");
    expect(urls.get(resid("Script"))).toBe("https://localhost:3000/functions.js");
  });

  test("the function file is the shared page", () => {
    const [file] = findAll(app, "FunctionFile");
    expect(urls.get(file["@resid"] as string)).toBe("https://localhost:3000/taskpane.html");
  });

  test("the Home tab has the Implementation plan group with Planner and Consolidate buttons", () => {
    const tab = findAll(app, "OfficeTab")[0];
    expect(tab["@id"]).toBe("TabHome");
    const group = tab.Group as Node;
    expect(strings.get((group.Label as Node)["@resid"] as string)).toBe("Implementation plan");
    const controls = group.Control as Node[];
    const actions = controls.map((c) => c.Action as Node);
    expect(actions.map((a) => a["@type"])).toEqual(["ShowTaskpane", "ExecuteFunction"]);
    expect(strings.get((controls[1].Label as Node)["@resid"] as string)).toBe("Consolidate");
  });

  test("every ExecuteFunction names a command that src/commands associates", () => {
    const names = findAll(app, "FunctionName").map((f) => String(f));
    expect(names.length).toBeGreaterThan(0);
    expect([...names].sort()).toEqual([...COMMAND_NAMES].sort());
    // commands.ts associates exactly the keys of its handler table, typed by COMMAND_NAMES.
    const source = fs.readFileSync(path.join(root, "src/commands/commands.ts"), "utf8");
    expect(source).toContain("Record<CommandName,");
    for (const name of names) expect(source).toMatch(new RegExp(`\\b${name}: `));
  });

  test("every URL is served by the webpack output and every icon exists in assets/", () => {
    const built = new Set(["taskpane.html", "functions.js", "functions.json"]);
    for (const url of urls.values()) {
      expect(url.startsWith("https://localhost:3000/")).toBe(true);
      expect(built.has(url.replace("https://localhost:3000/", ""))).toBe(true);
    }
    const icons = [...images.values(), ...findAll(app, "IconUrl"), ...findAll(app, "HighResolutionIconUrl")].map((v) =>
      typeof v === "string" ? v : String((v as Node)["@DefaultValue"]),
    );
    for (const icon of icons) {
      const file = icon.replace("https://localhost:3000/", "");
      expect(fs.existsSync(path.join(root, file))).toBe(true);
    }
  });

  test("every resid points at a declared resource", () => {
    const declared = new Set([...urls.keys(), ...strings.keys(), ...images.keys()]);
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    for (const id of used) expect(declared.has(id)).toBe(true);
  });
});
