/**
 * Hostile but ordinary workbooks through the built command (medians of three
 * runs): a plan plus one cell at XFD1048576 (goals: under 1,000 ms and 300 MB),
 * six actions under five whole-column drop-downs and a rule over a whole sheet
 * (goal under 2,000 ms), and one owner with 10,000 actions in one week
 * (goal under 5,000 ms).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { rawXlsx, type RawValue } from "../testkit/rawXlsx";
import { buildCli, runImplan } from "./cli.bench";
import { median, round, type Benchmark } from "./harness";

const HEADER: RawValue[] = ["ID", "Action", "Owner", "Start", "Due", "Status", "RAG"];
const AS_OF = ["--as-of", "2009-11-16"];

function actions(n: number): RawValue[][] {
  return Array.from({ length: n }, (_, i) => [
    `Q${i + 1}`,
    `Action ${i + 1}`,
    i < 6 || n > 6 ? "Jane Smith" : "Tom Patel",
    { date: "2009-11-02" },
    { date: "2009-11-06" },
    "In progress",
    "Green",
  ]);
}

function medianOf(runs: { ms: number; peakMb: number }[]) {
  return { ms: round(median(runs.map((r) => r.ms)), 0), peakMb: Math.max(...runs.map((r) => r.peakMb)) };
}

export const benchmark: Benchmark = {
  name: "hostile workbooks (built command)",
  async run() {
    buildCli();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "implan-hostile-bench-"));
    const file = async (name: string, book: Parameters<typeof rawXlsx>[0]) => {
      const at = path.join(dir, name);
      fs.writeFileSync(at, await rawXlsx(book));
      return at;
    };
    try {
      const sparse = await file("sparse.xlsx", {
        sheets: [
          { name: "Quality", rows: [HEADER, ...actions(20)] },
          { name: "Notes", cells: { A1: "notes", XFD1048576: "stray" } },
        ],
      });
      const wholeColumns = await file("whole-columns.xlsx", {
        flavour: "libreoffice",
        sheets: [
          {
            name: "Quality",
            rows: [HEADER, ...actions(6)],
            listValidations: ["C", "D", "E", "F", "G"].map((c) => ({ sqref: `${c}2:${c}1048576`, list: '"a,b"' })),
          },
          { name: "Lists", rows: [["x"]], listValidations: [{ sqref: "A1:XFD1048576", list: '"a,b"' }] },
        ],
      });
      const oneOwner = await file("one-owner.xlsx", {
        sheets: [{ name: "Quality", rows: [HEADER, ...actions(10_000)] }],
      });
      const three = (args: string[]) => medianOf([runImplan(args), runImplan(args), runImplan(args)]);
      const check = three(["check", sparse, "--json", ...AS_OF]);
      const out = path.join(dir, "out.xlsx");
      return {
        check_sparse_xfd_ms: check.ms,
        check_sparse_xfd_peak_mb: check.peakMb,
        consolidate_wholecol_validation_ms: three(["consolidate", wholeColumns, "-o", out, "--force", ...AS_OF]).ms,
        consolidate_one_owner_10k_ms: three(["consolidate", oneOwner, "-o", out, "--force", ...AS_OF]).ms,
      };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
