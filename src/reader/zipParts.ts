/**
 * The parts of an Open Packaging (zip) file the reader needs, inflated on
 * demand with fflate, and the standard's rules for part names: compared
 * without regard to case, relationship targets resolved relative to their
 * source part or, when they begin with `/`, from the package root.
 */
import { unzipSync } from "fflate";

/** A package the reader cannot use; `reason` is a short sentence for the user. */
export class PackageError extends Error {}

export interface PackageParts {
  /** Part names as stored, keyed by their lower-case form without a leading `/`. */
  names: Map<string, string>;
  /** Inflate the named parts (names as `names` keys); a part that is absent is left out. */
  read(keys: readonly string[]): Map<string, Uint8Array>;
}

/**
 * A faster inflater for one part, by its stored name (the command line's, with Node's zlib); undefined leaves the
 * part to fflate, which explains a part it cannot inflate.
 */
export type FastInflate = (name: string) => Uint8Array | undefined;

function fastly(inflate: FastInflate | undefined, name: string | undefined): Uint8Array | undefined {
  if (!inflate || name === undefined) return undefined;
  try {
    return inflate(name);
  } catch {
    return undefined;
  }
}

/**
 * Open a zip package: its directory is read once; parts are inflated only when asked for, by `inflate` when
 * given and able, else by fflate.
 * Given `kept`, every part inflated is also put there (by key), and one already there is not inflated again:
 * a writer that copies the package after reading it inflates each part once.
 * @example const parts = openPackage(bytes); parts.read(["xl/workbook.xml"])
 */
export function openPackage(bytes: Uint8Array, kept?: Map<string, Uint8Array>, inflate?: FastInflate): PackageParts {
  const names = new Map<string, string>();
  unzipOrExplain(bytes, (name) => {
    names.set(partKey(name), name);
    return false;
  });
  return {
    names,
    read(keys) {
      const wanted = new Set(keys.map(partKey));
      const read = new Map<string, Uint8Array>();
      for (const key of wanted) {
        const known = kept?.get(key) ?? fastly(inflate, names.get(key));
        if (!known) continue;
        read.set(key, known);
        kept?.set(key, known);
      }
      const found = unzipOrExplain(bytes, (name) => wanted.has(partKey(name)) && !read.has(partKey(name)));
      for (const [name, data] of Object.entries(found)) {
        read.set(partKey(name), data);
        kept?.set(partKey(name), data);
      }
      return read;
    },
  };
}

function unzipOrExplain(bytes: Uint8Array, take: (name: string) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter: (file) => take(file.name) });
  } catch (error) {
    throw new PackageError(`the zip package is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * A part name as the package compares it: no leading slash, lower case.
 * @example partKey("/XL/Workbook.xml") // "xl/workbook.xml"
 */
export function partKey(name: string): string {
  return name.replace(/^\/+/, "").toLowerCase();
}

/**
 * Where a relationship of `source` points: absolute targets from the root, others from the source's folder.
 * @example resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml"
 * @example resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml"
 */
export function resolveTarget(source: string, target: string): string {
  const decoded = safeDecode(target.replace(/\\/g, "/"));
  const start = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  const parts = [...start];
  for (const piece of decoded.split("/")) {
    if (piece === "" || piece === ".") continue;
    if (piece === "..") parts.pop();
    else parts.push(piece);
  }
  return parts.join("/");
}

/**
 * The relationships part of a source part.
 * @example relsPartOf("xl/workbook.xml") // "xl/_rels/workbook.xml.rels"
 */
export function relsPartOf(source: string): string {
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
