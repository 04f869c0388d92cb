import { Body1, Link, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** What the pane shows when Office.js reports no host: what this is and how to open it in Excel. */
export function OutsideExcel() {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="outside-title">
      <Subtitle1 as="h1" id="outside-title">
        Open this in Excel
      </Subtitle1>
      <Body1>
        Implementation Planner is an Excel add-in for partnership implementation plans: it consolidates every action of
        every development area into one timeline, shows who is overstretched and when, and rolls up RAG status.
      </Body1>
      <Body1>This page is running outside Excel, so there is no workbook to work on. To use it:</Body1>
      <ol className={styles.steps}>
        <li>In Excel on the web, choose Home › Add-ins › More add-ins › My add-ins › Upload my add-in.</li>
        <li>Upload the add-in&apos;s manifest.xml.</li>
        <li>Choose Home › Planner to open this pane beside your plan.</li>
      </ol>
      <Body1>
        Desktop Excel: see{" "}
        <Link href="https://learn.microsoft.com/office/dev/add-ins/testing/test-debug-office-add-ins" target="_blank">
          sideloading an add-in
        </Link>
        .
      </Body1>
    </section>
  );
}
