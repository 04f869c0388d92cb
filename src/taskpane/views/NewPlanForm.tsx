import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useReducer, type FormEvent } from "react";
import { usePlannerApi } from "../state/plannerContext";
import { checkDraft, draftReducer, initialDraft } from "./newPlanDraft";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fieldset: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  custom: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  customInput: { flexGrow: 1, minWidth: "10em" },
  error: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: "flex" },
});

/** "New plan": name, start date, the areas (typical ones plus the user's own) and the RAG scale. */
export function NewPlanForm() {
  const styles = useStyles();
  const { state, write } = usePlannerApi();
  const [draft, dispatch] = useReducer(draftReducer, initialDraft);
  const check = checkDraft(draft);
  const shown = draft.showErrors ? check : { options: check.options };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    dispatch({ type: "tried" });
    const options = check.options;
    if (options) void write("New plan", (g) => g.newPlan(options));
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="New plan">
      <Field label="Plan name" required validationMessage={shown.name}>
        <Input value={draft.name} onChange={(_, d) => dispatch({ type: "name", value: d.value })} />
      </Field>
      <Field label="Plan start" hint="dd/mm/yyyy" required validationMessage={shown.start}>
        <Input
          value={draft.startText}
          placeholder="01/09/2009"
          inputMode="numeric"
          onChange={(_, d) => dispatch({ type: "start", value: d.value })}
        />
      </Field>
      <fieldset className={styles.fieldset} aria-describedby={shown.areas ? "new-plan-areas-error" : undefined}>
        <legend className={styles.legend}>Development areas</legend>
        {draft.offered.map((area) => (
          <Checkbox
            key={area}
            label={area}
            checked={draft.chosen.includes(area)}
            onChange={(_, d) => dispatch({ type: "toggle", area, on: d.checked === true })}
          />
        ))}
        <div className={styles.custom}>
          <Field label="Your own area" className={styles.customInput}>
            <Input
              value={draft.customText}
              onChange={(_, d) => dispatch({ type: "customText", value: d.value })}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  dispatch({ type: "addCustom" });
                }
              }}
            />
          </Field>
          <Button onClick={() => dispatch({ type: "addCustom" })}>Add to list</Button>
        </div>
        {shown.areas && (
          <Text id="new-plan-areas-error" role="alert" className={styles.error}>
            {shown.areas}
          </Text>
        )}
      </fieldset>
      <Field label="RAG scale">
        <RadioGroup
          value={String(draft.ragScale)}
          onChange={(_, d) => dispatch({ type: "scale", value: d.value === "5" ? 5 : 3 })}
        >
          <Radio value="3" label="Three-point: Red, Amber, Green" />
          <Radio value="5" label="Five-point: adds Amber/Red and Amber/Green" />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={state.busy !== null}>
          Create plan
        </Button>
      </div>
    </form>
  );
}
