import { Body1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { rollUp, ROLLUP_RULE_LABELS } from "../../core/compute";
import type { RollupRule } from "../../core/types";
import { NeedsConsolidate } from "../components/NeedsConsolidate";
import { RagChip } from "../components/RagChip";
import { Section } from "../components/Section";
import { usePlannerApi } from "../state/plannerContext";
import { RagBar } from "./RagBar";
import { DueLists } from "./DueLists";
import { BaselineChanges } from "./BaselineChanges";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  overall: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  areas: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  areaHead: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
  },
  areaName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

/** Status: RAG by area, the overall status under a chosen roll-up rule, what is overdue and due for review. */
export function StatusView() {
  const styles = useStyles();
  const { state } = usePlannerApi();
  const [chosen, setChosen] = useState<RollupRule | null>(null);
  if (!state.outcome)
    return <NeedsConsolidate shows="RAG status by area, what is overdue and what is due for review" />;
  const { analysis } = state.outcome;
  const planRule = analysis.overall.rule;
  const rule = chosen ?? planRule;
  const overall = rollUp(analysis.overall.rag, rule);
  return (
    <div className={styles.root}>
      <Section title="Overall">
        <Field
          label="Roll-up rule"
          hint={rule === planRule ? "The plan's own rule." : `The plan's own rule is ${ROLLUP_RULE_LABELS[planRule]}.`}
        >
          <Select value={rule} onChange={(_, d) => setChosen(d.value as RollupRule)}>
            {(Object.keys(ROLLUP_RULE_LABELS) as RollupRule[]).map((r) => (
              <option key={r} value={r}>
                {ROLLUP_RULE_LABELS[r]}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.overall} aria-live="polite">
          <Body1>Plan status ({ROLLUP_RULE_LABELS[rule]}):</Body1>
          <RagChip rag={overall} />
        </div>
        <RagBar counts={analysis.overall.rag} label="All actions" />
      </Section>
      <Section title="By area">
        {analysis.areas.length === 0 ? (
          <Body1>The plan has no development areas yet.</Body1>
        ) : (
          <ul className={styles.areas}>
            {analysis.areas.map((area) => (
              <li key={area.name}>
                <div className={styles.areaHead}>
                  <Body1 className={styles.areaName}>{area.name}</Body1>
                  <RagChip rag={rollUp(area.rag, rule)} />
                </div>
                <RagBar counts={area.rag} label={area.name} />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <BaselineChanges
        analysis={analysis}
        comparison={state.outcome.baseline ?? null}
        baselines={state.outcome.baselines}
      />
      <DueLists analysis={analysis} />
    </div>
  );
}
