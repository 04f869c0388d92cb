import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { usePlannerApi } from "../state/plannerContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

export interface NeedsConsolidateProps {
  /** What the view will show, e.g. "who is overloaded". */
  shows: string;
}

/** The empty state of the views that need a consolidation first. */
export function NeedsConsolidate({ shows }: NeedsConsolidateProps) {
  const styles = useStyles();
  const { state, consolidate } = usePlannerApi();
  return (
    <div className={styles.root}>
      <Body1>Consolidate the plan to see {shows}.</Body1>
      <Button appearance="primary" disabledFocusable={state.busy !== null} onClick={() => void consolidate()}>
        Consolidate
      </Button>
    </div>
  );
}
