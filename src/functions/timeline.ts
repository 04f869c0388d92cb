/** =PLAN.TIMELINE: every action of the given ranges as one table, sorted by start then due. */
import { buildTimeline } from "../core/compute";
import { serialOf } from "../core/days";
import { blankAction, type Action } from "../core/types";
import { columnArg, dayAt, optionalColumnArg, sameHeight, textAt } from "./args";
import { functionError } from "./errors";
import { statusAt } from "./statuses";

export const TIMELINE_HEADER = ["Area", "Action", "Owner", "Start", "Due", "Status"];

/**
 * =PLAN.TIMELINE(areas, actions, owners, starts, dues, [statuses]): a header
 * row, then one row per action (dates as serials, "" where blank). A blank area
 * cell carries down the area above it, as in plans that name a section once.
 * @example timelineTable(areas, actions, owners, starts, dues, null)[1] // ["IAG", "Train tutors", "Careers lead", 40063, 40109, ""]
 */
export function timelineTable(
  areas: unknown,
  actions: unknown,
  owners: unknown,
  starts: unknown,
  dues: unknown,
  statuses: unknown,
): (string | number)[][] {
  const cols = {
    areas: columnArg("areas", areas),
    actions: columnArg("actions", actions),
    owners: columnArg("owners", owners),
    starts: columnArg("starts", starts),
    dues: columnArg("dues", dues),
    statuses: optionalColumnArg("statuses", statuses),
  };
  const height = sameHeight(Object.values(cols));
  const rows: Action[] = [];
  // What the row typed, shown as typed (the core's Action keeps canonical forms).
  const typed = new Map<Action, { owner: string; status: string }>();
  let area = "";
  for (let i = 0; i < height; i++) {
    area = textAt(cols.areas, i) || area;
    const text = textAt(cols.actions, i);
    const owner = textAt(cols.owners, i, "an owner's name");
    const start = dayAt(cols.starts, i);
    const due = dayAt(cols.dues, i);
    const status = cols.statuses ? statusAt(cols.statuses, i) : null;
    if (text === "" && owner === "" && start === null && due === null) continue;
    const action = actionOf(i, area, text, start, due);
    if (status) action.status = status;
    rows.push(action);
    typed.set(action, { owner, status: status ?? "" });
  }
  if (rows.length === 0) throw functionError("#N/A", "actions: every row is blank, so there is no timeline");
  const date = (d: number | null) => (d === null ? "" : serialOf(d));
  return [
    TIMELINE_HEADER,
    ...buildTimeline(rows).map((a) => {
      const { owner, status } = typed.get(a) ?? { owner: "", status: "" };
      return [a.area, a.action, owner, date(a.start), date(a.due), status];
    }),
  ];
}

/** A bare Action for the core's sorting; the fields these ranges do not give stay empty. */
function actionOf(index: number, area: string, text: string, start: number | null, due: number | null): Action {
  return blankAction({
    id: `row ${index + 1}`,
    generatedId: true,
    area,
    sheet: "",
    row: index + 1,
    action: text,
    start,
    due,
  });
}
