/** Actions and risks grouped under the plan's areas. */
import type { Action, Area, Risk } from "../types";
import { nameKey } from "../rules/names";

export interface AreaContents {
  area: Area;
  /** In plan order. */
  actions: Action[];
  risks: Risk[];
}

/**
 * Each area with its actions and risks, matched by name (case-insensitive,
 * trimmed). Actions and risks under no listed area are left out.
 * @example groupByArea(plan)[0].actions.length // 12
 */
export function groupByArea(plan: {
  areas: readonly Area[];
  actions: readonly Action[];
  risks: readonly Risk[];
}): AreaContents[] {
  const byKey = new Map<string, AreaContents>();
  const groups = plan.areas.map((area) => {
    const group: AreaContents = { area, actions: [], risks: [] };
    if (!byKey.has(nameKey(area.name))) byKey.set(nameKey(area.name), group);
    return group;
  });
  for (const action of plan.actions) byKey.get(nameKey(action.area))?.actions.push(action);
  for (const risk of plan.risks) byKey.get(nameKey(risk.area))?.risks.push(risk);
  return groups;
}
