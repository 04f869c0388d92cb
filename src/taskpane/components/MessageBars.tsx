import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarGroup,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { usePlannerApi } from "../state/plannerContext";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  body: { whiteSpace: "normal" },
});

/** Errors (what happened, what to do) and notices from the last write, each dismissible. */
export function MessageBars() {
  const styles = useStyles();
  const { state, dismissError, dismissNotice } = usePlannerApi();
  if (state.errors.length === 0 && state.notices.length === 0) return null;
  return (
    <MessageBarGroup className={styles.group}>
      {[
        ...state.errors.map((error) => (
          <MessageBar key={`e${error.id}`} intent="error" layout="multiline">
            <MessageBarBody className={styles.body}>
              <MessageBarTitle>{error.title}</MessageBarTitle> {error.advice}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="transparent" onClick={() => dismissError(error.id)}>
                Dismiss
              </Button>
            </MessageBarActions>
          </MessageBar>
        )),
        ...state.notices.map((notice) => (
          <MessageBar key={`n${notice.id}`} intent="success" layout="multiline">
            <MessageBarBody className={styles.body}>{notice.text}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="transparent" onClick={() => dismissNotice(notice.id)}>
                Dismiss
              </Button>
            </MessageBarActions>
          </MessageBar>
        )),
      ]}
    </MessageBarGroup>
  );
}
