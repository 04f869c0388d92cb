import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { Section } from "../components/Section";
import { AddAreaForm } from "./AddAreaForm";
import { NewPlanForm } from "./NewPlanForm";
import { PartnerPlans } from "./PartnerPlans";
import { ShortNames } from "./ShortNames";
import { StructureSheet } from "./StructureSheet";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  row: { display: "flex" },
});

/** Plan: start a new plan, bring in partners' plans, add an area, bring an existing sheet into the template, or choose the short function names. */
export function PlanView() {
  const styles = useStyles();
  const [creating, setCreating] = useState(false);
  return (
    <div className={styles.root}>
      <Section title="New plan">
        <Body1>A workbook in the seven-step template: Plan, People, one sheet per development area, and Risks.</Body1>
        <div className={styles.row}>
          <Button aria-expanded={creating} onClick={() => setCreating(!creating)}>
            {creating ? "Hide the new plan form" : "Start a new plan"}
          </Button>
        </div>
        {creating && <NewPlanForm />}
      </Section>
      <Section title="Partners' plans">
        <PartnerPlans />
      </Section>
      <Section title="Add an area">
        <AddAreaForm />
      </Section>
      <Section title="Structure this sheet">
        <StructureSheet />
      </Section>
      <Section title="Functions without the prefix">
        <ShortNames />
      </Section>
    </div>
  );
}
