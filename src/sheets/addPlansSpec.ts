/**
 * Adding partners' plans to a consortium workbook, as data: for each plan a
 * copy sheet (new, or replacing its earlier copy in place) and what changed
 * since that copy; the people the workbook's People sheet lacks, each with
 * the lowest capacity the partners give; and what the user should be told.
 * The hosts only write it.
 */
import { copyChanges, mergePeople, planName } from "../core/compute";
import { cellReference } from "../core/parse/a1";
import { nameKey } from "../core/rules/names";
import type { Day, ParseResult, Person } from "../core/types";
import type { PlanAdded } from "../contract/operations";
import { planCopySheet } from "./planCopySheet";
import { safeSheetName } from "./sheetNames";
import { RESERVED_SHEET_NAMES } from "./templateWorkbook";
import type { SheetSpec } from "./types";
import { ukOf } from "../core/days";

/** A partner's file, read and parsed by the caller. */
export interface PartnerPlan {
  file: string;
  parsed: ParseResult;
}

export interface AddPlansSpec {
  /** One per plan added; `replaces` names the earlier copy's sheet, rewritten in place. */
  copies: { spec: SheetSpec; replaces: string | null; added: PlanAdded }[];
  /** People to append to the People sheet: in the partners' plans, not yet in this workbook. */
  people: Person[];
  messages: string[];
}

/**
 * The copies and people for `partners` added to the workbook `consortium`, read at `readAt` (a serial with the time).
 * @example addPlansSpec(parseWorkbook(read.input), [{ file: "east.xlsx", parsed }], sheetNames, clockSerial(now), serialOf)
 */
export function addPlansSpec(
  consortium: ParseResult,
  partners: readonly PartnerPlan[],
  existingSheets: readonly string[],
  readAt: number,
  serialOf: (day: Day) => number,
): AddPlansSpec {
  const taken = [...RESERVED_SHEET_NAMES, ...existingSheets];
  const messages: string[] = [];
  const copies: AddPlansSpec["copies"] = [];
  const names: string[] = [];
  partners.forEach((partner) => {
    const plan = planName(partner.parsed, partner.file);
    if (partner.parsed.plan.copies?.length) {
      throw new PlanFileError(
        `${partner.file} is a consortium workbook (it holds copies of ${partner.parsed.plan.copies.map((c) => c.plan).join(", ")}): add the partners' own files instead.`,
      );
    }
    if (names.some((n) => n.toLowerCase() === plan.toLowerCase())) {
      throw new PlanFileError(`Two of the files chosen are both the plan "${plan}": choose one of them.`);
    }
    names.push(plan);
    const earlier = consortium.plan.copies?.find((c) => c.plan.toLowerCase() === plan.toLowerCase()) ?? null;
    const sheetName = earlier?.sheet ?? safeSheetName(plan, taken);
    taken.push(sheetName);
    const actions = partner.parsed.plan.actions.map((a) => ({ ...a, id: `${plan}/${a.id}` }));
    const source = { plan, planAsOf: partner.parsed.plan.settings.asOf, file: partner.file, readAt };
    const copy = planCopySheet(sheetName, actions, source, serialOf);
    const before = earlier ? consortium.plan.actions.filter((a) => a.sheet === earlier.sheet) : [];
    const changes = copyChanges(before, actions);
    const added: PlanAdded = {
      plan,
      sheet: sheetName,
      file: partner.file,
      actions: actions.length,
      replaced: earlier !== null,
      added: earlier ? changes.added.length : actions.length,
      removed: changes.removed.length,
      moved: changes.moved.length,
    };
    copies.push({ spec: copy.sheet, replaces: earlier?.sheet ?? null, added });
    messages.push(addedMessage(added, earlier?.read ?? null));
    const errors = partner.parsed.problems.filter((p) => p.severity === "error");
    if (errors.length > 0) {
      messages.push(
        `${plan}'s file has ${errors.length} problem${errors.length === 1 ? "" : "s"} the planner could not read past (first: ${cellReference(errors[0].sheet, errors[0].cell)}: ${errors[0].message}) — ask ${plan} to correct ${errors.length === 1 ? "it" : "them"}.`,
      );
    }
  });
  const merged = mergePeople(
    partners.map((p) => ({ file: p.file, parsed: p.parsed })),
    names,
  );
  messages.push(...merged.conflicts.map((c) => c.message));
  const own = new Map(consortium.plan.people.map((p) => [nameKey(p.name), p]));
  const people: Person[] = [];
  for (const person of merged.people) {
    const here = own.get(nameKey(person.name));
    if (!here) {
      people.push(person);
      continue;
    }
    if (here.capacity !== null && person.capacity !== null && person.capacity < here.capacity) {
      messages.push(
        `${here.name}'s capacity is ${here.capacity} here (${cellReference(here.ref.sheet, here.ref.cell)}) and ${person.capacity} in a partner's plan (${cellReference(person.ref.sheet, person.ref.cell)} of their file): yours is kept — type ${person.capacity} if that is right.`,
      );
    }
  }
  if (people.length > 0) {
    messages.push(
      `Added ${people.length} ${people.length === 1 ? "person" : "people"} from the partners' People sheets to yours: ${people.map((p) => p.name).join(", ")}.`,
    );
  }
  return { copies, people, messages };
}

/** A partner's file that cannot be added as it is. */
export class PlanFileError extends Error {}

function addedMessage(a: PlanAdded, earlierRead: Day | null): string {
  const n = (count: number, what: string) => `${count} ${what}${count === 1 ? "" : "s"}`;
  if (!a.replaced) return `Added ${a.plan} from ${a.file} as the sheet ${a.sheet}: ${n(a.actions, "action")}.`;
  const since = earlierRead === null ? "" : ` (the copy of ${ukOf(earlierRead)})`;
  return (
    `Replaced ${a.plan}${since} from ${a.file}: ${n(a.added, "action")} added, ${a.removed} removed, ${a.moved} moved; ` +
    `${n(a.actions, "action")} in all.`
  );
}
