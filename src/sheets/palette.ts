/** The colours the add-in writes, declared once so every sheet and host agrees. */
import type { RagValue } from "../core/types";

export const COLOURS = {
  titleFont: "#1F3864",
  stampFont: "#595959",
  headerFill: "#1F4E78",
  headerFont: "#FFFFFF",
  sectionFill: "#D9E1F2",
  bar: "#5B9BD5",
  barComplete: "#A9C4E4",
  barPastDue: "#C00000",
  review: "#7030A0",
  thisWeek: "#FFF2CC",
  overloadFill: "#C00000",
  overloadFont: "#FFFFFF",
  heatLow: "#FFFFFF",
  /** The baseline's due week on the Timeline: dark, so it reads in black and white beside the bars. */
  baselineDue: "#404040",
  heatHigh: "#F4B183",
  flagFill: "#FFC7CE",
  flagFont: "#9C0006",
  pastDueFill: "#FDE9E7",
  pastDueFont: "#9C0006",
  filledId: "#E2EFDA",
} as const;

/** Fill and font of each RAG value (Amber/Red and Amber/Green: amber with the other half as the text colour). */
export const RAG_STYLE: Record<RagValue, { fill: string; font: string }> = {
  Red: { fill: "#C00000", font: "#FFFFFF" },
  "Amber/Red": { fill: "#FFC000", font: "#C00000" },
  Amber: { fill: "#FFC000", font: "#000000" },
  "Amber/Green": { fill: "#FFC000", font: "#00703C" },
  Green: { fill: "#00B050", font: "#FFFFFF" },
  Complete: { fill: "#5B9BD5", font: "#FFFFFF" },
  "Not rated": { fill: "#D9D9D9", font: "#404040" },
};

/** The seven steps' band colours, then Progress. */
export const STEP_FILLS = ["#DDEBF7", "#E2EFDA", "#FFF2CC", "#FCE4D6", "#EDE7F6", "#E0F2F1", "#F2F2F2", "#D9E1F2"];
