/** The planner's state and use cases, for the views (provided once by <Planner>). */
import { createContext, useContext } from "react";
import type { PlannerApi } from "./usePlanner";

export const PlannerContext = createContext<PlannerApi | null>(null);

/**
 * The planner API of the nearest <Planner>.
 * @example const { state, consolidate } = usePlannerApi();
 */
export function usePlannerApi(): PlannerApi {
  const api = useContext(PlannerContext);
  if (!api) throw new Error("usePlannerApi must be used inside <Planner>.");
  return api;
}
