/**
 * Parts deflated in slices on zlib's threads and zipped by fflate: every
 * size (empty, one byte, a slice exactly, several slices and a remainder)
 * comes back byte for byte through an independent inflater, with the CRC-32
 * a textbook bitwise computation gives.
 */
import { strToU8, unzipSync } from "fflate";
import { inflateRawSync } from "zlib";
import { compressPart, PartCompressor, TextCompressor, zipCompressed } from "../../../src/xlsx/parts/compressParts";

/** CRC-32 (ISO 3309, reflected, polynomial 0xEDB88320), bit by bit: slow and plainly right. */
function referenceCrc(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Bytes that compress a little, like a sheet: rows of text with numbers in them. */
function sheetLike(size: number): Uint8Array {
  const rows: string[] = [];
  for (let length = 0, i = 1; length < size; i++) {
    rows.push(`<row r="${i}"><c><v>${i * 7}</v></c></row>`);
    length += rows[rows.length - 1].length;
  }
  return strToU8(rows.join("").slice(0, size));
}

const MB = 1 << 20;

describe("compressPart", () => {
  it.each([
    ["empty", 0],
    ["one byte", 1],
    ["one slice exactly", MB],
    ["two slices and a remainder", 2 * MB + 12_345],
  ])("%s: inflates back to the bytes, with the reference CRC", async (_, size) => {
    const data = sheetLike(size);
    const part = await compressPart(data);
    expect(part.size).toBe(size);
    expect(part.crc).toBe(referenceCrc(data));
    // A slice per megabyte, and the last (perhaps empty) one that finishes the stream.
    expect(part.chunks.length).toBe(Math.floor(size / MB) + 1);
    expect(Buffer.compare(inflateRawSync(Buffer.concat(part.chunks)), Buffer.from(data))).toBe(0);
  });

  it("compresses many large parts at once, more than the pool is given together, each back whole", async () => {
    const parts = Array.from({ length: 40 }, (_, i) => sheetLike(100_000 + i));
    const compressed = await Promise.all(parts.map((data) => compressPart(data)));
    compressed.forEach((part, i) => {
      expect(part.crc).toBe(referenceCrc(parts[i]));
      expect(Buffer.compare(inflateRawSync(Buffer.concat(part.chunks)), Buffer.from(parts[i]))).toBe(0);
    });
  });

  it("takes a part in pieces of any size, as a sheet is written", async () => {
    const data = sheetLike(3 * MB + 7);
    const compressor = new PartCompressor();
    for (let at = 0; at < data.length; at += 300_001) compressor.write(data.subarray(at, at + 300_001));
    const part = await compressor.end();
    expect(part.crc).toBe(referenceCrc(data));
    expect(Buffer.compare(inflateRawSync(Buffer.concat(part.chunks)), Buffer.from(data))).toBe(0);
  });
});

describe("TextCompressor", () => {
  it("encodes text written in many pieces as UTF-8, across batches, accents and emoji whole", async () => {
    const pieces = Array.from({ length: 60_000 }, (_, i) => `<row r="${i}"><t>Café ${i} 😀 ≥</t></row>`);
    const out = new TextCompressor();
    for (const piece of pieces) out.write(piece);
    const part = await out.end();
    const expected = Buffer.from(pieces.join(""), "utf8");
    expect(expected.length).toBeGreaterThan(2 * MB);
    expect(part.size).toBe(expected.length);
    expect(part.crc).toBe(referenceCrc(expected));
    expect(inflateRawSync(Buffer.concat(part.chunks)).toString("utf8")).toBe(pieces.join(""));
  });
});

describe("zipCompressed", () => {
  it("gives a package fflate reads back part for part, in the order given", async () => {
    const parts = [
      { name: "[Content_Types].xml", data: strToU8("<Types/>") },
      { name: "xl/worksheets/sheet1.xml", data: sheetLike(MB + 5) },
      { name: "xl/empty.bin", data: new Uint8Array(0) },
      { name: "xl/média.xml", data: strToU8("<é/>") },
    ];
    const bytes = await zipCompressed(
      await Promise.all(parts.map(async (p) => ({ name: p.name, part: await compressPart(p.data) }))),
    );
    const read = unzipSync(bytes);
    expect(Object.keys(read)).toEqual(parts.map((p) => p.name));
    for (const p of parts) expect(Buffer.compare(Buffer.from(read[p.name]), Buffer.from(p.data))).toBe(0);
  });
});
