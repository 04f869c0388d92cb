/** Plans built directly, for the engine's tests. */
import { dayFromIso } from "../../../src/core/days";
import {
  DEFAULT_SETTINGS,
  type Action,
  type Area,
  type Day,
  type Person,
  type Plan,
  type Risk,
} from "../../../src/core/types";

/** The day of an ISO date, failing loudly on a typo. */
export function d(iso: string): Day {
  const day = dayFromIso(iso);
  if (day === null) throw new Error(`bad test date ${iso}`);
  return day;
}

/** An action with every field blank except those given (dates as ISO text). */
export function action(
  fields: Partial<Omit<Action, "start" | "due" | "reviewDate">> & {
    start?: string;
    due?: string;
    reviewDate?: string;
  } = {},
): Action {
  const { start, due, reviewDate, ...rest } = fields;
  return {
    id: "W1",
    generatedId: false,
    area: "IAG",
    sheet: "IAG",
    row: 5,
    objective: "",
    step: null,
    action: "",
    purpose: "",
    owners: [],
    involved: [],
    start: start === undefined ? null : d(start),
    due: due === undefined ? null : d(due),
    horizon: "",
    resources: "",
    staffDays: null,
    cost: null,
    reviewDate: reviewDate === undefined ? null : d(reviewDate),
    reviewer: "",
    outcomeMeasure: "",
    target: "",
    status: "Not started",
    percentComplete: null,
    rag: "Not rated",
    notes: "",
    cells: {},
    ...rest,
  };
}

export function risk(fields: Partial<Omit<Risk, "reviewDate">> & { reviewDate?: string } = {}): Risk {
  const { reviewDate, ...rest } = fields;
  return {
    area: "IAG",
    risk: "Tutors leave",
    likelihood: "",
    impact: "",
    rag: "Amber",
    mitigation: "Train two more",
    owner: "",
    reviewDate: reviewDate === undefined ? null : d(reviewDate),
    status: "Open",
    sheet: "Risks",
    row: 2,
    cells: {},
    ...rest,
  };
}

export function person(name: string, capacity: number | null = null, daysPerWeek: number | null = null): Person {
  return { name, role: "", group: "", capacity, daysPerWeek, ref: { sheet: "People", cell: "A2" } };
}

export function plan(fields: Partial<Omit<Plan, "settings">> & { settings?: Partial<Plan["settings"]> } = {}): Plan {
  const areas: Area[] = fields.areas ?? [{ name: "IAG", sheet: "IAG" }];
  return {
    settings: { ...DEFAULT_SETTINGS, ...fields.settings },
    people: fields.people ?? [],
    areas,
    actions: fields.actions ?? [],
    risks: fields.risks ?? [],
  };
}
