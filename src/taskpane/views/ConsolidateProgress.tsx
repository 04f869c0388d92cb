import { ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ProgressStep } from "../../contract/operations";
import type { Progress } from "../state/plannerState";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const STEP_TEXT: Record<ProgressStep, string> = {
  reading: "Reading the plan sheets…",
  computing: "Computing the timeline, load and status…",
  writing: "Writing Timeline, Load and Dashboard…",
};

/** The Consolidate progress bar through reading, computing and writing. */
export function ConsolidateProgress({ progress }: { progress: Progress | null }) {
  const styles = useStyles();
  const text = progress ? STEP_TEXT[progress.step] : "Starting…";
  return (
    <div className={styles.root}>
      <Text id="consolidate-step" aria-live="polite">
        {text}
      </Text>
      <ProgressBar
        aria-labelledby="consolidate-step"
        value={progress ? Math.min(1, Math.max(0, progress.fraction)) : 0}
        max={1}
        thickness="large"
      />
    </div>
  );
}
