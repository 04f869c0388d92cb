import { Subtitle1, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { ComponentType } from "react";
import { useGateway } from "../gatewayContext";
import { PlannerContext } from "../state/plannerContext";
import { TABS, type TabName } from "../state/plannerState";
import { usePlanner } from "../state/usePlanner";
import { PeopleView } from "../views/PeopleView";
import { PlanView } from "../views/PlanView";
import { ProblemsView } from "../views/ProblemsView";
import { StatusView } from "../views/StatusView";
import { TimelineView } from "../views/TimelineView";
import { MessageBars } from "./MessageBars";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  title: { margin: 0 },
  // Five tabs do not fit 320 px in one row: let them wrap rather than scroll out of sight.
  tabs: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXXS },
  // Narrower than Fluent's default, so the five tabs fit one row at 320 px.
  tab: { paddingInline: tokens.spacingHorizontalXS },
  panel: { minWidth: 0 },
});

const VIEWS: Record<TabName, { label: string; View: ComponentType }> = {
  plan: { label: "Plan", View: PlanView },
  timeline: { label: "Timeline", View: TimelineView },
  people: { label: "People", View: PeopleView },
  status: { label: "Status", View: StatusView },
  problems: { label: "Problems", View: ProblemsView },
};

/** The working pane over the gateway in context: errors and notices, the tab list, and the chosen view. */
export function Planner() {
  const styles = useStyles();
  const planner = usePlanner(useGateway());
  const { tab } = planner.state;
  const { View } = VIEWS[tab];
  return (
    <PlannerContext.Provider value={planner}>
      <main className={styles.root}>
        <Subtitle1 as="h1" className={styles.title}>
          Implementation Planner
        </Subtitle1>
        <MessageBars />
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={tab}
          onTabSelect={(_, d) => planner.setTab(d.value as TabName)}
          aria-label="Views"
        >
          {TABS.map((name) => (
            <Tab
              key={name}
              className={styles.tab}
              value={name}
              id={`tab-${name}`}
              aria-controls={name === tab ? `panel-${name}` : undefined}
            >
              {VIEWS[name].label}
            </Tab>
          ))}
        </TabList>
        <div className={styles.panel} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          <View />
        </div>
      </main>
    </PlannerContext.Provider>
  );
}
