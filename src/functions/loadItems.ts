/**
 * The owners/starts/dues/statuses columns that OWNERLOAD, OVERLOADED and
 * CLASHES share, read in one pass into the core's `LoadItem`s.
 */
import type { LoadItem } from "../core/compute";
import type { Day } from "../core/types";
import { dayAt, sameHeight, textAt, type Column } from "./args";
import { OwnerDirectory } from "../core/rules/names";
import { isCompleteAt } from "./statuses";

export interface PlanColumns {
  owners: Column;
  starts?: Column;
  dues: Column;
  statuses?: Column;
}

export interface LoadInput {
  items: LoadItem[];
  /** Every owner named, under the first spelling seen. */
  names: OwnerDirectory;
}

/**
 * One `LoadItem` per row that names an owner or a date (IDs are "row N" within
 * the ranges); joint owners ("A and B", "A & B") are split as the engine splits them.
 * @example readLoadItems({ owners, starts, dues }).items[0] // { id: "row 1", owners: ["Jane Smith"], … }
 */
export function readLoadItems(columns: PlanColumns): LoadInput {
  const { owners, starts, dues, statuses } = columns;
  const height = sameHeight([owners, starts, dues, statuses]);
  const names = new OwnerDirectory();
  const split = new Map<string, string[]>();
  const items: LoadItem[] = [];
  for (let i = 0; i < height; i++) {
    const text = textAt(owners, i, "an owner's name");
    const start: Day | null = starts ? dayAt(starts, i) : null;
    const due = dayAt(dues, i);
    if (text === "" && start === null && due === null) continue;
    let people = split.get(text);
    if (people === undefined) {
      people = text === "" ? [] : names.split(text);
      split.set(text, people);
    }
    items.push({
      id: `row ${i + 1}`,
      owners: people,
      start,
      due,
      complete: statuses ? isCompleteAt(statuses, i) : false,
    });
  }
  return { items, names };
}
