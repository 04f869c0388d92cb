import { Body1, Button, Caption1, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { Section } from "../components/Section";
import { clock } from "../format";
import { usePlannerApi } from "../state/plannerContext";
import { ClashList } from "./ClashList";
import { ConsolidateProgress } from "./ConsolidateProgress";
import { OutcomeSummary } from "./OutcomeSummary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  refresh: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
  refreshed: { margin: 0, paddingInlineStart: tokens.spacingHorizontalS },
});

/** Timeline: the one-click Consolidate, its progress, then the summary and the deadline clashes. */
export function TimelineView() {
  const styles = useStyles();
  const { state, consolidate, setAutoRefresh, writesKeepUndo, write } = usePlannerApi();
  const running = state.busy === "Consolidate";
  // The workbook's switch as the last Consolidate found it (on until one has run); shown at once when flipped.
  const [chosen, setFillIds] = useState<boolean | null>(null);
  const fillIds = chosen ?? state.outcome?.fillIds ?? true;
  return (
    <div className={styles.root}>
      <Section title="Consolidate">
        <Body1>
          Every action of every area in one timeline: writes the Timeline, Load and Dashboard sheets and leaves yours as
          they are.
        </Body1>
        <div className={styles.row}>
          <Button appearance="primary" disabledFocusable={state.busy !== null} onClick={() => void consolidate()}>
            Consolidate
          </Button>
        </div>
        {running && <ConsolidateProgress progress={state.progress} />}
        <div className={styles.refresh}>
          <Switch
            checked={state.autoRefresh}
            label="Refresh when the plan changes"
            aria-describedby="refresh-what"
            onChange={(_, d) => setAutoRefresh(d.checked)}
          />
          <Caption1 as="p" id="refresh-what" className={styles.refreshed}>
            Consolidates again 1.5 s after you stop editing a plan sheet (a co-author&apos;s edits are left to them).{" "}
            {writesKeepUndo
              ? "Each refresh is one step in Excel's undo history."
              : "In this version of Excel each refresh clears your undo history: Ctrl+Z cannot go back past it."}
          </Caption1>
          <Caption1 as="p" className={styles.refreshed}>
            {state.lastRefresh ? `Last refreshed at ${clock(state.lastRefresh)}.` : "Not consolidated yet."}
          </Caption1>
          <Switch
            checked={fillIds}
            label="Fill in missing action IDs"
            aria-describedby="fill-what"
            disabled={state.busy !== null}
            onChange={(_, d) => {
              setFillIds(d.checked);
              void write("Fill in missing IDs", (g) => g.setFillIds(d.checked));
            }}
          />
          <Caption1 as="p" id="fill-what" className={styles.refreshed}>
            Types an ID (T3, IAG4…) into each blank ID cell on your sheets, so every action keeps its ID from run to
            run. Off, those actions go by sheet and row and your cells are left as they are.
          </Caption1>
        </div>
      </Section>
      {state.outcome && (
        <>
          <Section title="Summary">
            <OutcomeSummary outcome={state.outcome} />
          </Section>
          <Section title="Deadline clashes">
            <ClashList analysis={state.outcome.analysis} />
          </Section>
        </>
      )}
    </div>
  );
}
