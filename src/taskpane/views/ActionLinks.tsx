/** A column of actions, each a link to one of its cells (the ID when the action is not found). */
import { makeStyles } from "@fluentui/react-components";
import type { Action, ActionField } from "../../core/types";
import { CellLink } from "../components/CellLink";
import { actionTarget } from "../targets";

const useStyles = makeStyles({
  actions: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
});

/**
 * Links to the actions with these IDs, pointing at `field`'s cell.
 * @example <ActionLinks ids={clash.actions} byId={byId} field="due" />
 */
export function ActionLinks({ ids, byId, field }: { ids: string[]; byId: Map<string, Action>; field: ActionField }) {
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      {ids.map((id) => {
        const action = byId.get(id);
        return action ? (
          <CellLink key={id} target={actionTarget(action, field)}>
            {id} {action.action}
          </CellLink>
        ) : (
          <span key={id}>{id}</span>
        );
      })}
    </div>
  );
}
