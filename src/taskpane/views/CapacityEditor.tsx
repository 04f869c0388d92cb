import { CAPACITY_EXPECTED, CAPACITY_MAX, CAPACITY_MIN, readCapacity } from "../../core/parse";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { usePlannerApi } from "../state/plannerContext";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  input: { width: "6em" },
});

export interface CapacityEditorProps {
  owner: string;
  capacity: number;
}

/**
 * What is wrong with a capacity typed into the editor, by the core's one capacity rule.
 * @example capacityProblem("2.5") // "\"2.5\" is not a capacity: …"
 */
export function capacityProblem(text: string): string | undefined {
  if (readCapacity(text).kind !== "capacity") {
    return `"${text.trim()}" is not a capacity: type ${CAPACITY_EXPECTED} a week.`;
  }
  return undefined;
}

/** Edit an owner's capacity; it is written to the People sheet and the plan is consolidated again. */
export function CapacityEditor({ owner, capacity }: CapacityEditorProps) {
  const styles = useStyles();
  const { state, saveCapacity } = usePlannerApi();
  const [text, setText] = useState(String(capacity));
  const [tried, setTried] = useState(false);
  const problem = capacityProblem(text);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!problem) void saveCapacity(owner, Number(text.trim()));
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label={`${owner}'s capacity`}>
      <Field label="Capacity (actions a week)" validationMessage={tried ? problem : undefined}>
        <Input
          className={styles.input}
          type="number"
          min={CAPACITY_MIN}
          max={CAPACITY_MAX}
          step={1}
          value={text}
          onChange={(_, d) => setText(d.value)}
        />
      </Field>
      <Button type="submit" disabledFocusable={state.busy !== null}>
        Save capacity
      </Button>
    </form>
  );
}
