/**
 * Node's zlib inflating a package's parts for the reader on the command
 * line: several times faster than fflate's JavaScript inflate on a cold
 * start, and a command reads its plan once, cold. adm-zip finds each entry's
 * compressed bytes (it reads the central directory synchronously, as the
 * reader needs). Anything it cannot give exactly (an encrypted entry, an
 * unknown method, a size that does not match, a package it cannot read) is
 * left to fflate, which reads it or explains what is wrong: this only makes
 * reading faster, never different.
 */
import AdmZip from "adm-zip";
import { inflateRawSync } from "zlib";
import type { FastInflate } from "../reader/zipParts";

/**
 * An inflater for the package's parts by stored name, or undefined when adm-zip cannot read the package.
 * @example readWorkbookBytes(bytes, undefined, undefined, nativeInflate(bytes))
 */
export function nativeInflate(bytes: Uint8Array): FastInflate | undefined {
  let entries: Map<string, AdmZip.IZipEntry>;
  try {
    const zip = new AdmZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    entries = new Map(zip.getEntries().map((entry) => [entry.entryName, entry]));
  } catch {
    return undefined;
  }
  return (name) => {
    const entry = entries.get(name);
    if (!entry || entry.isDirectory || entry.header.encrypted) return undefined;
    const size = entry.header.size;
    const raw = entry.getCompressedData();
    if (entry.header.method === 0) return raw.length === size ? new Uint8Array(raw) : undefined;
    if (entry.header.method !== 8) return undefined;
    try {
      // Never more than the directory says: a part that would inflate beyond it is left to fflate.
      const data = inflateRawSync(raw, { maxOutputLength: Math.max(1, size) });
      return data.length === size ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : undefined;
    } catch {
      return undefined;
    }
  };
}
