import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analysisTypes";
import { CellLink } from "../components/CellLink";
import { plural, ukDate } from "../format";
import { actionTarget, actionsById } from "../targets";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  actions: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
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
          <div className={styles.actions}>
            {clash.actions.map((id) => {
              const action = byId.get(id);
              return action ? (
                <CellLink key={id} target={actionTarget(action, "due")}>
                  {id} {action.action}
                </CellLink>
              ) : (
                <span key={id}>{id}</span>
              );
            })}
          </div>
        </li>
      ))}
    </ul>
  );
}
