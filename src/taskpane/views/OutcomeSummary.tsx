import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import type { ConsolidateOutcome } from "../../contract/operations";
import { duration, plural, ukDate } from "../format";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

/** What Consolidate found: actions, span, areas, problems, and the time it took. */
export function OutcomeSummary({ outcome }: { outcome: ConsolidateOutcome }) {
  const styles = useStyles();
  const { analysis } = outcome;
  const span = analysis.planSpan;
  const problems = outcome.parseProblems.length + analysis.problems.length;
  const rows: [string, string][] = [
    ["Actions", String(analysis.timeline.length)],
    ["Areas", String(analysis.areas.length)],
    ["Span", `${ukDate(span.firstWeek)} to ${ukDate(span.lastWeek + 6)} (${plural(span.weeks, "week")})`],
    ["As of", ukDate(analysis.asOf)],
    ["Overloads", plural(analysis.overloads.length, "owner-week")],
    ["Problems", String(problems)],
    ["Took", duration(outcome.elapsedMs)],
  ];
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <Fragment key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
