/** The New plan form's state: typed text, chosen areas and scale, and what is wrong with them. */
import type { RagScale } from "../../core/types";
import type { NewPlanOptions } from "../../contract/operations";
import { TYPICAL_AREAS } from "../../sheets/typicalAreas";
import { parseUkDate } from "../format";

export interface NewPlanDraft {
  name: string;
  startText: string;
  /** Every area offered: the typical ones, then those the user added. */
  offered: string[];
  chosen: string[];
  customText: string;
  ragScale: RagScale;
  /** Shown only after a first attempt to create. */
  showErrors: boolean;
}

export type DraftEvent =
  | { type: "name"; value: string }
  | { type: "start"; value: string }
  | { type: "toggle"; area: string; on: boolean }
  | { type: "customText"; value: string }
  | { type: "addCustom" }
  | { type: "scale"; value: RagScale }
  | { type: "tried" };

export const initialDraft: NewPlanDraft = {
  name: "",
  startText: "",
  offered: [...TYPICAL_AREAS],
  chosen: [],
  customText: "",
  ragScale: 3,
  showErrors: false,
};

/**
 * The form's reducer.
 * @example draftReducer(initialDraft, { type: "toggle", area: "Transport", on: true }).chosen // ["Transport"]
 */
export function draftReducer(draft: NewPlanDraft, event: DraftEvent): NewPlanDraft {
  switch (event.type) {
    case "name":
      return { ...draft, name: event.value };
    case "start":
      return { ...draft, startText: event.value };
    case "toggle": {
      const chosen = draft.chosen.filter((a) => a !== event.area);
      return { ...draft, chosen: event.on ? [...chosen, event.area] : chosen };
    }
    case "customText":
      return { ...draft, customText: event.value };
    case "addCustom": {
      const area = draft.customText.trim();
      if (!area) return draft;
      const known = draft.offered.find((a) => a.toLowerCase() === area.toLowerCase());
      const name = known ?? area;
      return {
        ...draft,
        offered: known ? draft.offered : [...draft.offered, area],
        chosen: draft.chosen.includes(name) ? draft.chosen : [...draft.chosen, name],
        customText: "",
      };
    }
    case "scale":
      return { ...draft, ragScale: event.value };
    case "tried":
      return { ...draft, showErrors: true };
  }
}

export interface DraftCheck {
  name?: string;
  start?: string;
  areas?: string;
  options: NewPlanOptions | null;
}

/**
 * What is wrong with the draft (messages say what was found and what would fix it), or the options to create it.
 * @example checkDraft({ ...initialDraft, name: "Northside", startText: "01/09/2009", chosen: ["Transport"] }).options?.start // 14488
 */
export function checkDraft(draft: NewPlanDraft): DraftCheck {
  const name = draft.name.trim();
  const start = parseUkDate(draft.startText);
  const problems: Omit<DraftCheck, "options"> = {};
  if (!name) problems.name = "Give the plan a name, e.g. Northside 14–19 Partnership.";
  if (start === null) {
    problems.start = draft.startText.trim()
      ? `"${draft.startText.trim()}" is not a date: type it as dd/mm/yyyy, e.g. 01/09/2009.`
      : "Type the plan's start date as dd/mm/yyyy, e.g. 01/09/2009.";
  }
  if (draft.chosen.length === 0) problems.areas = "Pick at least one development area, or add your own.";
  const ok = Object.keys(problems).length === 0 && start !== null;
  const areas = draft.offered.filter((a) => draft.chosen.includes(a));
  return { ...problems, options: ok ? { name, start, areas, ragScale: draft.ragScale } : null };
}
