/** Whether a package is a macro-enabled workbook, by its workbook part's content type. */
import { openPackage } from "../../reader/zipParts";
import { parseXml } from "../../reader/xmlEvents";

/** The content type of a macro-enabled workbook part (ECMA-376 Part 1, 12.3.23; [MS-OFFMACRO2]). */
const MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

/**
 * True when the package's content types give its workbook part the macro-enabled type.
 * @example isMacroPackage(fs.readFileSync("plan.xlsm")) // true
 */
export function isMacroPackage(bytes: Uint8Array): boolean {
  const parts = openPackage(bytes);
  const types = parts.read(["[content_types].xml"]).get("[content_types].xml");
  if (!types) return false;
  let macro = false;
  parseXml(types, "[Content_Types].xml", {
    open(name, attributes) {
      if (name === "Override" && attributes.ContentType === MACRO_WORKBOOK) macro = true;
    },
  });
  return macro;
}
