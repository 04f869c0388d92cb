/**
 * How the planner's sheets print on A4: the Dashboard on one landscape page;
 * Timeline and Load landscape, one page wide where the weeks allow and
 * otherwise in bands of weeks with their headings and first columns repeated;
 * the template's sheets one page wide. Widths are estimated the way Excel
 * lays out columns (a width of w characters of Calibri 11 is about 7w + 5
 * pixels) against an A4 page inside Excel's Normal margins.
 */
import { ukOf } from "../core/days";
import type { Day } from "../core/types";
import type { ColumnSpec, PrintSpec, SheetSpec } from "./types";

/** A4 landscape inside Excel's Normal margins (0.7 in left and right), in pixels at 96 per inch. */
const LANDSCAPE_WIDTH_PX = (11.69 - 1.4) * 96;
/** Below this scale a one-page-wide print is too small to read: print in bands of weeks instead. */
export const BAND_SCALE = 55;
/** Excel's limit on a header or footer's text (the Page Setup dialog takes 255 characters). */
const MAX_FOOTER = 255;
/** What a column without a width is (Excel's standard width). */
const STANDARD_WIDTH = 8.43;

/**
 * The pixels a column takes on screen and, at 100%, on paper.
 * @example columnPixels({ width: 6 }) // 47
 */
export function columnPixels(column: ColumnSpec | undefined): number {
  return Math.round((column?.width ?? STANDARD_WIDTH) * 7 + 5);
}

/**
 * A wide sheet with a week grid: one page wide when that still prints at BAND_SCALE% or more,
 * else at BAND_SCALE% so the weeks run on in bands, each page repeating `titleRows` and `titleColumns`.
 * @example weekGridPrint(sheet, "$3:$4", "$A:$C").fit // { wide: 1, tall: 0 } for a short plan
 */
export function weekGridPrint(sheet: SheetSpec, titleRows: string, titleColumns: string): PrintSpec {
  const width = sheet.columns.reduce((sum, column) => sum + columnPixels(column), 0);
  const fitsOneWide = (LANDSCAPE_WIDTH_PX / width) * 100 >= BAND_SCALE;
  return {
    orientation: "landscape",
    fit: fitsOneWide ? { wide: 1, tall: 0 } : { scale: BAND_SCALE },
    titleRows,
    titleColumns,
  };
}

/**
 * The footer of a planner sheet: the plan's name and the sheet's (`&A`), the
 * as-of date (or what else the centre says), and the page.
 * @example planFooter("Northside & Co", "As of 16/11/2009") // { left: "Northside && Co — &A", center: "As of 16/11/2009", right: "Page &P of &N" }
 */
export function planFooter(planName: string, center: string): NonNullable<PrintSpec["footer"]> {
  const right = "Page &P of &N";
  const room = MAX_FOOTER - center.length - right.length - 12;
  return { left: `${footerText(planName, Math.min(80, room))} — &A`, center, right };
}

/**
 * The as-of footer's centre text.
 * @example asOfText(dayFromIso("2009-11-16")) // "As of 16/11/2009"
 */
export function asOfText(asOf: Day): string {
  return `As of ${ukOf(asOf)}`;
}

/** Text as a footer shows it: `&` doubled (a single one starts a code), cut to `max` characters. */
function footerText(text: string, max: number): string {
  const cut = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return cut.replace(/&/g, "&&");
}

/**
 * A template sheet: one page wide, as many pages down as its rows need, its headings on each.
 * @example onePageWide("landscape", "$2:$3") // { orientation: "landscape", fit: { wide: 1, tall: 0 }, titleRows: "$2:$3" }
 */
export function onePageWide(orientation: PrintSpec["orientation"], titleRows?: string): PrintSpec {
  return { orientation, fit: { wide: 1, tall: 0 }, ...(titleRows ? { titleRows } : {}) };
}

/**
 * Each sheet with the footer added to its page set-up (sheets without one are left as they are).
 * @example withFooter(spec.sheets, planFooter("Northside", "As of 16/11/2009"))
 */
export function withFooter(sheets: SheetSpec[], footer: NonNullable<PrintSpec["footer"]>): void {
  for (const sheet of sheets) if (sheet.print) sheet.print = { ...sheet.print, footer };
}
