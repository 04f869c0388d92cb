/**
 * The =PLAN.* functions at scale, called as Excel calls them (2-D arrays in).
 * Targets (issue 4): RAGSUMMARY over 1,000,000 cells under 100 ms; OVERLOADED
 * over 100,000 rows under 250 ms. For scale, HyperFormula builds a sheet of
 * the same 200,000 ratings and counts them with COUNTIF formulas.
 * `ragsummary_vs_hyperformula_ratio` is HyperFormula's time over RAGSUMMARY's
 * (how many times faster the function is).
 */
import { HyperFormula } from "hyperformula";
import { overloaded, ragsummary } from "../src/functions/functions";
import { medianMs, round, type Benchmark } from "./harness";

/** A deterministic pseudo-random sequence (so runs compare). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

/** The ways people type ratings, blanks included (null, "" and 0 as different Excel builds send them). */
const TYPED = ["R", "A", "G", "Amber", "green", "A/R", "Amber / Green", "RED ", "Complete", "", null, 0, "G", "G"];

function ratingsColumn(cells: number, values: readonly (string | number | null)[]): (string | number | null)[][] {
  const next = lcg(7);
  const column: (string | number | null)[][] = new Array(cells);
  for (let i = 0; i < cells; i++) column[i] = [values[Math.floor(next() * values.length)]];
  return column;
}

/** A plan of `rows` actions over two years: 400 owners, some joint, each action 1–8 weeks long. */
function planColumns(rows: number): { owners: string[][]; starts: number[][]; dues: number[][] } {
  const next = lcg(11);
  const first = 40057; // 01/09/2009
  const owners: string[][] = [];
  const starts: number[][] = [];
  const dues: number[][] = [];
  for (let i = 0; i < rows; i++) {
    const a = `Owner ${Math.floor(next() * 400)}`;
    owners.push([next() < 0.2 ? `${a} and Owner ${Math.floor(next() * 400)}` : a]);
    const start = first + Math.floor(next() * 730);
    starts.push([start]);
    dues.push([start + 7 + Math.floor(next() * 49)]);
  }
  return { owners, starts, dues };
}

/** Build and calculate a HyperFormula sheet counting each rating class with COUNTIF. */
function hyperformulaCounts(column: (string | number | null)[][]): void {
  const classes = ["R", "A/R", "A", "A/G", "G", "Complete"];
  const sheet = column.map((row, i) => [
    row[0],
    i < classes.length ? `=COUNTIF(A1:A${column.length},"${classes[i]}")` : null,
  ]);
  const hf = HyperFormula.buildFromArray(sheet, { licenseKey: "gpl-v3", maxRows: column.length });
  hf.destroy();
}

export const benchmark: Benchmark = {
  name: "custom functions (=PLAN.*)",
  async run() {
    const million = ratingsColumn(1_000_000, TYPED);
    const ragsummary1m = await medianMs(() => ragsummary(million), 5);

    const plan = planColumns(100_000);
    const overloaded100k = await medianMs(() => overloaded(plan.owners, plan.starts, plan.dues, [[3]]), 5);

    // The same 200,000 cells for both, in the canonical spellings COUNTIF can match.
    const shared = ratingsColumn(200_000, ["R", "A/R", "A", "A/G", "G", "Complete", null]);
    const ragsummary200k = await medianMs(() => ragsummary(shared), 5);
    const hyperformula200k = await medianMs(() => hyperformulaCounts(shared), 3, 0);

    return {
      ragsummary_1m_ms: ragsummary1m,
      overloaded_100k_ms: overloaded100k,
      ragsummary_200k_ms: ragsummary200k,
      hyperformula_countif_200k_ms: hyperformula200k,
      ragsummary_vs_hyperformula_ratio: round(hyperformula200k / Math.max(ragsummary200k, 0.1), 0),
    };
  },
};
