import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { NeedsConsolidate } from "../components/NeedsConsolidate";
import { Section } from "../components/Section";
import { plural } from "../format";
import { usePlannerApi } from "../state/plannerContext";
import { actionsById } from "../targets";
import { OwnerCard } from "./OwnerCard";
import { ownerRows } from "./ownerRows";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

/** People: who is overloaded, worst week first, with the actions behind it and their capacity. */
export function PeopleView() {
  const styles = useStyles();
  const { state, write } = usePlannerApi();
  if (!state.outcome) return <NeedsConsolidate shows="who is overstretched and when" />;
  const { analysis } = state.outcome;
  const rows = ownerRows(analysis);
  const overloaded = rows.filter((r) => r.overloads.length > 0 || r.daysOverloads.length > 0);
  const others = rows.filter((r) => !overloaded.includes(r));
  const byId = actionsById(analysis.timeline);
  const busy = state.busy !== null;
  return (
    <div className={styles.root}>
      <Section title="Overloaded">
        <Body1>
          {overloaded.length === 0
            ? "No one is overloaded: every owner is within capacity every week."
            : `${plural(overloaded.length, "owner is", "owners are")} over capacity: more actions at once than they can carry.`}
        </Body1>
        <div className={styles.buttons}>
          <Button disabledFocusable={busy} onClick={() => void write("Flag in workbook", (g) => g.flagOverloads())}>
            Flag in workbook
          </Button>
          <Button disabledFocusable={busy} onClick={() => void write("Clear flags", (g) => g.clearFlags())}>
            Clear flags
          </Button>
        </div>
        {overloaded.length > 0 && (
          <ul className={styles.list}>
            {overloaded.map((row) => (
              <OwnerCard key={row.load.owner} row={row} firstWeek={analysis.loadSpan.firstWeek} byId={byId} />
            ))}
          </ul>
        )}
      </Section>
      {others.length > 0 && (
        <Section title="Within capacity">
          <ul className={styles.list}>
            {others.map((row) => (
              <OwnerCard key={row.load.owner} row={row} firstWeek={analysis.loadSpan.firstWeek} byId={byId} />
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
