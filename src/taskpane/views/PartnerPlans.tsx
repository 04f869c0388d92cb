/**
 * A consortium workbook's partners' plans: Add plans from files (each plan
 * arrives as its own sheet; adding it again replaces the copy and says what
 * changed), then Consolidate covers them all; the Plans table says where
 * each came from and when, and warns when a copy is four weeks old.
 */
import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { PlanSummary } from "../../core/analysisTypes";
import { ukDate } from "../format";
import { RagChip } from "../components/RagChip";
import { readPlanFiles } from "../readPlanFiles";
import { usePlannerApi } from "../state/plannerContext";

const useStyles = makeStyles({
  row: { display: "flex" },
  scroller: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: { textAlign: "left", padding: tokens.spacingHorizontalXS, backgroundColor: tokens.colorNeutralBackground3 },
  td: {
    padding: tokens.spacingHorizontalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  stale: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** The section in the Plan view. */
export function PartnerPlans() {
  const styles = useStyles();
  const picker = useRef<HTMLInputElement>(null);
  const { state, attempt, write, consolidate } = usePlannerApi();
  const plans = state.outcome?.analysis.plans;
  const add = async (chosen: File[]) => {
    if (chosen.length === 0) return;
    const files = await attempt("Reading the plans", () => readPlanFiles(chosen));
    if (!files) return;
    if (await write("Add plans", (g) => g.addPlans(files))) await consolidate(undefined, { keepNotices: true });
  };
  return (
    <>
      <Body1>
        Bring in your partners&apos; plans (.xlsx): each arrives as its own sheet, with the file, sheet and cell each
        action came from. Adding a plan again replaces its copy and says what changed. Consolidate then covers every
        plan, and the People view names the plans behind each overload.
      </Body1>
      <input
        ref={picker}
        hidden
        type="file"
        multiple
        accept=".xlsx,.xlsm"
        aria-label="Partners' plan files"
        data-testid="plan-files"
        onChange={(event) => {
          const chosen = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = "";
          void add(chosen);
        }}
      />
      <div className={styles.row}>
        <Button disabledFocusable={state.busy !== null} onClick={() => picker.current?.click()}>
          Add plans from files
        </Button>
      </div>
      {plans && <PlansTable plans={plans} />}
    </>
  );
}

function PlansTable({ plans }: { plans: PlanSummary[] }) {
  const styles = useStyles();
  return (
    <div className={styles.scroller} role="region" aria-label="Plans in this workbook" tabIndex={0}>
      <table className={styles.table}>
        <caption>
          <Caption1>Plans in this workbook</Caption1>
        </caption>
        <thead>
          <tr>
            {["Plan", "File", "Added", "Its As of", "Actions", "Overall"].map((h) => (
              <th key={h} scope="col" className={styles.th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <tr key={p.plan}>
              <th scope="row" className={styles.td}>
                {p.plan}
              </th>
              <td className={styles.td}>{p.file ?? "this workbook"}</td>
              <td className={styles.td}>
                {p.read === null ? "–" : ukDate(p.read)}
                {p.staleDays !== null && (
                  <div className={styles.stale}>
                    {Math.floor(p.staleDays / 7)} weeks old: ask for their current plan and add it again
                  </div>
                )}
              </td>
              <td className={styles.td}>{ukDate(p.planAsOf)}</td>
              <td className={styles.td}>{p.actions}</td>
              <td className={styles.td}>
                <RagChip rag={p.overall} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
