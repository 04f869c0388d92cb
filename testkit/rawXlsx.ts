/**
 * Builds .xlsx packages part by part, the way other programs write them, so
 * tests meet what users really have: openpyxl writes relationship targets as
 * absolute paths and booleans as `1`; LibreOffice writes relative targets,
 * `true`, and tables without a style element. ExcelJS never writes these
 * shapes itself, so a workbook it saved would hide the planner's bugs.
 */
import JSZip from "jszip";
import { colLetters, parseA1 } from "../src/core/parse/a1";

export type RawValue = string | number | boolean | { date: string } | null;

export interface RawTable {
  ref: string;
  columns: string[];
  /** False for LibreOffice's tables, which have no `tableStyleInfo`. */
  styled?: boolean;
}

export interface RawSheet {
  name: string;
  /** Rows from A1 down; a `{ date }` is stored as a serial with a date format. */
  rows?: RawValue[][];
  /** Cells anywhere, by address (the stray cell at XFD1048576). */
  cells?: Record<string, RawValue>;
  /** `<dataValidation>` elements: each a range (`D2:D1048576`, `D:D`) with a list. */
  listValidations?: { sqref: string; list: string }[];
  tables?: RawTable[];
}

export interface RawWorkbook {
  sheets: RawSheet[];
  flavour?: "openpyxl" | "libreoffice";
  date1904?: boolean;
  /** A defined name per entry, e.g. `{ name: "Planner_Sheet_Load", refersTo: "Load!$A$1" }`. */
  names?: { name: string; refersTo: string; localSheetId?: number; comment?: string; hidden?: boolean }[];
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * The package's bytes.
 * @example fs.writeFileSync("stray.xlsx", await rawXlsx({ sheets: [{ name: "S", cells: { XFD1048576: "x" } }] }));
 */
export async function rawXlsx(book: RawWorkbook): Promise<Buffer> {
  const libre = book.flavour === "libreoffice";
  const yes = libre ? "true" : "1";
  const target = (path: string) => (libre ? path : `/xl/${path}`);
  const zip = new JSZip();
  const strings: string[] = [];
  let tableNo = 0;
  const overrides: string[] = [];
  const sheetEntries: string[] = [];
  const sheetRels: string[] = [];
  book.sheets.forEach((sheet, i) => {
    const n = i + 1;
    const cells = new Map<string, RawValue>();
    (sheet.rows ?? []).forEach((row, r) =>
      row.forEach((v, c) => v !== null && cells.set(`${colLetters(c)}${r + 1}`, v)),
    );
    for (const [address, v] of Object.entries(sheet.cells ?? {})) cells.set(address, v);
    const tableRels: string[] = [];
    const tableParts = (sheet.tables ?? []).map((table, t) => {
      tableNo++;
      zip.file(`xl/tables/table${tableNo}.xml`, tableXml(table, tableNo));
      overrides.push(override(`/xl/tables/table${tableNo}.xml`, "table"));
      tableRels.push(
        rel(`rId${t + 1}`, "table", libre ? `../tables/table${tableNo}.xml` : `/xl/tables/table${tableNo}.xml`),
      );
      return `<tablePart r:id="rId${t + 1}"/>`;
    });
    zip.file(`xl/worksheets/sheet${n}.xml`, sheetXml(cells, strings, sheet, tableParts));
    if (tableRels.length) zip.file(`xl/worksheets/_rels/sheet${n}.xml.rels`, rels(tableRels));
    overrides.push(override(`/xl/worksheets/sheet${n}.xml`, "worksheet"));
    sheetEntries.push(`<sheet name="${esc(sheet.name)}" sheetId="${n}" r:id="rId${n}"/>`);
    sheetRels.push(rel(`rId${n}`, "worksheet", target(`worksheets/sheet${n}.xml`)));
  });
  const count = book.sheets.length;
  sheetRels.push(rel(`rId${count + 1}`, "styles", target("styles.xml")));
  sheetRels.push(rel(`rId${count + 2}`, "sharedStrings", target("sharedStrings.xml")));
  const names = (book.names ?? []).map(
    (d) =>
      `<definedName name="${esc(d.name)}"${d.comment === undefined ? "" : ` comment="${esc(d.comment)}"`}` +
      `${d.localSheetId === undefined ? "" : ` localSheetId="${d.localSheetId}"`}${d.hidden ? ` hidden="${yes}"` : ""}>${esc(d.refersTo)}</definedName>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
      `<workbookPr${book.date1904 ? ` date1904="${yes}"` : ""}/><sheets>${sheetEntries.join("")}</sheets>` +
      `${names.length ? `<definedNames>${names.join("")}</definedNames>` : ""}</workbook>`,
  );
  zip.file("xl/_rels/workbook.xml.rels", rels(sheetRels));
  zip.file("xl/styles.xml", STYLES);
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
      strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("") +
      "</sst>",
  );
  zip.file("_rels/.rels", rels([rel("rId1", "officeDocument", libre ? "xl/workbook.xml" : "/xl/workbook.xml")]));
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      override("/xl/styles.xml", "styles") +
      override("/xl/sharedStrings.xml", "sharedStrings") +
      overrides.join("") +
      "</Types>",
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function sheetXml(cells: Map<string, RawValue>, strings: string[], sheet: RawSheet, tableParts: string[]): string {
  const byRow = new Map<number, string[]>();
  const sorted = [...cells.entries()].sort((a, b) => order(a[0]) - order(b[0]));
  for (const [address, value] of sorted) {
    const row = Number(/\d+$/.exec(address)![0]);
    const list = byRow.get(row) ?? [];
    list.push(cellXml(address, value, strings));
    byRow.set(row, list);
  }
  const rows = [...byRow.entries()].map(([r, list]) => `<row r="${r}">${list.join("")}</row>`).join("");
  const validations = sheet.listValidations?.length
    ? `<dataValidations count="${sheet.listValidations.length}">` +
      sheet.listValidations
        .map(
          (v) =>
            `<dataValidation type="list" allowBlank="1" sqref="${v.sqref}"><formula1>${esc(v.list)}</formula1></dataValidation>`,
        )
        .join("") +
      "</dataValidations>"
    : "";
  const parts = tableParts.length ? `<tableParts count="${tableParts.length}">${tableParts.join("")}</tableParts>` : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData>${validations}${parts}</worksheet>`;
}

/** Reading order: by row, then column. */
function order(address: string): number {
  const { col, row } = parseA1(address);
  return row * 20000 + col;
}

function cellXml(address: string, value: RawValue, strings: string[]): string {
  if (typeof value === "number") return `<c r="${address}"><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${address}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value !== null && typeof value === "object") return `<c r="${address}" s="1"><v>${serialOf(value.date)}</v></c>`;
  strings.push(String(value));
  return `<c r="${address}" t="s"><v>${strings.length - 1}</v></c>`;
}

/** 1900-system serial of an ISO date (the tests' 1904 workbooks pass serials as numbers). */
export function serialOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) + 25569;
}

function tableXml(table: RawTable, id: number): string {
  const style =
    table.styled === false ? "" : `<tableStyleInfo name="TableStyleMedium9" showRowStripes="1" showColumnStripes="0"/>`;
  const columns = table.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${esc(c)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="${id}" name="Table${id}" displayName="Table${id}" ref="${table.ref}" headerRowCount="1">` +
    `<autoFilter ref="${table.ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns>${style}</table>`
  );
}

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `</styleSheet>`;

function rels(list: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${list.join("")}</Relationships>`;
}

function rel(id: string, type: string, to: string): string {
  return `<Relationship Id="${id}" Type="${REL}/${type}" Target="${to}"/>`;
}

function override(part: string, kind: string): string {
  return `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${kind === "worksheet" ? "worksheet" : kind}+xml"/>`;
}

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
