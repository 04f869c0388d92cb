/**
 * Files `implan` cannot use: each gets exit 2 and one plain sentence naming
 * the file and what to do — never "internal error", never the zip library's
 * "is this a zip file?" — and no file is left behind on any failure.
 */
import JSZip from "jszip";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readWorkbookBytes } from "../../src/reader/readPackage";
import { rawXlsx } from "../../testkit/rawXlsx";
import { implan } from "./runCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "implan-hostile-files-"));
const at = (name: string) => path.join(tmp, name);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const PLAN = {
  sheets: [
    {
      name: "Quality",
      rows: [
        ["ID", "Action", "Owner", "Due"],
        ["Q1", "Audit the handbook", "Jane Smith", { date: "2009-11-27" }],
      ],
    },
  ],
};

async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The plan's package, to change part by part: `edit` replaces text in a part, `save` writes it under `name`. */
async function planPackage() {
  const zip = await JSZip.loadAsync(await rawXlsx(PLAN));
  const edit = async (part: string, from: string, to: string) =>
    zip.file(part, ((await zip.file(part)?.async("string")) ?? "").replace(from, to));
  const save = async (name: string) => {
    fs.writeFileSync(at(name), await zip.generateAsync({ type: "nodebuffer" }));
    return at(name);
  };
  return { zip, edit, save };
}

/** `implan consolidate` of `input` into `output`, which must succeed without a word on stderr. */
async function consolidateOk(input: string, output: string) {
  const run = await implan("consolidate", input, "-o", output, "--as-of", "2009-11-16");
  expect([run.code, run.err]).toEqual([0, ""]);
  return run;
}

beforeAll(async () => {
  fs.writeFileSync(at("text.xlsx"), "ID,Action\nQ1,Audit\n");
  fs.writeFileSync(at("empty.xlsx"), "");
  fs.writeFileSync(at("plain-zip.xlsx"), await zipOf({ "readme.txt": "hello" }));
  fs.writeFileSync(
    at("renamed-ods.xlsx"),
    await zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office/>" }),
  );
  fs.writeFileSync(at("no-workbook.xlsx"), await zipOf({ "[Content_Types].xml": "<Types/>", "_rels/.rels": "<x/>" }));
  // OLE compound files: an encrypted .xlsx carries an EncryptionInfo stream (MS-OFFCRYPTO), an .xls a Workbook stream.
  fs.writeFileSync(
    at("encrypted.xlsx"),
    Buffer.concat([OLE, Buffer.alloc(504), Buffer.from("EncryptionInfo", "utf16le")]),
  );
  fs.writeFileSync(at("old.xlsx"), Buffer.concat([OLE, Buffer.alloc(504), Buffer.from("Workbook", "utf16le")]));
  fs.writeFileSync(at("plan.xlsx"), await rawXlsx(PLAN));
  fs.writeFileSync(at("a-file"), "not a folder");
  fs.mkdirSync(at("folder.xlsx"));
});

describe.each(["check", "consolidate"])("%s: an unreadable input is named in one sentence, exit 2", (command) => {
  test.each([
    ["text.xlsx", /is not an Excel workbook .*save the plan from Excel as Excel Workbook \(\.xlsx\)/],
    ["empty.xlsx", /is empty \(0 bytes\)/],
    ["plain-zip.xlsx", /is a zip file but not an Excel workbook \(it has no xl\/workbook\.xml\)/],
    ["no-workbook.xlsx", /is a zip file but not an Excel workbook/],
    ["renamed-ods.xlsx", /is an OpenDocument \(\.ods\) spreadsheet with an \.xlsx name/],
    ["encrypted.xlsx", /this workbook is password-protected \(encrypted\); open it in Excel, remove the password/],
    ["old.xlsx", /is an old Excel 97–2003 \(\.xls\) workbook with an \.xlsx name; .* save it as Excel Workbook/],
  ])("%s", async (name, message) => {
    const args = command === "check" ? [at(name)] : [at(name), "-o", at(`out-${name}`)];
    const run = await implan(command, ...args);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.err).toContain(at(name));
    expect(run.err.trim().split("\n")).toHaveLength(1);
    expect(run.err).not.toMatch(/internal error|stuk\.github\.io|is this a zip file/);
    expect(fs.existsSync(at(`out-${name}`))).toBe(false);
  });
});

test("consolidate: a styles part that is not XML is named, exit 2, nothing written (no internal error)", async () => {
  const pkg = await planPackage();
  await pkg.edit("xl/styles.xml", "</styleSheet>", "<oops></styleSheet>");
  const input = await pkg.save("bad-styles.xlsx");
  const run = await implan("consolidate", input, "-o", at("out-bad-styles.xlsx"), "--as-of", "2009-11-16");
  expect(run.code).toBe(2);
  expect(run.err).toContain(input);
  expect(run.err).toMatch(/xl\/styles\.xml is not well-formed XML/);
  expect(run.err).not.toMatch(/internal error/);
  expect(fs.existsSync(at("out-bad-styles.xlsx"))).toBe(false);
});

describe("an unusable output path is refused before any work, exit 2", () => {
  test.each([
    ["a-file/out.xlsx", /part of this path is a file, not a folder/],
    ["folder.xlsx", /is a folder; give a file name to write/],
  ])("%s", async (output, message) => {
    const run = await implan("consolidate", at("plan.xlsx"), "-o", at(output), "--force");
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.err.trim().split("\n")).toHaveLength(1);
  });

  test("a link to the input is the input, and is never written over", async () => {
    fs.copyFileSync(at("plan.xlsx"), at("victim.xlsx"));
    fs.symlinkSync(at("victim.xlsx"), at("alias.xlsx"));
    const before = fs.readFileSync(at("victim.xlsx"));
    const run = await implan("consolidate", at("alias.xlsx"), "-o", at("victim.xlsx"), "--force");
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/is the input; write the consolidated plan to another file, or add --in-place/);
    expect(fs.readFileSync(at("victim.xlsx")).equals(before)).toBe(true);
  });

  test("--in-place replaces the plan only once the result is whole, through a link to its real file", async () => {
    fs.copyFileSync(at("plan.xlsx"), at("kept.xlsx"));
    fs.symlinkSync(at("kept.xlsx"), at("kept-link.xlsx"));
    const before = fs.readFileSync(at("kept.xlsx"));
    const run = await implan("consolidate", at("kept-link.xlsx"), "--in-place", "--as-of", "2009-11-16");
    expect([run.code, run.err]).toEqual([0, ""]);
    // The link is still a link; the plan it points at now holds the owned sheets.
    expect(fs.lstatSync(at("kept-link.xlsx")).isSymbolicLink()).toBe(true);
    const after = fs.readFileSync(at("kept.xlsx"));
    expect(after.equals(before)).toBe(false);
    expect(after.includes(Buffer.from("xl/worksheets/"))).toBe(true);
    const check = await implan("check", at("kept.xlsx"), "--json", "--as-of", "2009-11-16");
    expect(check.code).toBe(0);
    expect(fs.readdirSync(tmp).filter((name) => name.includes(".partial-"))).toEqual([]);
  });

  test.each([
    [["-o", "elsewhere.xlsx", "--in-place"], /--in-place replaces the input/],
    [[], /say where to write: -o <out\.xlsx>, or --in-place/],
  ])("--in-place and -o are one or the other: %s", async (extra, message) => {
    const run = await implan("consolidate", at("plan.xlsx"), ...extra.map((x) => (x.endsWith(".xlsx") ? at(x) : x)));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
  });

  test("template refuses the same paths", async () => {
    const run = await implan("template", at("a-file/new.xlsx"));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/part of this path is a file/);
  });
});

test("no failure leaves a partial file behind", () => {
  expect(fs.readdirSync(tmp).filter((name) => name.includes(".partial-"))).toEqual([]);
});

describe("macro workbooks", () => {
  async function withMacros(name: string): Promise<string> {
    const { zip, save } = await planPackage();
    zip.file("xl/vbaProject.bin", Buffer.from("not really VBA"));
    return save(name);
  }

  test("check reads a macro-enabled .xlsm plan like any other", async () => {
    const run = await implan("check", await withMacros("macros.xlsm"), "--json", "--as-of", "2009-11-16");
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out) as { actions: { id: string }[] }).actions.map((a) => a.id)).toEqual(["Q1"]);
  });

  /** A real macro workbook's package: the VBA part linked from the workbook, and the macro-enabled content type. */
  async function macroWorkbook(name: string): Promise<string> {
    const { zip, edit, save } = await planPackage();
    zip.file("xl/vbaProject.bin", VBA);
    await edit(
      "[Content_Types].xml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    );
    await edit(
      "[Content_Types].xml",
      "</Types>",
      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    );
    await edit(
      "xl/_rels/workbook.xml.rels",
      "</Relationships>",
      '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    );
    return save(name);
  }
  const VBA = Buffer.from("\xd0\xcf\x11\xe0 not really VBA, kept byte for byte");

  test(".xlsm in, .xlsm out: the macros are carried byte for byte, linked and typed as they were", async () => {
    const file = await macroWorkbook("macros-2.xlsm");
    await consolidateOk(file, at("out-macros-2.xlsm"));
    const out = await JSZip.loadAsync(fs.readFileSync(at("out-macros-2.xlsm")));
    expect(Buffer.from(await out.file("xl/vbaProject.bin")!.async("uint8array")).equals(VBA)).toBe(true);
    expect(await out.file("[Content_Types].xml")!.async("string")).toContain(
      'ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"',
    );
    expect(await out.file("xl/_rels/workbook.xml.rels")!.async("string")).toContain('Target="vbaProject.bin"');
  });

  test.each(["macros-3.xlsm", "macros-named.xlsx"])(
    "an .xlsx copy of the macro workbook %s is refused with the reason, and nothing is written",
    async (name) => {
      const file = await macroWorkbook(name);
      const run = await implan("consolidate", file, "-o", at(`out-${name}.xlsx`));
      expect(run.code).toBe(2);
      expect(run.err).toMatch(
        /is a macro-enabled workbook, and an \.xlsx file cannot hold its macros; write the copy to an \.xlsm file/,
      );
      expect(fs.existsSync(at(`out-${name}.xlsx`))).toBe(false);
    },
  );

  test("a stray VBA part in an .xlsx (no link, no macro type) is carried as it is", async () => {
    const file = await withMacros("stray-vba.xlsx");
    await consolidateOk(file, at("out-stray-vba.xlsx"));
    const out = await JSZip.loadAsync(fs.readFileSync(at("out-stray-vba.xlsx")));
    expect(await out.file("xl/vbaProject.bin")!.async("string")).toBe("not really VBA");
  });

  test("baseline too: .xlsm in, .xlsm out with the macros byte for byte", async () => {
    const file = await macroWorkbook("macros-4.xlsm");
    const run = await implan("baseline", file, "-o", at("out-macros-4.xlsm"), "--as-of", "2009-11-16");
    expect([run.code, run.err]).toEqual([0, ""]);
    const out = await JSZip.loadAsync(fs.readFileSync(at("out-macros-4.xlsm")));
    expect(Buffer.from(await out.file("xl/vbaProject.bin")!.async("uint8array")).equals(VBA)).toBe(true);
  });
});

describe("parts the older writer could not carry", () => {
  /** The plan with extra parts, as Excel or LibreOffice would add them (the writer's loss is decided by part). */
  async function withParts(name: string, parts: Record<string, string>): Promise<string> {
    const { zip, save } = await planPackage();
    for (const [part, xml] of Object.entries(parts)) zip.file(part, xml);
    return save(name);
  }

  test.each([
    ["a chart", { "xl/charts/chart1.xml": "<c:chartSpace/>" }],
    ["a pivot table", { "xl/pivotTables/pivotTable1.xml": "<pivotTableDefinition/>" }],
  ])("consolidate and baseline carry a plan with %s byte for byte", async (_what, parts) => {
    const file = await withParts(`with-${_what.replace(/\W/g, "-")}.xlsx`, parts);
    for (const command of ["consolidate", "baseline"]) {
      const out = at(`out-${command}-${path.basename(file)}`);
      const run = await implan(command, file, "-o", out, "--as-of", "2009-11-16");
      expect([command, run.code, run.err]).toEqual([command, 0, ""]);
      const written = await JSZip.loadAsync(fs.readFileSync(out));
      for (const [part, xml] of Object.entries(parts)) expect(await written.file(part)?.async("string")).toBe(xml);
    }
    expect((await implan("check", file, "--as-of", "2009-11-16")).code).toBe(0);
  });

  test("printer settings are carried by consolidate and baseline, and nothing is said of them", async () => {
    const file = await withParts("printer.xlsx", { "xl/printerSettings/printerSettings1.bin": "printer" });
    for (const command of ["consolidate", "baseline"]) {
      const out = at(`out-${command}-printer.xlsx`);
      const run = await implan(command, file, "-o", out, "--as-of", "2009-11-16");
      expect(run.code).toBe(0);
      expect(run.out).not.toContain("The printer chosen");
      const written = await JSZip.loadAsync(fs.readFileSync(out));
      expect(await written.file("xl/printerSettings/printerSettings1.bin")?.async("string")).toBe("printer");
    }
  });
});

test("the structure lock, custom document properties and custom XML are kept, byte for byte where they are parts", async () => {
  const { zip, edit, save } = await planPackage();
  await edit("xl/workbook.xml", "<sheets>", '<workbookProtection lockStructure="1" workbookPassword="CC3D"/><sheets>');
  const PROPS =
    '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Partnership"><vt:lpwstr xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">Northside</vt:lpwstr></property></Properties>';
  const ITEM = '<?xml version="1.0"?><funding xmlns="urn:example"><bid>14-19 capital</bid></funding>';
  zip.file("docProps/custom.xml", PROPS);
  zip.file("customXml/item1.xml", ITEM);
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  await edit(
    "_rels/.rels",
    "</Relationships>",
    `<Relationship Id="rId9" Type="${REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
  );
  await edit(
    "xl/_rels/workbook.xml.rels",
    "</Relationships>",
    `<Relationship Id="rId99" Type="${REL}/customXml" Target="../customXml/item1.xml"/></Relationships>`,
  );
  await edit(
    "[Content_Types].xml",
    "</Types>",
    '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
  );
  await consolidateOk(await save("kept-parts.xlsx"), at("out-kept-parts.xlsx"));
  const out = await JSZip.loadAsync(fs.readFileSync(at("out-kept-parts.xlsx")));
  const text = async (part: string) => (await out.file(part)?.async("string")) ?? "";
  expect(await text("docProps/custom.xml")).toBe(PROPS);
  expect(await text("customXml/item1.xml")).toBe(ITEM);
  expect(await text("_rels/.rels")).toMatch(/custom-properties" Target="docProps\/custom\.xml"/);
  expect(await text("xl/_rels/workbook.xml.rels")).toMatch(/customXml" Target="\.\.\/customXml\/item1\.xml"/);
  expect(await text("[Content_Types].xml")).toContain('PartName="/docProps/custom.xml"');
  expect(readWorkbookBytes(fs.readFileSync(at("out-kept-parts.xlsx"))).protection).toEqual({
    lockStructure: "1",
    workbookPassword: "CC3D",
  });
  // The owned sheets are there too, and the result reads back as a plan.
  expect((await implan("check", at("out-kept-parts.xlsx"), "--as-of", "2009-11-16")).code).toBe(0);
});

test("text with a carriage return (pasted \\r\\n) comes back exactly as typed", async () => {
  const { zip, edit, save } = await planPackage();
  const sst = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  const [first] = /<t[^>]*>[^<]+<\/t>/.exec(sst) ?? [""];
  await edit("xl/sharedStrings.xml", first, first.replace(/<\/t>$/, "_x000D_\nsecond line</t>"));
  await consolidateOk(await save("crlf.xlsx"), at("out-crlf.xlsx"));
  const text = (file: string) =>
    readWorkbookBytes(fs.readFileSync(file))
      .input.grids.flatMap((g) => g.values.flat())
      .find((v) => typeof v === "string" && v.includes("second line"));
  expect(text(at("crlf.xlsx"))).toMatch(/\r\nsecond line$/);
  expect(text(at("out-crlf.xlsx"))).toBe(text(at("crlf.xlsx")));
});

test("a sheet protected with the older password form (LibreOffice, openpyxl) stays protected with it", async () => {
  const { edit, save } = await planPackage();
  await edit(
    "xl/worksheets/sheet1.xml",
    "</sheetData>",
    '</sheetData><sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>',
  );
  await consolidateOk(await save("legacy-lock.xlsx"), at("out-legacy-lock.xlsx"));
  const before = readWorkbookBytes(fs.readFileSync(at("legacy-lock.xlsx"))).sheets[0].protection;
  expect(before).toEqual({ password: "CC3D", sheet: "1", objects: "1", scenarios: "1" });
  expect(readWorkbookBytes(fs.readFileSync(at("out-legacy-lock.xlsx"))).sheets[0].protection).toEqual(before);
});
