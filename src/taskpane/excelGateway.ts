/**
 * The pane's gateway in Excel: each use case of src/excel as the pane calls it.
 * The only taskpane file besides index.tsx that reaches the Excel host.
 */
import { COMMAND_ERROR_EVENT, PlannerError } from "../contract/errorAdvice";
import {
  addArea,
  addPlans,
  applyStructure,
  clearFlags,
  consolidateWorkbook,
  flagOverloads,
  setFillIds,
  setFunctionNames,
  setBaseline,
  goToCell,
  newPlan,
  proposeStructure,
  setOwnerCapacity,
  startAutoRefresh,
  UNDO_API,
  excelApiSupported,
  type AutoRefresh,
} from "../excel";
import type { PlannerGateway } from "./gateway";

/**
 * The Excel host behind the pane's gateway interface.
 * @example createRoot(el).render(<Root gateway={createExcelGateway()} />)
 */
export function createExcelGateway(): PlannerGateway {
  let refresh: AutoRefresh | null = null;
  return {
    newPlan: (options) => newPlan(options),
    addArea: (name) => addArea(name),
    proposeStructure: () => proposeStructure(),
    applyStructure: (proposal) => applyStructure(proposal),
    consolidate: (options) => consolidateWorkbook({ onProgress: options?.onProgress, baseline: options?.baseline }),
    flagOverloads: () => flagOverloads(),
    setFunctionNames: (on) => setFunctionNames(on),
    setBaseline: () => setBaseline(),
    setFillIds: (on) => setFillIds(on),
    addPlans: (files) => addPlans(files),
    clearFlags: () => clearFlags(),
    setOwnerCapacity: (owner, capacity) => setOwnerCapacity(owner, capacity),
    goToCell: (target) => goToCell(target),
    writesKeepUndo: () => excelApiSupported(UNDO_API),
    async startAutoRefresh(listener) {
      await refresh?.stop();
      refresh = await startAutoRefresh(listener, (error) => {
        const advice = error instanceof PlannerError ? error.advice : undefined;
        window.dispatchEvent(new CustomEvent(COMMAND_ERROR_EVENT, { detail: { message: error.message, advice } }));
      });
    },
    async stopAutoRefresh() {
      await refresh?.stop();
      refresh = null;
    },
  };
}
