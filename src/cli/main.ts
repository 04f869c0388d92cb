/** `implan` entry point: wires the real process to the program. */
import { runCli, type Io } from "./program";
import { COMMANDS } from "./commands";

const io: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  progress: Boolean(process.stderr.isTTY),
};

// A reader that stops early (`implan check --json | head`) closes the pipe: the output is not wanted, so stop
// quietly, as other command-line tools do, rather than with an unhandled EPIPE.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

// Benchmarks read the peak memory of a whole run from this line (maxRSS is in kilobytes).
if (process.env.IMPLAN_REPORT_PEAK === "1") {
  process.on("exit", () => io.err(`implan: peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`));
}

runCli(process.argv.slice(2), io, COMMANDS).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // An internal fault, not bad input: say so in one line and keep the trace for developers only.
    io.err(`implan: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.IMPLAN_DEBUG) console.error(error);
    process.exitCode = 1;
  },
);
