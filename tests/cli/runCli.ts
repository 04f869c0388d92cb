/** Runs the real `implan` program in-process with captured output. */
import { COMMANDS } from "../../src/cli/commands";
import { runCli, type Io } from "../../src/cli/program";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function implan(...argv: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), progress: false };
  const code = await runCli(argv, io, COMMANDS);
  return { code, out, err };
}
