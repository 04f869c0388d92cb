/** The two writers in their order: part by part first, the older whole-workbook writer only when that one declines. */
import { GraftUnsupported } from "../xlsx/parts/packageParts";

/**
 * Run `byParts`; if it declines the package, run `whole` (which loads ExcelJS) and
 * say why. When the older writer refuses too, its message ends with the first one's reason.
 * @example const { result, declined } = await byPartsOrWhole(() => write(), () => import("./consolidateWhole").then(…))
 */
export async function byPartsOrWhole<T>(
  byParts: () => T | Promise<T>,
  whole: () => Promise<T>,
): Promise<{ result: T; declined: string | null }> {
  try {
    return { result: await byParts(), declined: null };
  } catch (error) {
    if (!(error instanceof GraftUnsupported)) throw error;
    const result = await whole().catch((refusal: unknown) => {
      // The older writer's refusal says what it would lose; why the part-by-part writer declined comes after it.
      if (refusal instanceof Error) {
        refusal.message = `${refusal.message} (Written part by part, it was declined: ${error.message}.)`;
      }
      throw refusal;
    });
    return { result, declined: `Written whole by the older writer, not part by part: ${error.message}.` };
  }
}
