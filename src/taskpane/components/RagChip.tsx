import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { RagValue } from "../../core/types";
import { useRagChips } from "./ragStyles";

const useStyles = makeStyles({
  chip: {
    display: "inline-block",
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    paddingInline: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
});

export interface RagChipProps {
  rag: RagValue;
  /** Shown after the value, e.g. a count. */
  suffix?: string | number;
}

/** A RAG value as a coloured label; the word is always there, so colour is never the only cue. */
export function RagChip({ rag, suffix }: RagChipProps) {
  const styles = useStyles();
  const chips = useRagChips();
  return (
    <span className={mergeClasses(styles.chip, chips[rag])}>{suffix === undefined ? rag : `${rag} ${suffix}`}</span>
  );
}
