/** LibreOffice headless, as an independent engine that opens and recalculates .xlsx files. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { requireEngine } from "../../testkit/engines";

/** LibreOffice's CSV filter: comma, double quotes, UTF-8, raw values (not as shown), every sheet to its own file. */
const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1";

function soffice(args: string[], outdir: string): void {
  const bin = requireEngine("soffice");
  const profile = `file:///tmp/lo-profile-${process.pid}`;
  execFileSync(bin, [`-env:UserInstallation=${profile}`, "--headless", ...args, "--outdir", outdir], {
    stdio: "pipe",
    timeout: 120_000,
  });
}

/**
 * Open `file` in LibreOffice (which recalculates formulas written without
 * cached results) and export every sheet as CSV: sheet name → rows of cells.
 */
export function exportSheetsAsCsv(file: string, outdir: string): Map<string, string[][]> {
  fs.mkdirSync(outdir, { recursive: true });
  soffice(["--convert-to", CSV_ALL_SHEETS, file], outdir);
  const base = path.basename(file, path.extname(file));
  const sheets = new Map<string, string[][]>();
  for (const name of fs.readdirSync(outdir)) {
    if (!name.startsWith(`${base}-`) || !name.endsWith(".csv")) continue;
    sheets.set(name.slice(base.length + 1, -4), parseCsv(fs.readFileSync(path.join(outdir, name), "utf8")));
  }
  return sheets;
}

/** A part of the page to keep, in pixels at the render's resolution. */
export interface Crop {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Render `file` to PDF, then its first page (or part of it) to PNG at `dpi`; returns the PNG's path. */
export function renderFirstPagePng(file: string, outdir: string, pngName: string, dpi = 150, crop?: Crop): string {
  fs.mkdirSync(outdir, { recursive: true });
  soffice(["--convert-to", "pdf", file], outdir);
  const pdf = path.join(outdir, `${path.basename(file, ".xlsx")}.pdf`);
  const prefix = path.join(outdir, pngName);
  const area = crop ? ["-x", crop.x, "-y", crop.y, "-W", crop.width, "-H", crop.height].map(String) : [];
  execFileSync(
    requireEngine("pdftoppm"),
    ["-png", "-r", String(dpi), ...area, "-f", "1", "-l", "1", "-singlefile", pdf, prefix],
    {
      stdio: "pipe",
    },
  );
  return `${prefix}.png`;
}

/** A small RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Print `file` to PDF as LibreOffice would (every sheet, its own page set-up) and
 * return the text of each page, laid out (pdftotext, beside pdftoppm in poppler).
 */
export function printedPages(file: string, outdir: string): { pdf: string; pages: string[] } {
  fs.mkdirSync(outdir, { recursive: true });
  soffice(["--convert-to", "pdf", file], outdir);
  const pdf = path.join(outdir, `${path.basename(file, ".xlsx")}.pdf`);
  const poppler = path.dirname(requireEngine("pdftoppm"));
  const pdftotext = path.join(poppler, process.platform === "win32" ? "pdftotext.exe" : "pdftotext");
  const text = execFileSync(pdftotext, ["-layout", pdf, "-"], { encoding: "utf8" });
  // Pages end with a form feed; the last one is followed by nothing.
  return { pdf, pages: text.split("\f").slice(0, -1) };
}

/** Render page `page` (1-based) of `pdf` to PNG at `dpi`; returns the PNG's path. */
export function renderPdfPage(pdf: string, page: number, pngPath: string, dpi = 110): string {
  const prefix = pngPath.replace(/\.png$/, "");
  execFileSync(
    requireEngine("pdftoppm"),
    ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf, prefix],
    { stdio: "pipe" },
  );
  return `${prefix}.png`;
}
