import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { RagCounts } from "../../core/analysisTypes";
import { RagChip } from "../components/RagChip";
import { RAG_ORDER, useRagFills } from "../components/ragStyles";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    height: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground4,
  },
  segment: {
    height: "100%",
    // Keep the RAG fills under forced colours (the chips below carry the words).
    "@media (forced-colors: active)": { forcedColorAdjust: "none" },
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
    marginTop: tokens.spacingVerticalXS,
  },
});

/**
 * Shares of a stacked bar, in percent, worst first; values with no count are left out.
 * @example ragShares({ Red: 1, Green: 3, ... }) // [["Red", 25], ["Green", 75]]
 */
export function ragShares(counts: RagCounts): [keyof RagCounts, number][] {
  const total = RAG_ORDER.reduce((n, v) => n + counts[v], 0);
  if (total === 0) return [];
  return RAG_ORDER.filter((v) => counts[v] > 0).map((v) => [v, (counts[v] / total) * 100]);
}

/** RAG counts as one stacked bar (widths computed, colours declared) with the counts spelt out beneath. */
export function RagBar({ counts, label }: { counts: RagCounts; label: string }) {
  const styles = useStyles();
  const fills = useRagFills();
  const shares = ragShares(counts);
  const spoken = shares.map(([v]) => `${v} ${counts[v]}`).join(", ") || "no actions";
  return (
    <div>
      <div className={styles.bar} role="img" aria-label={`${label}: ${spoken}`}>
        {shares.map(([value, pct]) => (
          <div key={value} className={mergeClasses(styles.segment, fills[value])} style={{ width: `${pct}%` }} />
        ))}
      </div>
      <ul className={styles.legend} aria-hidden="true">
        {shares.map(([value]) => (
          <li key={value}>
            <RagChip rag={value} suffix={counts[value]} />
          </li>
        ))}
      </ul>
    </div>
  );
}
