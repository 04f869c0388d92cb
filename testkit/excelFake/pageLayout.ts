/**
 * Fake Excel.PageLayout (ExcelApi 1.9): what a sheet prints. Sources
 * (learn.microsoft.com/javascript/api/excel/excel.pagelayout, excel.pagelayoutzoomoptions,
 * excel.headerfootergroup, excel.headerfooter):
 * - `orientation` is "Portrait" or "Landscape"; `paperSize` an Excel.PaperType such as "A4".
 * - `zoom.scale` "can be between 10 and 400"; `horizontalFitToPages` and
 *   `verticalFitToPages` "can be null if percentage scale is used". Giving a scale
 *   and pages together is not documented: the fake refuses it (InvalidArgument).
 *   A fit of 0 pages (as many as it takes, a file's `fitToHeight="0"`) is not
 *   documented either: the fake takes whole numbers from 0.
 * - `setPrintTitleRows` / `setPrintTitleColumns` take whole rows (`$1:$3`) and
 *   whole columns (`$A:$C`); the fake refuses anything else (InvalidArgument).
 * - `headersFooters.defaultForAllPages.leftFooter` … take Excel's header and
 *   footer codes; Excel's Page Setup dialog takes at most 255 characters in a
 *   section, and the fake refuses more.
 */
import { officeError, type FakeExcel } from "./excel";
import type { SheetState } from "./state";

export interface PageLayoutState {
  orientation?: string;
  paperSize?: string;
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea?: string;
  titleRows?: string;
  titleColumns?: string;
  footer: { left?: string; center?: string; right?: string };
}

const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPER = ["A3", "A4", "A5", "Letter", "Legal"];

/**
 * The page layout proxy of a sheet: each setter is one queued operation, checked when it runs.
 * @example sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
 */
export function fakePageLayout(fx: FakeExcel, sheet: () => SheetState) {
  const layout = () => (sheet().pageLayout ??= { footer: {} });
  const set = (bytes: number, apply: (state: PageLayoutState) => void) => fx.enqueue(bytes, () => apply(layout()));
  const footerSection = (key: "left" | "center" | "right") => ({
    set(text: string) {
      set(text.length, (state) => {
        if (text.length > 255) throw officeError("InvalidArgument", `a footer section of ${text.length} characters`);
        state.footer[key] = text;
      });
    },
  });
  const sections = {
    left: footerSection("left"),
    center: footerSection("center"),
    right: footerSection("right"),
  };
  return {
    set orientation(value: string) {
      set(10, (state) => {
        if (!ORIENTATIONS.includes(value)) throw officeError("InvalidArgument", `orientation ${value}`);
        state.orientation = value;
      });
    },
    set paperSize(value: string) {
      set(10, (state) => {
        if (!PAPER.includes(value)) throw officeError("InvalidArgument", `paper size ${value}`);
        state.paperSize = value;
      });
    },
    set zoom(value: NonNullable<PageLayoutState["zoom"]>) {
      set(30, (state) => {
        const fit = [value.horizontalFitToPages, value.verticalFitToPages].filter((n) => n !== undefined);
        const badFit = fit.some((n) => !Number.isInteger(n) || (n as number) < 0);
        const badScale = value.scale !== undefined && (value.scale < 10 || value.scale > 400);
        if (badFit || badScale || (value.scale !== undefined && fit.length > 0)) {
          throw officeError("InvalidArgument", `zoom ${JSON.stringify(value)}`);
        }
        state.zoom = { ...value };
      });
    },
    setPrintArea(address: string) {
      set(address.length, (state) => void (state.printArea = address));
    },
    setPrintTitleRows(address: string) {
      set(address.length, (state) => {
        if (!/^\$?\d+:\$?\d+$/.test(address)) throw officeError("InvalidArgument", `title rows ${address}`);
        state.titleRows = address;
      });
    },
    setPrintTitleColumns(address: string) {
      set(address.length, (state) => {
        if (!/^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/.test(address)) {
          throw officeError("InvalidArgument", `title columns ${address}`);
        }
        state.titleColumns = address;
      });
    },
    headersFooters: {
      defaultForAllPages: {
        set leftFooter(text: string) {
          sections.left.set(text);
        },
        set centerFooter(text: string) {
          sections.center.set(text);
        },
        set rightFooter(text: string) {
          sections.right.set(text);
        },
      },
    },
  };
}
