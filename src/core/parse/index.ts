/** The reading half of the core: grids in, a plan and its problems out. */
export { parseWorkbook } from "./workbook";
export { cellAddress, cellReference, colLetters, parseA1, quotedSheetName, readA1, sheetReference } from "./a1";
export { isErrorValue, numberOf, textOf } from "./cells";
export { readDateCell, type DateRead } from "./dates";
export {
  detectHeader,
  fieldForHeader,
  normaliseHeader,
  HEADER_SEARCH_ROWS,
  type HeaderColumn,
  type HeaderField,
  type HeaderMatch,
} from "./headers";
export { horizonMonths, resolveHorizons } from "./horizons";
export { OwnerDirectory, splitOwners } from "./owners";
export { peopleColumns } from "./peopleSheet";
export { nameKey } from "../rules/names";
export { CAPACITY_EXPECTED, CAPACITY_MAX, CAPACITY_MIN, isCapacity, readCapacity } from "../rules/capacity";
export { readPercent } from "../rules/percent";
