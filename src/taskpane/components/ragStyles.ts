/**
 * RAG colours as declared classes, one per value, picked with mergeClasses:
 * never computed colours. Fills for bars, tinted chips for labels.
 */
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import type { RagValue } from "../../core/types";

/** Saturated fills, for the segments of stacked bars. */
export const useRagFills = makeStyles({
  Red: { backgroundColor: tokens.colorPaletteRedBackground3 },
  "Amber/Red": { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  Amber: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  "Amber/Green": { backgroundColor: tokens.colorPaletteLightGreenBackground3 },
  Green: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  Complete: { backgroundColor: tokens.colorPaletteBlueBorderActive },
  "Not rated": { backgroundColor: tokens.colorNeutralStrokeAccessible },
});

/** Tinted chips with readable text in light and dark themes, for labels such as "Red 3". */
export const useRagChips = makeStyles({
  Red: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder2),
  },
  "Amber/Red": {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    color: tokens.colorPaletteDarkOrangeForeground1,
    ...shorthands.borderColor(tokens.colorPaletteDarkOrangeBorder2),
  },
  Amber: {
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
    color: tokens.colorNeutralForeground1,
    ...shorthands.borderColor(tokens.colorPaletteMarigoldBorder2),
  },
  "Amber/Green": {
    backgroundColor: tokens.colorPaletteLightGreenBackground1,
    color: tokens.colorPaletteLightGreenForeground1,
    ...shorthands.borderColor(tokens.colorPaletteLightGreenBorder2),
  },
  Green: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    ...shorthands.borderColor(tokens.colorPaletteGreenBorder2),
  },
  Complete: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorPaletteBlueForeground2,
    ...shorthands.borderColor(tokens.colorPaletteBlueBorderActive),
  },
  "Not rated": {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    ...shorthands.borderColor(tokens.colorNeutralStroke1),
  },
});

/** Worst first, then the values outside the scale: the order bars and legends follow. */
export const RAG_ORDER: readonly RagValue[] = [
  "Red",
  "Amber/Red",
  "Amber",
  "Amber/Green",
  "Green",
  "Complete",
  "Not rated",
];
