import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { usePlannerApi } from "../state/plannerContext";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  field: { alignSelf: "stretch" },
});

/** "Add an area": one more development area sheet in the open plan. */
export function AddAreaForm() {
  const styles = useStyles();
  const { state, write } = usePlannerApi();
  const [name, setName] = useState("");
  const [tried, setTried] = useState(false);
  const missing = name.trim() === "";

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (missing) return;
    const result = await write("Add area", (g) => g.addArea(name.trim()));
    if (result) {
      setName("");
      setTried(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-label="Add an area">
      <Field
        className={styles.field}
        label="Area name"
        validationMessage={tried && missing ? "Type the area's name, e.g. Employer engagement." : undefined}
      >
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Button type="submit" disabledFocusable={state.busy !== null}>
        Add area
      </Button>
    </form>
  );
}
