/**
 * Parts compressed off the main thread, and the package zipped from them.
 * Node's zlib deflates on its thread pool, so a part is cut into slices of a
 * megabyte and every slice is deflated at once: on a small machine both
 * cores work while the main thread writes the next sheet. The slices are
 * joined as pigz joins them (zlib's documented flush modes, no hand-made
 * deflate): each slice but the last ends with a sync flush, which closes its
 * blocks on a byte boundary without marking them last; the last slice ends
 * with a finish. fflate's streaming Zip lays the compressed parts out (local
 * headers, data descriptors, central directory), given each part's size and
 * CRC-32 (zlib's too).
 */
import { Zip, type ZipInputFile } from "fflate";
import * as os from "os";
import * as zlib from "zlib";

/** A part deflated: its uncompressed size, CRC-32 and the raw deflate stream in pieces. */
export interface CompressedPart {
  size: number;
  crc: number;
  chunks: Uint8Array[];
}

/** A megabyte: enough for zlib to compress well, small enough to share the work. */
const SLICE = 1 << 20;
/** Level 1: the planner's sheets are repetitive XML; higher levels cost time for a few per cent. */
const LEVEL = 1;

/** Slices this small are deflated at once on the main thread: a thread-pool job would cost more than it saves. */
const SMALL = 64 * 1024;
/**
 * Deflates given to the pool at most (each holds zlib's state and an output buffer the size of its slice); more
 * wait. Four times the cores keeps the pool busy while the main thread writes, since only the main thread can
 * start a waiting one.
 */
const AT_ONCE = Math.max(16, 4 * os.availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

function deflateSlice(slice: Uint8Array, last: boolean): Promise<Uint8Array> {
  const finishFlush = last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
  if (slice.length < SMALL) return Promise.resolve(zlib.deflateRawSync(slice, { level: LEVEL, finishFlush }));
  // Room for the whole output (deflate's worst case adds well under 1 %): zlib hands back to the main thread
  // whenever its output buffer fills, and a main thread busy writing sheets would leave the slice half done.
  const chunkSize = slice.length + (slice.length >> 7) + 1024;
  return new Promise((resolve, reject) => {
    const start = () => {
      running++;
      zlib.deflateRaw(slice, { level: LEVEL, finishFlush, chunkSize }, (error, out) => {
        running--;
        waiting.shift()?.();
        if (error) reject(error);
        else resolve(out);
      });
    };
    if (running < AT_ONCE) start();
    else waiting.push(start);
  });
}

/**
 * A part compressed as it is written: bytes go in as they are produced, and
 * each full slice starts deflating at once.
 * @example const out = new PartCompressor(); out.write(bytes); const part = await out.end();
 */
export class PartCompressor {
  private pending: Uint8Array[] = [];
  private pendingSize = 0;
  private readonly slices: Promise<Uint8Array>[] = [];
  private size = 0;
  private crc = 0;

  write(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.size += bytes.length;
    this.crc = zlib.crc32(bytes, this.crc);
    this.pending.push(bytes);
    this.pendingSize += bytes.length;
    if (this.pendingSize >= SLICE) this.flush(false);
  }

  /** The part, once every slice is deflated. */
  async end(): Promise<CompressedPart> {
    this.flush(true);
    return { size: this.size, crc: this.crc >>> 0, chunks: await Promise.all(this.slices) };
  }

  private flush(last: boolean): void {
    const slice = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingSize = 0;
    const deflating = deflateSlice(slice, last);
    // Awaited in end(); marked handled here so a part replaced before then cannot end the process.
    deflating.catch(() => undefined);
    this.slices.push(deflating);
  }
}

/** About half a megabyte of text is encoded at a time. */
const TEXT_BATCH = 1 << 19;

/**
 * A part written as text and compressed as it goes: pieces are gathered, encoded as UTF-8 in batches and
 * handed to a PartCompressor, so the whole text never exists at once.
 * @example const out = new TextCompressor(); out.write("<worksheet>"); …; parts.setCompressed(name, out.end());
 */
export class TextCompressor {
  private readonly compressor = new PartCompressor();
  private pieces: string[] = [];
  private length = 0;

  write(text: string): void {
    this.pieces.push(text);
    this.length += text.length;
    if (this.length >= TEXT_BATCH) this.encode();
  }

  end(): Promise<CompressedPart> {
    this.encode();
    return this.compressor.end();
  }

  private encode(): void {
    if (this.pieces.length === 0) return;
    this.compressor.write(Buffer.from(this.pieces.join(""), "utf8"));
    this.pieces = [];
    this.length = 0;
  }
}

/**
 * Compress a whole part, its slices in parallel.
 * @example const part = await compressPart(new TextEncoder().encode("<worksheet/>"));
 */
export function compressPart(data: Uint8Array): Promise<CompressedPart> {
  const compressor = new PartCompressor();
  for (let at = 0; at < data.length; at += SLICE) compressor.write(data.subarray(at, at + SLICE));
  return compressor.end();
}

/**
 * A zip package of compressed parts, in the order given.
 * @example const bytes = await zipCompressed([{ name: "[Content_Types].xml", part: await compressPart(types) }]);
 */
export function zipCompressed(entries: readonly { name: string; part: CompressedPart }[]): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const out: Uint8Array[] = [];
    const zip = new Zip((error, chunk, final) => {
      if (error) return reject(error);
      out.push(chunk);
      if (final) resolve(new Uint8Array(Buffer.concat(out)));
    });
    for (const { name, part } of entries) {
      const file: ZipInputFile = { filename: name, size: part.size, crc: part.crc, compression: 8 };
      zip.add(file);
      const push = file.ondata;
      if (!push) return reject(new Error(`the zip writer took no data for ${name}`));
      // zlib's Buffers are never backed by shared memory.
      part.chunks.forEach((chunk, i) => push(null, chunk as Uint8Array<ArrayBuffer>, i === part.chunks.length - 1));
    }
    zip.end();
  });
}
