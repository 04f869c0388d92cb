/** Where things sit in the template workbook, shared by the sheets that refer to each other. */

export const PLAN_SHEET = "Plan";
export const PEOPLE_SHEET = "People";
export const RISKS_SHEET = "Risks";

/** Area sheets: title row, step band row, then the table's header row. */
export const AREA_BAND_ROW = 2;
export const AREA_HEADER_ROW = 3;

/** Plan sheet: settings in rows 1–7, the list of areas under a header on row 10. */
export const PLAN_AREA_HEADER_ROW = 10;
export const PLAN_MAX_AREAS = 60;

/** People and Risks: header on row 1. */
export const PEOPLE_MAX_ROWS = 500;

/** Validations and input messages reach this many rows below a header (Excel tables carry them on as rows are added). */
export const VALIDATION_ROWS = 500;

/** `=People!$A$2:$A$501`: the names offered in Owner drop-downs. */
export const PEOPLE_NAMES_SOURCE = `=${PEOPLE_SHEET}!$A$2:$A$${PEOPLE_MAX_ROWS + 1}`;

/** `=Plan!$A$11:$A$70`: the areas offered in the Risks sheet's Area drop-down. */
export const PLAN_AREAS_SOURCE = `=${PLAN_SHEET}!$A$${PLAN_AREA_HEADER_ROW + 1}:$A$${PLAN_AREA_HEADER_ROW + PLAN_MAX_AREAS}`;

/** Last row validations cover below a header row for a block of `dataRows` rows. */
export function validationEnd(headerRow: number, dataRows: number): number {
  return headerRow + Math.max(VALIDATION_ROWS, dataRows + 100);
}
