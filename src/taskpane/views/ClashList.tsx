import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analysisTypes";
import { plural, ukDate } from "../format";
import { actionsById } from "../targets";
import { ActionLinks } from "./ActionLinks";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

/** Weeks with too many deadlines for one owner, worst first; each action links to its due cell. */
export function ClashList({ analysis }: { analysis: Analysis }) {
  const styles = useStyles();
  if (analysis.clashes.length === 0)
    return <Body1>No deadline clashes: no one has too many deadlines in one week.</Body1>;
  const byId = actionsById(analysis.timeline);
  const clashes = [...analysis.clashes].sort((a, b) => b.deadlines - a.deadlines || a.week - b.week);
  return (
    <ul className={styles.list}>
      {clashes.map((clash) => (
        <li key={`${clash.owner}|${clash.week}`}>
          <Body1>
            <strong>{clash.owner}</strong>, week of {ukDate(clash.week)}: {plural(clash.deadlines, "deadline")}
          </Body1>
          <ActionLinks ids={clash.actions} byId={byId} field="due" />
        </li>
      ))}
    </ul>
  );
}
