/**
 * A package's parts as the part-by-part writer holds them: by key (lower case,
 * no leading slash) in the input's order, each with its stored name and bytes,
 * or already compressed; and the package zipped from them. Parts not touched
 * go out with the bytes they came in with.
 */
import { unzipSync } from "fflate";
import { encodingOf } from "../../reader/xmlEvents";
import { partKey } from "../../reader/zipParts";
import { compressPart, zipCompressed, type CompressedPart } from "./compressParts";

/** A package this writer will not change by parts; the caller falls back or refuses, naming `reason`. */
export class GraftUnsupported extends Error {}

interface StoredPart {
  name: string;
  /** Null for a part the planner wrote straight into a compressor (an owned sheet): it is not read again. */
  data: Uint8Array | null;
  /** Started when a large part was set. */
  compressed?: Promise<CompressedPart>;
}

/** Parts this large start compressing when set; smaller ones (relationships, content types) are set again and again. */
const EAGER_COMPRESSION = 64 * 1024;

const decoder = new TextDecoder("utf-8", { fatal: true });
const encoder = new TextEncoder();

export class StoredParts {
  /** Stored name and bytes, by key (lower case, no leading slash), in the input's order. */
  private readonly parts = new Map<string, StoredPart>();

  /**
   * Open `bytes`; every part is inflated (each is written back out), but those `inflated` already holds
   * (by key: the reader's, see reader/zipParts.ts openPackage).
   */
  constructor(bytes: Uint8Array, inflated: ReadonlyMap<string, Uint8Array> = new Map()) {
    const order: string[] = [];
    const rest = unzipSync(bytes, {
      filter: (file) => {
        order.push(file.name);
        return !inflated.has(partKey(file.name));
      },
    });
    for (const name of order) {
      const data = rest[name] ?? inflated.get(partKey(name));
      if (data && !name.endsWith("/")) this.parts.set(partKey(name), { name, data });
    }
  }

  has(key: string): boolean {
    return this.parts.has(partKey(key));
  }

  bytes(key: string): Uint8Array | undefined {
    const found = this.parts.get(partKey(key));
    if (!found) return undefined;
    if (found.data === null) throw new Error(`${key} was written compressed and cannot be read back`);
    return found.data;
  }

  /** A part's text; a part not in UTF-8 (the standard allows UTF-16) is not changed by this writer. */
  text(key: string): string {
    const data = this.bytes(key);
    if (!data) throw new GraftUnsupported(`${key} is missing`);
    if (encodingOf(data) !== "utf-8") throw new GraftUnsupported(`${key} is stored as UTF-16`);
    try {
      return decoder.decode(data);
    } catch {
      throw new GraftUnsupported(`${key} is not UTF-8`);
    }
  }

  set(key: string, data: Uint8Array | string): void {
    const found = this.parts.get(partKey(key));
    const bytes = typeof data === "string" ? encoder.encode(data) : data;
    // A large part is final when set (a sheet): it starts compressing now, on zlib's threads, while the rest is written.
    const compressed = bytes.length >= EAGER_COMPRESSION ? compressPart(bytes) : undefined;
    compressed?.catch(() => undefined);
    this.parts.set(partKey(key), { name: found?.name ?? key, data: bytes, compressed });
  }

  /** A part written straight into a compressor (./compressParts.ts TextCompressor). */
  setCompressed(key: string, compressed: Promise<CompressedPart>): void {
    compressed.catch(() => undefined);
    this.parts.set(partKey(key), { name: this.parts.get(partKey(key))?.name ?? key, data: null, compressed });
  }

  delete(key: string): void {
    this.parts.delete(partKey(key));
  }

  /**
   * The first free name from a pattern with `#` for a number.
   * @example parts.freeName("xl/worksheets/sheet#.xml") // "xl/worksheets/sheet4.xml"
   */
  freeName(pattern: string): string {
    for (let n = 1; ; n++) {
      const name = pattern.replace("#", String(n));
      if (!this.has(name)) return name;
    }
  }

  /** The package's bytes: parts in their input order, new ones after. */
  async zip(): Promise<Uint8Array> {
    const stored = [...this.parts.values()];
    const compressed = await Promise.all(stored.map((p) => p.compressed ?? compressPart(p.data ?? new Uint8Array())));
    return zipCompressed(stored.map((p, i) => ({ name: p.name, part: compressed[i] })));
  }

  protected storedName(key: string): string {
    return this.parts.get(partKey(key))?.name.replace(/^\/+/, "") ?? key;
  }
}
