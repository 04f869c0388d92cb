import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { usePlannerApi } from "../state/plannerContext";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The short function names (`=RAGSUMMARY(…)` for `=PLAN.RAGSUMMARY(…)`): what they are, and
 * the user's word on having them. Consolidate keeps whichever the user chose last.
 */
export function ShortNames() {
  const styles = useStyles();
  const { state, write } = usePlannerApi();
  return (
    <>
      <Body1>
        Type =RAGSUMMARY(T4:T200) instead of =PLAN.RAGSUMMARY(T4:T200), and the same for every planner function
        (=PLANWEEK for =PLAN.WEEK). They are names in this workbook, so they work in Excel for Microsoft 365 and Excel
        2024 and travel with the file; a name of your own with the same spelling is never replaced.
      </Body1>
      <div className={styles.row}>
        <Button
          disabledFocusable={state.busy !== null}
          onClick={() => void write("Short names", (g) => g.setFunctionNames(true))}
        >
          Add the short names
        </Button>
        <Button
          disabledFocusable={state.busy !== null}
          onClick={() => void write("Short names", (g) => g.setFunctionNames(false))}
        >
          Remove the short names
        </Button>
      </div>
    </>
  );
}
