/** The People sheet: who can own actions and how much they can carry. */
import { CAPACITY_EXPECTED, readCapacity } from "../rules/capacity";
import type { CellValue, Person } from "../types";
import { isBlank, numberOf, shown, textOf } from "./cells";
import { findColumns } from "./columns";
import type { Problems } from "./problems";
import type { SheetGrid } from "./sheetGrid";

const WORDS = {
  name: ["name", "person", "owner", "people"],
  role: ["role", "job title"],
  group: ["group", "team"],
  capacity: ["capacity", "max actions", "actions per week"],
  daysPerWeek: ["days per week", "days week", "days available"],
};

/**
 * Where the People sheet's columns are: the header row (0-based, in the first
 * 20 rows) and each field's column, by every word the engine knows.
 * @example peopleColumns([["Person", "Team", "Max actions"]]) // { rowIndex: 0, col: { name: 0, group: 1, capacity: 2 } }
 */
export function peopleColumns(values: CellValue[][]) {
  return findColumns<keyof typeof WORDS>(values, WORDS, ["name"]);
}

/**
 * People listed on the sheet; a bad capacity or days figure is a warning and left blank.
 * @example readPeople(grid, problems)[0].capacity // 2
 */
export function readPeople(grid: SheetGrid, problems: Problems): Person[] {
  const found = peopleColumns(grid.values);
  if (found === null) return [];
  const { col } = found;
  const people: Person[] = [];
  for (const r of grid.rowIndexesFrom(found.rowIndex + 1)) {
    const nameCol = col.name as number;
    const name = textOf(grid.cell(r, nameCol));
    if (name === "") continue;
    const figure = (key: "capacity" | "daysPerWeek"): number | null => {
      const c = col[key];
      if (c === undefined || isBlank(grid.cell(r, c))) return null;
      if (key === "capacity") {
        const read = readCapacity(grid.cell(r, c));
        if (read.kind !== "bad") return read.kind === "capacity" ? read.capacity : null;
      } else {
        const n = numberOf(grid.cell(r, c));
        if (n !== null && n > 0 && n <= 7) return n;
      }
      const what = key === "capacity" ? "Capacity" : "Days per week";
      const wanted = key === "capacity" ? CAPACITY_EXPECTED : "a number of days from 0.5 to 7";
      problems.add(
        grid.sheet,
        grid.address(r, c),
        "warning",
        `${what} of ${name} is ${shown(grid.cell(r, c))}; expected ${wanted}. It is ignored until corrected.`,
      );
      return null;
    };
    const text = (key: "role" | "group") => (col[key] === undefined ? "" : textOf(grid.cell(r, col[key] as number)));
    people.push({
      name,
      role: text("role"),
      group: text("group"),
      capacity: figure("capacity"),
      daysPerWeek: figure("daysPerWeek"),
      ref: { sheet: grid.sheet, cell: grid.address(r, nameCol) },
    });
  }
  return people;
}
