/**
 * The `implan` command line: argument parsing only; each command's work lives
 * in its own module. Exit codes: 0 read fine (whatever the plan holds),
 * 2 bad arguments, an unreadable input or an unwritable output.
 */
import { Command, CommanderError } from "commander";
import { WorkbookFileError } from "../xlsx/fileProblems";
import { VERSION } from "./version";

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

/** What a command writes: kept apart from the process so tests can capture it. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when progress lines may be shown (stderr is a terminal). */
  progress: boolean;
}

/** A failure the user can fix: printed as one line, exit 2, never a stack trace. */
export class UsageError extends Error {}

export type CommandRegistrar = (program: Command, io: Io) => void;

/**
 * Build the program with the given commands registered.
 * @example await runCli(["--version"], io, []) // prints the version, returns 0
 */
export async function runCli(argv: string[], io: Io, registrars: CommandRegistrar[]): Promise<number> {
  const program = new Command("implan")
    .description("Implementation Planner: check and consolidate partnership implementation plans in .xlsx files.")
    .version(VERSION, "-v, --version", "print the version")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError("(run implan --help for usage)");
  for (const register of registrars) register(program, io);
  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError || error instanceof WorkbookFileError) {
      io.err(`implan: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
