import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { OwnerLoad } from "../../core/analysisTypes";
import type { Day } from "../../core/types";
import { ukDate } from "../format";
import { loadStrip } from "./loadStripBars";

const useStyles = makeStyles({
  strip: {
    position: "relative",
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.strokeWidthThin,
    height: tokens.spacingVerticalXXXL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  bar: {
    flexGrow: 1,
    flexBasis: 0,
    minWidth: tokens.strokeWidthThin,
    backgroundColor: tokens.colorBrandBackground,
    // Forced colours drop backgrounds: draw the bars in system colours instead.
    "@media (forced-colors: active)": { forcedColorAdjust: "none", backgroundColor: "CanvasText" },
  },
  over: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    "@media (forced-colors: active)": { backgroundColor: "Highlight" },
  },
  // The capacity line: a box as tall as the capacity whose top edge is the line.
  capacity: {
    position: "absolute",
    left: 0,
    right: 0,
    bottom: 0,
    borderTop: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralForeground1}`,
    pointerEvents: "none",
  },
});

export interface LoadStripProps {
  load: OwnerLoad;
  firstWeek: Day;
}

/** A sparkline-like strip: one bar per week, red above capacity, with a dashed capacity line. */
export function LoadStrip({ load, firstWeek }: LoadStripProps) {
  const styles = useStyles();
  const strip = loadStrip(load);
  const peakWeek = load.weeks.indexOf(load.peak);
  const label =
    `Actions per week from ${ukDate(firstWeek)}: peak ${load.peak}` +
    (peakWeek >= 0 ? ` in the week of ${ukDate(firstWeek + 7 * peakWeek)}` : "") +
    `, against a capacity of ${load.capacity}; over capacity in ${load.overloadedWeeks} of ${load.weeks.length} weeks.`;
  return (
    <div className={styles.strip} role="img" aria-label={label}>
      {strip.bars.map((bar) => (
        <div
          key={bar.week}
          className={mergeClasses(styles.bar, bar.over && styles.over)}
          style={{ height: `${bar.heightPct}%` }}
        />
      ))}
      <div className={styles.capacity} style={{ height: `${strip.capacityPct}%` }} />
    </div>
  );
}
