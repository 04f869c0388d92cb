/** The Excel host: the add-in's use cases on the open workbook, through Office.js. */
export { startAutoRefresh, REFRESH_DELAY_MS, type AutoRefresh } from "./autoRefresh";
export { setBaseline } from "./baseline";
export { consolidateWorkbook, type ConsolidateRun } from "./consolidate";
export { clearFlags, flagOverloads } from "./flags";
export { setFunctionNames } from "./functionNames";
export { goToCell, setOwnerCapacity } from "./people";
export { addArea, newPlan } from "./planSheets";
export { MIN_EXCEL_API, NOTES_API, UNDO_API, excelApiSupported } from "./requirements";
export { excelRun, ExcelHostError, type ExcelRunner } from "./session";
export { applyStructure, proposalFor, proposeStructure } from "./structure";
export { addPlans } from "./addPlans";
export { setFillIds } from "./fillIdsSwitch";
