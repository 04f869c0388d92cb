import { Body1, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useReducer } from "react";
import type { ActionField } from "../../core/types";
import type { StructureProposal } from "../../contract/operations";
import { plural } from "../format";
import { usePlannerApi } from "../state/plannerContext";
import { duplicateFields, fieldLabel } from "./fieldOptions";
import { MappingTable } from "./MappingTable";
import { PreviewTable } from "./PreviewTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

type ProposalEvent =
  | { type: "proposed"; proposal: StructureProposal }
  | { type: "map"; column: string; field: ActionField | null }
  | { type: "clear" };

/** The proposal as the user corrects it, column by column. */
function proposalReducer(proposal: StructureProposal | null, event: ProposalEvent): StructureProposal | null {
  switch (event.type) {
    case "proposed":
      return event.proposal;
    case "clear":
      return null;
    case "map":
      if (!proposal) return null;
      return {
        ...proposal,
        columns: proposal.columns.map((c) => (c.column === event.column ? { ...c, field: event.field } : c)),
      };
  }
}

/**
 * "Structure this sheet": detect the active sheet's header and columns, let the
 * user correct the mapping, then write a template area sheet (the original is kept).
 */
export function StructureSheet() {
  const styles = useStyles();
  const { state, attempt, write } = usePlannerApi();
  const [proposal, dispatch] = useReducer(proposalReducer, null);
  const busy = state.busy !== null;

  const propose = async () => {
    const found = await attempt("Structure this sheet", (g) => g.proposeStructure());
    if (found) dispatch({ type: "proposed", proposal: found });
  };

  if (!proposal) {
    return (
      <div className={styles.root}>
        <Body1>
          Take the active sheet as it is: the planner finds its header row and matches its columns to the template, for
          you to check before anything is written.
        </Body1>
        <div className={styles.actions}>
          <Button disabledFocusable={busy} onClick={() => void propose()}>
            Structure this sheet
          </Button>
        </div>
      </div>
    );
  }

  const duplicates = duplicateFields(proposal.columns);
  const confirm = async () => {
    const result = await write("Structure this sheet", (g) => g.applyStructure(proposal));
    if (result) dispatch({ type: "clear" });
  };

  return (
    <div className={styles.root}>
      <Body1>
        Found the header on row {proposal.headerRow} of ‘{proposal.sheet}’, with {plural(proposal.rowCount, "row")}{" "}
        below it. Check each column&apos;s match; a new area sheet is written and ‘{proposal.sheet}’ is left as it is.
      </Body1>
      <MappingTable columns={proposal.columns} onChange={(column, field) => dispatch({ type: "map", column, field })} />
      {duplicates.map((d) => (
        <Text key={d.field} role="alert" className={styles.error}>
          Columns {d.columns.join(" and ")} both go to {fieldLabel(d.field)}: choose one, and set the other to “Leave
          out”.
        </Text>
      ))}
      <PreviewTable proposal={proposal} />
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy || duplicates.length > 0} onClick={() => void confirm()}>
          Write the area sheet
        </Button>
        <Button onClick={() => dispatch({ type: "clear" })}>Cancel</Button>
      </div>
    </div>
  );
}
