import { FluentProvider, makeStyles, type Theme } from "@fluentui/react-components";
import type { PlannerGateway } from "../gateway";
import { App } from "./App";

const useStyles = makeStyles({
  // The provider paints the theme's background: let it fill the pane, not just the content.
  provider: { minHeight: "100%" },
});

export interface RootProps {
  theme: Theme;
  gateway: PlannerGateway | null;
}

/** One FluentProvider around the whole pane. */
export function Root({ theme, gateway }: RootProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <App gateway={gateway} />
    </FluentProvider>
  );
}
