/**
 * Peak memory while saving a large workbook. ExcelJS builds each worksheet's
 * XML in one piece and keeps every part until the archive is written; V8,
 * with gigabytes to spare, lets the garbage of that building pile up (a
 * 20,000-action plan peaked at about 1 GB, against a target of 800 MB). A full
 * collection after every few megabytes of parts keeps the peak near 740 MB
 * for about 0.3 s more. A stop-gap until the save streams its parts.
 */
import * as v8 from "v8";
import * as vm from "vm";
import { zipWriterPrototype } from "./exceljsInternals";

/** Characters of XML (about as many bytes) handed over between collections. */
const COLLECT_EVERY = 4_000_000;

/** ExcelJS's internal zip writer (see exceljsInternals.ts). */
const zipWriter = zipWriterPrototype;

/** Node's `gc`, switched on for this process (Node documents the flag; the new context exposes the function). */
function collector(): (() => void) | null {
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc: unknown = vm.runInNewContext("gc");
    return typeof gc === "function" ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

/**
 * True when both hooks are there (a test watches for an ExcelJS upgrade that moves the zip writer).
 * @example canCollectWhileSaving() // true with ExcelJS 4.x on Node 20
 */
export function canCollectWhileSaving(): boolean {
  return zipWriter() !== null && collector() !== null;
}

/** Saves under way: the writer is patched once for all of them and restored when the last one ends. */
let saving = 0;
let original: ((data: unknown, options: unknown) => unknown) | null = null;

/**
 * Run `save` with a full garbage collection after every few megabytes of parts
 * it hands to the zip writer; without either hook it simply runs `save`.
 * Two saves at once share one patch: neither restores the writer under the other.
 * @example await collectWhileSaving(() => workbook.xlsx.writeFile(file));
 */
export async function collectWhileSaving<T>(save: () => Promise<T>): Promise<T> {
  const writer = zipWriter();
  const gc = writer ? collector() : null;
  if (!writer || !gc) return save();
  if (saving++ === 0) {
    const append = writer.append;
    original = append;
    let since = 0;
    writer.append = function (this: unknown, data: unknown, options: unknown) {
      const result = append.call(this, data, options);
      since += typeof data === "string" ? data.length : 0;
      if (since > COLLECT_EVERY) {
        gc();
        since = 0;
      }
      return result;
    };
  }
  try {
    return await save();
  } finally {
    if (--saving === 0 && original) {
      writer.append = original;
      original = null;
    }
  }
}
