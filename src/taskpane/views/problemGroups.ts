/** Problems grouped by sheet for the Problems view. */
import { readA1 } from "../../core/parse";
import type { Problem } from "../../core/types";

export interface ProblemGroup {
  sheet: string;
  problems: Problem[];
}

/** Row and column of an A1 address, for ordering ("B10" after "B9"). */
function position(cell: string): [number, number] {
  const at = readA1(cell);
  return at ? [at.row, at.col] : [Infinity, Infinity];
}

/**
 * Problems by sheet, sheets in the order they were first met, each sheet's problems top to bottom.
 * @example groupProblems([{ sheet: "Transport", cell: "I7", severity: "error", message: "…" }])[0].sheet // "Transport"
 */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) groups.set(p.sheet, [...(groups.get(p.sheet) ?? []), p]);
  return [...groups].map(([sheet, list]) => ({
    sheet,
    problems: [...list].sort((a, b) => {
      const [ra, ca] = position(a.cell);
      const [rb, cb] = position(b.cell);
      return ra - rb || ca - cb;
    }),
  }));
}
