/**
 * Dates typed as text in a plan ("01/03/2009", "2009-03-01"), read the way
 * the engine reads them, so a function and `implan check` agree on a cell.
 */
import { dayFromIso, dayFromYmd } from "../core/days";
import type { Day } from "../core/types";

/**
 * The day a text date names, or null when it names none.
 * @example textDay("31/09/2009") // null (30 days hath September)
 */
export function textDay(text: string): Day | null {
  const t = text.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (uk) return dayFromYmd(Number(uk[3]), Number(uk[2]), Number(uk[1]));
  return dayFromIso(t);
}
