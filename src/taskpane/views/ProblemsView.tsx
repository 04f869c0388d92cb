import { Badge, Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { NeedsConsolidate } from "../components/NeedsConsolidate";
import { Section } from "../components/Section";
import { plural } from "../format";
import { usePlannerApi } from "../state/plannerContext";
import { groupProblems } from "./problemGroups";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  where: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  cell: { fontWeight: tokens.fontWeightSemibold },
  message: { overflowWrap: "anywhere" },
});

/** Problems: everything the reader and the engine found, by sheet, each with a way to its cell. */
export function ProblemsView() {
  const styles = useStyles();
  const { state, goToCell } = usePlannerApi();
  if (!state.outcome) return <NeedsConsolidate shows="the problems found in the plan" />;
  const problems = [...state.outcome.parseProblems, ...state.outcome.analysis.problems];
  if (problems.length === 0) {
    return (
      <Section title="No problems">
        <Body1>The plan reads cleanly: every sheet, date, owner and RAG value was understood.</Body1>
      </Section>
    );
  }
  return (
    <div className={styles.root}>
      <Body1>{plural(problems.length, "problem")} to look at. Each says what was found and what would fix it.</Body1>
      {groupProblems(problems).map((group) => (
        <Section key={group.sheet} title={`${group.sheet} (${group.problems.length})`}>
          <ul className={styles.list}>
            {group.problems.map((p, i) => (
              <li key={`${p.cell}-${i}`} className={styles.item}>
                <div className={styles.where}>
                  <Badge appearance="tint" shape="rounded" color={p.severity === "error" ? "danger" : "warning"}>
                    {p.severity === "error" ? "Error" : "Warning"}
                  </Badge>
                  <span className={styles.cell}>{p.cell}</span>
                </div>
                <Body1 className={styles.message}>{p.message}</Body1>
                <Button
                  size="small"
                  aria-label={`Go to cell ${p.cell} on ${p.sheet}`}
                  onClick={() => goToCell({ sheet: p.sheet, cell: p.cell })}
                >
                  Go to cell
                </Button>
              </li>
            ))}
          </ul>
        </Section>
      ))}
    </div>
  );
}
