/** computeLoad against a naive reference (owners × weeks × items) on random plans. */
import fc from "fast-check";
import type { DaysOverload, OwnerLoad, Overload } from "../../../src/core/analysisTypes";
import { computeLoad, type LoadItem, type LoadOptions } from "../../../src/core/compute";
import { mondayOf } from "../../../src/core/days";

const OWNERS = ["Jo", "jo", "Al", "Bea", "Cy", ""];
const BASE = 14305; // Monday 2009-03-02
const CAPACITY: Record<string, number> = { Jo: 1, jo: 2, Al: 3, Bea: 2, Cy: 1 };
const DAYS_PER_WEEK: Record<string, number | null> = { Jo: 2, jo: null, Al: 1, Bea: 3, Cy: 0.5 };

const day = fc.option(fc.integer({ min: BASE - 10, max: BASE + 120 }), { nil: null, freq: 6 });
const itemArb = fc.record({
  owners: fc.array(fc.constantFrom(...OWNERS), { maxLength: 3 }),
  start: day,
  due: day,
  complete: fc.boolean(),
  staffDays: fc.option(fc.constantFrom(0, 1, 2.5, 7, 12), { nil: null, freq: 2 }),
});
const limitsArb = fc.record(
  { from: fc.integer({ min: BASE - 20, max: BASE + 40 }), to: fc.integer({ min: BASE + 40, max: BASE + 140 }) },
  { requiredKeys: [] },
);

/** The obvious loops, for comparison. */
function reference(items: LoadItem[], options: LoadOptions) {
  const active = items.flatMap((item) => {
    if (item.complete || item.due === null) return [];
    const start = item.start === null || item.start > item.due ? item.due : item.start;
    const owners = [...new Set(item.owners.filter((o) => o.trim() !== ""))];
    return [{ item, start, due: item.due, owners }];
  });
  const mondays = active.flatMap((a) => [mondayOf(a.start), mondayOf(a.due)]);
  let first =
    options.from !== undefined
      ? mondayOf(options.from)
      : mondays.length
        ? Math.min(...mondays)
        : mondayOf(options.to ?? 0);
  let last = options.to !== undefined ? mondayOf(options.to) : mondays.length ? Math.max(...mondays) : first;
  if (last < first) {
    if (options.from === undefined) first = last;
    else last = first;
  }
  const weeks: number[] = [];
  for (let w = first; w <= last; w += 7) weeks.push(w);
  const owners = [...new Set(active.flatMap((a) => a.owners))].sort((a, b) =>
    a.toLowerCase() === b.toLowerCase() ? (a < b ? -1 : 1) : a.toLowerCase() < b.toLowerCase() ? -1 : 1,
  );
  const load: OwnerLoad[] = [];
  const overloads: Overload[] = [];
  const daysOverloads: DaysOverload[] = [];
  for (const owner of owners) {
    const capacity = CAPACITY[owner];
    const daysPerWeek = DAYS_PER_WEEK[owner];
    const counts: number[] = [];
    const needed: number[] = [];
    let anyStaff = false;
    for (const week of weeks) {
      const here = active.filter((a) => a.owners.includes(owner) && a.start <= week + 6 && a.due >= week);
      counts.push(here.length);
      let days = 0;
      const giving: string[] = [];
      for (const a of here) {
        const staff = a.item.staffDays;
        if (typeof staff !== "number" || staff <= 0) continue;
        anyStaff = true;
        let working = 0;
        for (let x = a.start; x <= a.due; x++) if ((x - BASE + 7000) % 7 < 5) working++;
        const spreadWeekend = working === 0;
        const perDay = staff / a.owners.length / (spreadWeekend ? a.due - a.start + 1 : working);
        let inWeek = 0;
        for (let x = Math.max(week, a.start); x <= Math.min(week + 6, a.due); x++) {
          if (spreadWeekend || (x - BASE + 7000) % 7 < 5) inWeek++;
        }
        if (inWeek > 0) {
          days += perDay * inWeek;
          giving.push(a.item.id);
        }
      }
      needed.push(Math.round(days * 100) / 100);
      if (here.length > capacity) {
        overloads.push({ owner, week, load: here.length, capacity, actions: here.map((a) => a.item.id) });
      }
      const rounded = Math.round(days * 100) / 100;
      if (daysPerWeek !== null && rounded > daysPerWeek) {
        daysOverloads.push({ owner, week, daysNeeded: rounded, daysAvailable: daysPerWeek, actions: giving });
      }
    }
    if (counts.every((n) => n === 0)) continue;
    load.push({
      owner,
      capacity,
      weeks: counts,
      peak: Math.max(...counts),
      overloadedWeeks: counts.filter((n) => n > capacity).length,
      daysPerWeek,
      daysNeeded: anyStaff ? needed : null,
    });
  }
  return { span: { firstWeek: first, lastWeek: last, weeks: weeks.length }, load, overloads, daysOverloads };
}

test("computeLoad matches the naive reference on random plans", () => {
  fc.assert(
    fc.property(fc.array(itemArb, { maxLength: 40 }), limitsArb, (raw, limits) => {
      const items: LoadItem[] = raw.map((r, i) => ({ id: `A${i}`, ...r }));
      const options: LoadOptions = { ...limits, daysPerWeekOf: (o) => DAYS_PER_WEEK[o] };
      expect(computeLoad(items, (o) => CAPACITY[o], options)).toEqual(reference(items, options));
    }),
    { numRuns: 300 },
  );
});
