import { Body1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { OutsideExcel } from "./OutsideExcel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL },
});

export interface AppProps {
  /** Office's host name ("Excel"), or null outside Office. */
  host: string | null;
}

/** The pane's root view. */
export function App({ host }: AppProps) {
  const styles = useStyles();
  if (host !== "Excel") return <OutsideExcel />;
  return (
    <main className={styles.root}>
      <Subtitle1 as="h1">Implementation Planner</Subtitle1>
      <Body1>Running in Excel.</Body1>
    </main>
  );
}
