/**
 * The command line's faster inflater gives exactly what fflate gives, part
 * for part, on every package fixture and on every corpus workbook fflate can
 * read; what it cannot give exactly it leaves to fflate.
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import * as fs from "fs";
import * as path from "path";
import { readWorkbookBytes } from "../../src/reader/readPackage";
import { nativeInflate } from "../../src/xlsx/nativeInflate";
import { CORPUS, describeWithFolder } from "../../testkit/engines";

const PACKAGES = path.resolve(__dirname, "../fixtures/packages");

function workbooks(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? workbooks(full) : /\.xls[xm]$/i.test(entry.name) ? [full] : [];
  });
}

/** Parts fflate inflates, by stored name; null when fflate cannot read the package. */
function byFflate(bytes: Uint8Array): Record<string, Uint8Array> | null {
  try {
    return unzipSync(bytes);
  } catch {
    return null;
  }
}

describe("nativeInflate", () => {
  test("stored, deflated and empty parts come back as fflate gives them", () => {
    const bytes = zipSync({
      "stored.xml": [strToU8("<a>stored</a>"), { level: 0 }],
      "deflated.xml": [strToU8("<row/>".repeat(10_000)), { level: 6 }],
      "empty.xml": new Uint8Array(0),
    });
    const inflate = nativeInflate(bytes);
    for (const [name, data] of Object.entries(unzipSync(bytes))) {
      expect([name, Buffer.from(inflate?.(name) ?? [])]).toEqual([name, Buffer.from(data)]);
    }
    expect(inflate?.("missing.xml")).toBeUndefined();
  });

  test("a part whose directory size is wrong is left to fflate (undefined), not inflated beyond it", () => {
    const bytes = zipSync({ "a.xml": [strToU8("<a>".repeat(1000)), { level: 6 }] });
    const central = Buffer.from(bytes).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    // The central directory's uncompressed size (offset 24) claimed smaller than it is.
    Buffer.from(bytes.buffer, bytes.byteOffset).writeUInt32LE(10, central + 24);
    expect(nativeInflate(bytes)?.("a.xml")).toBeUndefined();
  });

  test("not a zip: no inflater, the reader's fflate explains", () => {
    expect(nativeInflate(strToU8("hello"))).toBeUndefined();
  });

  test("on every package fixture, every part it gives is fflate's and the reader reads the same", () => {
    expect(agreement(workbooks(PACKAGES), true)).toEqual({ differ: [], given: expect.any(Number) });
  });
});

describeWithFolder(CORPUS, __filename, "nativeInflate on the shared corpus", (corpus) => {
  // Equal parts make equal reads (the reader is a function of the bytes); reading every corpus workbook twice
  // and comparing the results as text would take minutes on the shared-strings bomb.
  test("on every workbook fflate can read, every part it gives is fflate's, byte for byte", () => {
    const { differ, given } = agreement(workbooks(corpus));
    expect(differ).toEqual([]);
    expect(given).toBeGreaterThan(3000);
  }, 120_000);
});

/** Parts the fast inflater gives that differ from fflate's, and (asked) workbooks the reader reads differently with it. */
function agreement(files: string[], compareReads = false): { differ: string[]; given: number } {
  const differ: string[] = [];
  let given = 0;
  for (const file of files) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const expected = byFflate(bytes);
    const inflate = nativeInflate(bytes);
    if (!expected || !inflate) continue;
    for (const [name, data] of Object.entries(expected)) {
      const fast = inflate(name);
      if (fast === undefined) continue;
      given++;
      if (Buffer.compare(Buffer.from(fast), Buffer.from(data)) !== 0) differ.push(`${path.basename(file)}: ${name}`);
    }
    if (compareReads && readAs(bytes) !== readAs(bytes, inflate))
      differ.push(`${path.basename(file)}: read differently`);
  }
  return { differ, given };
}

function readAs(bytes: Uint8Array, inflate?: ReturnType<typeof nativeInflate>): string {
  try {
    return JSON.stringify(readWorkbookBytes(bytes, undefined, undefined, inflate).input);
  } catch (error) {
    return String(error);
  }
}
