/** The load grid's colours, shared by the Load sheet and the Dashboard's heat strip: bold on red above capacity, shaded by load below. */
import { COLOURS } from "./palette";
import type { ConditionalRule } from "./types";

/**
 * The two rules over `grid`, whose top-left cell is `firstCell`; `capacityCell` is that row's capacity (column absolute).
 * @example loadHeatRules("B6:Z20", "B6", "$AB6", 5)[0].formula // "=B6>$AB6"
 */
export function loadHeatRules(
  grid: string,
  firstCell: string,
  capacityCell: string,
  maxLoad: number,
): ConditionalRule[] {
  return [
    {
      kind: "expression",
      range: grid,
      formula: `=${firstCell}>${capacityCell}`,
      fill: COLOURS.overloadFill,
      fontColor: COLOURS.overloadFont,
      bold: true,
      stopIfTrue: true,
    },
    {
      kind: "colorScale",
      range: grid,
      min: { value: 0, color: COLOURS.heatLow },
      max: { value: maxLoad, color: COLOURS.heatHigh },
    },
  ];
}
