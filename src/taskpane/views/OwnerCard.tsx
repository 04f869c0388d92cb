import { Body1, Button, Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Action, Day } from "../../core/types";
import { plural, ukDate } from "../format";
import { CapacityEditor } from "./CapacityEditor";
import { LoadStrip } from "./LoadStrip";
import type { OwnerRow } from "./ownerRows";
import { ActionLinks } from "./ActionLinks";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  overloaded: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  head: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
  },
  name: { margin: 0 },
  figure: { fontWeight: tokens.fontWeightSemibold },
  danger: { color: tokens.colorPaletteRedForeground1 },
  weeks: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  toggle: { alignSelf: "flex-start" },
});

export interface OwnerCardProps {
  row: OwnerRow;
  firstWeek: Day;
  byId: Map<string, Action>;
}

/** One owner: worst week's load against capacity, the weekly strip, and on expanding the actions behind it. */
export function OwnerCard({ row, firstWeek, byId }: OwnerCardProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const { load, overloads, daysOverloads } = row;
  const worst = overloads[0];
  const headline = worst ? `${worst.load} against ${worst.capacity}` : `peak ${load.peak} against ${load.capacity}`;
  return (
    <li className={mergeClasses(styles.card, worst && styles.overloaded)}>
      <div className={styles.head}>
        <Subtitle2 as="h3" className={styles.name}>
          {load.owner}
        </Subtitle2>
        <Body1 className={mergeClasses(styles.figure, worst && styles.danger)}>{headline}</Body1>
      </div>
      <Caption1>
        {worst
          ? `Worst in the week of ${ukDate(worst.week)}; over capacity in ${plural(overloads.length, "week")}.`
          : "Within capacity every week."}
        {daysOverloads.length > 0 &&
          ` Staff days over what they give in ${plural(daysOverloads.length, "week")} (worst: ${daysOverloads[0].daysNeeded} needed against ${daysOverloads[0].daysAvailable}).`}
      </Caption1>
      {row.plans.length > 0 && (
        <Body1>
          From {row.plans.length === 1 ? "the plan" : `${row.plans.length} plans`}: {row.plans.join(", ")}
        </Body1>
      )}
      <LoadStrip load={load} firstWeek={firstWeek} />
      <Button
        className={styles.toggle}
        size="small"
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setOpen(!open)}
      >
        {open ? `Hide ${load.owner}'s details` : worst ? `Show the actions behind it` : `Show details`}
      </Button>
      {open && (
        <div id={detailsId} className={styles.details}>
          {overloads.length > 0 && (
            <ul className={styles.weeks} aria-label={`${load.owner}'s overloaded weeks, worst first`}>
              {overloads.map((o) => (
                <li key={o.week}>
                  <Body1>
                    Week of {ukDate(o.week)}: {o.load} against {o.capacity}
                  </Body1>
                  <ActionLinks ids={o.actions} byId={byId} field="owner" />
                </li>
              ))}
            </ul>
          )}
          <CapacityEditor owner={load.owner} capacity={load.capacity} />
        </div>
      )}
    </li>
  );
}
