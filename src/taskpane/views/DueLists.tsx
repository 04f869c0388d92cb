import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { Analysis } from "../../core/analysisTypes";
import { CellLink } from "../components/CellLink";
import { Section } from "../components/Section";
import { ukDate } from "../format";
import { actionTarget } from "../targets";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** The days ahead that count as "due for review soon". */
export const REVIEW_WINDOW_DAYS = 14;

/** Overdue actions, overdue reviews and reviews due in the next 14 days, each linked to its cell. */
export function DueLists({ analysis }: { analysis: Analysis }) {
  const styles = useStyles();
  const lateReviews = analysis.reviews.filter((r) => r.overdue);
  const soon = analysis.reviews.filter((r) => !r.overdue && r.due <= analysis.asOf + REVIEW_WINDOW_DAYS);
  return (
    <>
      <Section title="Overdue actions">
        {analysis.overdue.length === 0 ? (
          <Body1>Nothing is overdue as of {ukDate(analysis.asOf)}.</Body1>
        ) : (
          <ul className={styles.list}>
            {analysis.overdue.map((a) => (
              <li key={`${a.sheet}!${a.row}`}>
                <CellLink target={actionTarget(a, "due")}>
                  {a.id} {a.action}
                </CellLink>{" "}
                <span className={styles.late}>due {ukDate(a.due)}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={`Reviews due in the next ${REVIEW_WINDOW_DAYS} days`}>
        {lateReviews.length === 0 && soon.length === 0 ? (
          <Body1>No reviews are due in the next {REVIEW_WINDOW_DAYS} days, and none are overdue.</Body1>
        ) : (
          <ul className={styles.list}>
            {[...lateReviews, ...soon].map((r) => (
              <li key={`${r.sheet}!${r.cell}`}>
                <CellLink target={{ sheet: r.sheet, cell: r.cell }}>
                  {r.kind === "risk" ? "Risk: " : ""}
                  {r.label}
                </CellLink>{" "}
                {r.overdue ? (
                  <span className={styles.late}>overdue, was due {ukDate(r.due)}</span>
                ) : (
                  `due ${ukDate(r.due)}`
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
