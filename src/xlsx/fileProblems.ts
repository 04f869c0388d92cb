/**
 * Plain sentences for files the planner cannot use: what the file is, and what
 * to do. A user who hands `implan` a renamed .xls or an encrypted workbook
 * should hear that, not the zip library's "is this a zip file?".
 */
import * as fs from "fs";

/** A file that cannot be read as a workbook, or written: the CLI turns it into exit code 2. */
export class WorkbookFileError extends Error {}

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from("PK\x03\x04", "latin1");
/** Encrypted .xlsx files are OLE containers holding these streams (MS-OFFCRYPTO 2.3.4). */
const ENCRYPTION_STREAM = Buffer.from("EncryptionInfo", "utf16le");

/**
 * Why `file` is not a workbook the planner can read, judged from its bytes;
 * `detail` is the reader's own message, used only when nothing better is known.
 * @example whyUnreadable("old.xlsx", "…") // "old.xlsx: is an old Excel 97–2003 (.xls) workbook …"
 */
export function whyUnreadable(file: string, detail: string): string {
  const bytes = fs.readFileSync(file);
  if (bytes.length === 0)
    return `${file}: is empty (0 bytes); it may not have finished saving — save it again from Excel`;
  if (bytes.subarray(0, 8).equals(OLE_SIGNATURE)) {
    return bytes.includes(ENCRYPTION_STREAM)
      ? `${file}: this workbook is password-protected (encrypted); open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password), save it and try again`
      : `${file}: is an old Excel 97–2003 (.xls) workbook with an .xlsx name; open it in Excel and save it as Excel Workbook (.xlsx)`;
  }
  if (!bytes.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    return `${file}: is not an Excel workbook (an .xlsx file is a zip package; this is not one); save the plan from Excel as Excel Workbook (.xlsx)`;
  }
  const head = bytes.subarray(0, 200).toString("latin1");
  if (head.includes("mimetypeapplication/vnd.oasis.opendocument")) {
    return `${file}: is an OpenDocument (.ods) spreadsheet with an .xlsx name; open it in LibreOffice or Excel and save it as Excel 2007–365 (.xlsx)`;
  }
  if (!bytes.includes(Buffer.from("xl/workbook.xml", "latin1"))) {
    return `${file}: is a zip file but not an Excel workbook (it has no xl/workbook.xml); save the plan from Excel as Excel Workbook (.xlsx)`;
  }
  return `${file}: the planner's file reader cannot read this workbook (${detail.slice(0, 160)}); open it in Excel and save it again as Excel Workbook (.xlsx), or use the add-in inside Excel, which reads it through Excel itself`;
}

/**
 * A sentence for a failure to write `file`, from the system's error code.
 * @example whyUnwritable("out/plan.xlsx", Object.assign(new Error(), { code: "EACCES" }))
 */
export function whyUnwritable(file: string, error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case "EISDIR":
      return `${file}: is a folder; give a file name to write, e.g. ${file.replace(/[\\/]+$/, "")}/consolidated.xlsx`;
    case "ENOTDIR":
    case "EEXIST":
      return `${file}: part of this path is a file, not a folder; choose an output path inside a folder`;
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return `${file}: cannot be written here (no permission); choose a folder you can write to`;
    case "ENOSPC":
      return `${file}: the disk is full; free some space or write elsewhere`;
    case "ENAMETOOLONG":
      return `${file}: the path is too long; choose a shorter one`;
    default:
      return `${file}: cannot be written (${error instanceof Error ? error.message : String(error)}); choose another output path`;
  }
}
