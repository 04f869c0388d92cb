/**
 * The Status view's review: what moved since the plan's baseline, each action
 * a link to its cell, and the button that sets a new baseline after a review.
 */
import { Body1, Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analysisTypes";
import type { BaselineComparison } from "../../core/baselineTypes";
import { ukOf } from "../../core/days";
import type { Day } from "../../core/types";
import { Section } from "../components/Section";
import { usePlannerApi } from "../state/plannerContext";
import { ActionLinks } from "./ActionLinks";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  row: { display: "flex" },
});

/** Each kind of change as a heading and its actions; slips say by how many days. */
function changeGroups(c: BaselineComparison): { label: string; ids: string[] }[] {
  const moved = (list: BaselineComparison["slipped"]) => list.map((m) => `${m.id} ${Math.abs(m.days)} days`).join(", ");
  return [
    { label: `Slipped: ${moved(c.slipped)}`, ids: c.slipped.map((m) => m.id) },
    { label: `Brought forward: ${moved(c.forward)}`, ids: c.forward.map((m) => m.id) },
    { label: "Added", ids: c.added },
    { label: "Completed since", ids: c.completed },
    { label: "Now Red or Amber/Red", ids: c.worsened.map((w) => w.id) },
    {
      label: `Reworded (was: ${c.renamed.map((r) => `${r.id} “${r.from}”`).join("; ")})`,
      ids: c.renamed.map((r) => r.id),
    },
  ].filter((g) => g.ids.length > 0);
}

/**
 * The section. Without a baseline it offers to set the first.
 * @example <BaselineChanges analysis={outcome.analysis} comparison={outcome.baseline ?? null} />
 */
export function BaselineChanges({
  analysis,
  comparison,
  baselines = [],
}: {
  analysis: Analysis;
  comparison: BaselineComparison | null;
  /** Every baseline's day, oldest first: with more than one, the user picks which to compare with. */
  baselines?: Day[];
}) {
  const styles = useStyles();
  const { state, write, consolidate } = usePlannerApi();
  const byId = new Map(analysis.timeline.map((a) => [a.id, a]));
  const setBaseline = async () => {
    // The new baseline is the latest: compare with it from now on.
    if (await write("Set baseline", (g) => g.setBaseline())) await consolidate(null);
  };
  const groups = comparison ? changeGroups(comparison) : [];
  return (
    <Section title={comparison ? `Since the baseline of ${ukOf(comparison.date)}` : "Baseline"}>
      {!comparison && (
        <Body1>
          Set a baseline after a review: the next Consolidate shows what slipped, what is new and what went red since.
        </Body1>
      )}
      {comparison && baselines.length > 1 && (
        <Field label="Compare with the baseline of">
          <Select
            value={String(comparison.date)}
            disabled={state.busy !== null}
            onChange={(_, d) => void consolidate(Number(d.value))}
          >
            {[...baselines].reverse().map((b, i) => (
              <option key={b} value={String(b)}>
                {ukOf(b)}
                {i === 0 ? " (latest)" : ""}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {comparison && groups.length === 0 && comparison.removed.length === 0 && <Body1>Nothing has moved since.</Body1>}
      {groups.map((g) => (
        <div key={g.label}>
          <Body1>{g.label}</Body1>
          <ActionLinks ids={g.ids} byId={byId} field="due" />
        </div>
      ))}
      {comparison && comparison.removed.length > 0 && <Body1>Removed: {comparison.removed.join(", ")}</Body1>}
      {comparison && comparison.newlyOverloaded.length > 0 && (
        <Body1>Overloaded now and not then: {comparison.newlyOverloaded.join(", ")}</Body1>
      )}
      <div className={styles.row}>
        <Button disabledFocusable={state.busy !== null} onClick={() => void setBaseline()}>
          {comparison ? "Set a new baseline" : "Set a baseline"}
        </Button>
      </div>
    </Section>
  );
}
