/**
 * The demo consortium's rows: Northside 14-19 Consortium — two schools, a
 * college, employers and the local authority — in the autumn of 2009, typed
 * the way a consortium manager types them (a TBC due date, a RAG of "On
 * track"), so the planner has something real to find.
 */
import { dayFromIso, serialOf } from "../../core/days";
import type { ActionField } from "../../core/types";
import { TEMPLATE_COLUMNS } from "../templateColumns";
import type { SpecValue } from "../types";

type Fields = Partial<Record<ActionField, SpecValue>>;

/** A date cell's value (a 1900-system serial) from `YYYY-MM-DD`. */
export function serial(iso: string): number {
  const day = dayFromIso(iso);
  if (day === null) throw new Error(`demo date ${iso} is not a date`);
  return serialOf(day);
}

/** One action row in template column order; dates as `YYYY-MM-DD`. */
function row(fields: Fields): SpecValue[] {
  return TEMPLATE_COLUMNS.map(({ field, kind }) => {
    const value = fields[field] ?? null;
    return kind === "date" && typeof value === "string" && /^\d{4}-\d\d-\d\d$/.test(value) ? serial(value) : value;
  });
}

type Line = [string, string, number, string, string, string, string, string, string, number | null, string];

/** id, objective, step, action, owner, start, due, status, RAG, % complete, outcome measure. */
function rows(lines: Line[], extra: Record<string, Fields> = {}): SpecValue[][] {
  return lines.map(([id, objective, step, action, owner, start, due, status, rag, percent, measure]) =>
    row({
      id,
      objective,
      step,
      action,
      owner,
      start,
      due,
      status,
      rag,
      percentComplete: percent,
      outcomeMeasure: measure,
      target: measure === "" ? "" : "As agreed by the strategy group",
      reviewer: "Operations group",
      ...extra[id],
    }),
  );
}

const STAFF = "Staff ready to teach the new Diploma lines";
const SHARED = "A shared staffing model across the consortium";
const PLACEMENTS = "Every Diploma learner has a work placement";
const OPTIONS = "One consortium-wide options offer";
const TRAVEL = "Learners travel safely between sites within 30 minutes";
const IAG = "Impartial advice for every learner choosing 14-19 routes";
const QA = "Consistent quality across every site";

// One action per line, as a planner reads them.
// prettier-ignore
export const DEMO_ROWS: Record<string, SpecValue[][]> = {
  "Workforce planning": rows(
    [
      ["W1", STAFF, 1, "Audit staff skills against the Diploma lines", "Tom Patel", "2009-09-07", "2009-10-02", "Complete", "Complete", 1, "Skills audit"],
      ["W2", STAFF, 2, "Plan the CPD programme", "Jane Smith", "2009-09-14", "2009-10-23", "Complete", "Green", 1, "CPD plan agreed"],
      ["W3", STAFF, 3, "Deliver the first CPD sessions", "Jane Smith and Tom Patel", "2009-10-26", "2009-12-11", "Complete", "Complete", 1, "Staff trained"],
      ["W4", SHARED, 1, "Agree cross-site timetabling", "Jane Smith", "2009-11-16", "2010-01-29", "In progress", "Red", 0.4, ""],
      ["W5", SHARED, 2, "Agree staff exchange protocol", "Mark Lewis and Jane Smith", "2010-01-04", "2010-02-26", "In progress", "Green", 0.3, "Protocol signed"],
      ["W6", STAFF, 4, "Second round of CPD sessions", "Tom Patel", "2010-01-11", "2010-03-19", "Not started", "Green", null, "Staff trained"]],
    { W1: { staffDays: 6, resources: "Survey tool" }, W3: { staffDays: 10, cost: 4000, resources: "CPD budget" } },
  ),
  "Employer engagement": rows([
    ["E1", PLACEMENTS, 1, "Recruit employer champions", "Jane Smith & Amira Khan", "2009-09-21", "2009-10-16", "Complete", "Green", 1, "Champions recruited"],
    ["E2", PLACEMENTS, 2, "Sign placement agreements", "Amira Khan", "2009-10-19", "2009-12-18", "In progress", "Amber", 0.5, "Agreements signed"],
    ["E3", PLACEMENTS, 3, "Employer information evening", "Jane Smith", "2010-01-11", "2010-01-28", "In progress", "Amber/Red", 0.3, "Employers attending"],
    ["E4", PLACEMENTS, 4, "Publish the placement handbook", "Employer working group", "2010-01-04", "2010-02-12", "Not started", "Green", null, "Handbook published"],
    ["E5", PLACEMENTS, 5, "Health and safety checks of placements", "Amira Khan", "2010-02-15", "2010-03-26", "Not started", "", null, "Placements checked"],
    ["E6", PLACEMENTS, 6, "First placements start", "Amira Khan", "2010-04-12", "2010-05-28", "Not started", "", null, "Learners placed"]]),
  "Curriculum planning": rows([
    ["C1", OPTIONS, 1, "Map the options blocks across sites", "Jane Smith", "2009-09-28", "2009-10-30", "Complete", "On track", 1, "Options map"],
    ["C2", OPTIONS, 2, "Agree common timetable blocks", "David Owen; Jane Smith", "2009-11-02", "2010-01-27", "In progress", "Amber", 0.5, "Blocks agreed"],
    ["C3", OPTIONS, 3, "Publish the options booklet", "David Owen", "2010-01-04", "TBC", "Not started", "Green", null, "Booklet published"],
    ["C4", OPTIONS, 4, "Options evenings at each school", "Sarah Hughes", "2010-02-01", "2010-03-12", "Not started", "", null, "Families attending"],
    ["C5", OPTIONS, 5, "Confirm learner numbers per line", "David Owen", "2010-03-15", "2010-04-30", "Not started", "", null, "Numbers confirmed"],
    ["C6", OPTIONS, 6, "Staff the confirmed lines", "Mark Lewis", "2010-05-04", "2010-06-25", "Not started", "", null, "Lines staffed"]]),
  Transport: rows([
    ["T1", TRAVEL, 1, "Survey learners' journeys", "Jane Smith, Gareth Jones", "2009-10-01", "2009-10-09", "Complete", "Complete", 1, "Survey returns"],
    ["T2", TRAVEL, 2, "Agree a shared bus route", "Gareth Jones", "2009-10-12", "2009-11-27", "In progress", "Red", 0.2, "Route agreed"],
    ["T3", TRAVEL, 3, "Agree transport costs with the LA", "Jane Smith", "2010-01-04", "2010-02-12", "In progress", "Amber", 0.5, "Costs agreed"],
    ["T4", TRAVEL, 4, "Run the pilot route", "Gareth Jones", "2010-01-11", "2010-03-26", "Not started", "Green", null, "Journeys within 30 minutes"],
    ["T5", TRAVEL, 5, "Review the pilot with learners", "Gareth Jones", "2010-03-29", "2010-04-30", "Not started", "", null, "Learner views"],
    ["T6", TRAVEL, 6, "Timetable the route for September", "Gareth Jones", "2010-05-04", "2010-06-30", "Not started", "", null, "Route timetabled"]]),
  "Information, advice and guidance": rows([
    ["I1", IAG, 1, "Train tutors in Diploma IAG", "Priya Shah", "2009-09-14", "2009-11-06", "Complete", "Complete", 1, "Tutors trained"],
    ["I2", IAG, 2, "Publish the 14-19 prospectus online", "Priya Shah", "2009-11-09", "2010-01-15", "In progress", "Red", 0.7, "Prospectus live"],
    ["I3", IAG, 3, "One-to-one guidance for Year 9", "Priya Shah + Sarah Hughes", "2010-01-18", "2010-03-26", "Not started", "Green", null, "Learners seen"],
    ["I4", IAG, 4, "Parents' information evening", "Sarah Hughes", "2010-03-29", "2010-04-23", "Not started", "", null, "Parents attending"],
    ["I5", IAG, 5, "Evaluate the guidance offer", "Priya Shah", "2010-05-04", "2010-06-25", "Not started", "", null, "Survey results"],
    ["I6", IAG, 6, "Update the prospectus for 2011", "Priya Shah", "2010-07-01", "2010-08-27", "Not started", "", null, "Prospectus updated"]]),
  "Quality assurance": rows([
    ["Q1", QA, 1, "Agree the common QA framework", "Helen Carter", "2009-09-07", "2009-10-30", "Complete", "Complete", 1, "Framework agreed"],
    ["Q2", QA, 2, "Moderation visits to every site", "Helen Carter", "2009-11-02", "2010-01-29", "In progress", "Amber", 0.6, "Sites visited"],
    ["Q3", QA, 3, "Learner voice survey", "Helen Carter and Priya Shah", "2010-02-01", "2010-03-12", "Not started", "Green", null, "Responses"],
    ["Q4", QA, 4, "Self-assessment report", "Helen Carter", "2010-03-15", "2010-05-28", "Not started", "", null, "Report approved"],
    ["Q5", QA, 5, "Peer review with a neighbouring consortium", "Strategy group", "2010-06-07", "2010-07-16", "Not started", "", null, "Review findings"],
    ["Q6", QA, 6, "Action plan from the peer review", "Helen Carter", "2010-07-19", "2010-08-27", "Not started", "", null, "Plan agreed"]]),
};
